package io.hqml.quantum.featuremap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hqml.quantum.engine.JavaStatevectorEngine;
import java.util.function.IntToDoubleFunction;

/**
 * Independent state arithmetic for the feature-map and ansatz tests, written from the definitions
 * (interleaved re/im amplitudes, qubit 0 the least significant bit) and sharing no code with the engine.
 */
public final class States {
    private States() {
    }

    /** The map's state for row x, through the engine (binding the map's template input). */
    public static double[] simulate(FeatureMap map, double[] x) {
        return new JavaStatevectorEngine().run(map.circuit(x));
    }

    public static double[] zero(int n) {
        double[] s = new double[2 << n];
        s[0] = 1;
        return s;
    }

    /** H on every qubit as the explicit Walsh-Hadamard sum (H^n)_{ab} = (-1)^{a.b} / sqrt(2^n). */
    public static double[] hadamardAll(double[] psi, int n) {
        int d = 1 << n;
        double norm = 1 / Math.sqrt(d);
        double[] out = new double[2 * d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double sign = (Integer.bitCount(a & b) & 1) == 0 ? norm : -norm;
                out[2 * a] += sign * psi[2 * b];
                out[2 * a + 1] += sign * psi[2 * b + 1];
            }
        }
        return out;
    }

    /** Multiplies amplitude b by e^{i f(b)}: an explicit diagonal. */
    public static double[] diagonal(double[] psi, IntToDoubleFunction f) {
        double[] out = new double[psi.length];
        for (int b = 0; b < psi.length / 2; b++) {
            double c = Math.cos(f.applyAsDouble(b)), s = Math.sin(f.applyAsDouble(b));
            out[2 * b] = c * psi[2 * b] - s * psi[2 * b + 1];
            out[2 * b + 1] = c * psi[2 * b + 1] + s * psi[2 * b];
        }
        return out;
    }

    /** The Pauli string applied to psi; {@code letters[q]} in I, X, Y, Z acts on qubit q. */
    public static double[] pauli(double[] psi, char[] letters) {
        double[] out = new double[psi.length];
        for (int b = 0; b < psi.length / 2; b++) {
            // P|b> = (phase) |b'>: X flips, Y flips with i (|0> -> i|1>, |1> -> -i|0>), Z signs.
            int target = b;
            double pr = 1, pi = 0;
            for (int q = 0; q < letters.length; q++) {
                int bit = (b >> q) & 1;
                double fr = 1, fi = 0;
                switch (letters[q]) {
                    case 'X' -> target ^= 1 << q;
                    case 'Y' -> {
                        target ^= 1 << q;
                        fi = bit == 0 ? 1 : -1;
                        fr = 0;
                    }
                    case 'Z' -> fr = bit == 0 ? 1 : -1;
                    default -> {
                    }
                }
                double r = pr * fr - pi * fi, i = pr * fi + pi * fr;
                pr = r;
                pi = i;
            }
            out[2 * target] += pr * psi[2 * b] - pi * psi[2 * b + 1];
            out[2 * target + 1] += pr * psi[2 * b + 1] + pi * psi[2 * b];
        }
        return out;
    }

    /** exp(-i t P) psi = cos(t) psi - i sin(t) P psi, since P^2 = I. */
    public static double[] pauliExp(double[] psi, char[] letters, double t) {
        double[] p = pauli(psi, letters);
        double[] out = new double[psi.length];
        double c = Math.cos(t), s = Math.sin(t);
        for (int k = 0; k < psi.length / 2; k++) {
            out[2 * k] = c * psi[2 * k] + s * p[2 * k + 1];
            out[2 * k + 1] = c * psi[2 * k + 1] - s * p[2 * k];
        }
        return out;
    }

    /** |<a|b>|^2. */
    public static double fidelity(double[] a, double[] b) {
        double re = 0, im = 0;
        for (int k = 0; k < a.length / 2; k++) {
            re += a[2 * k] * b[2 * k] + a[2 * k + 1] * b[2 * k + 1];
            im += a[2 * k] * b[2 * k + 1] - a[2 * k + 1] * b[2 * k];
        }
        return re * re + im * im;
    }

    public static double norm2(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return s;
    }

    public static void assertStatesEqual(double[] expected, double[] actual, double tol) {
        assertEquals(expected.length, actual.length, "state length");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tol, "amplitude component " + k);
        }
    }

    /** Equal after removing one global phase, fixed on expected's largest amplitude. */
    public static void assertEqualUpToGlobalPhase(double[] expected, double[] actual, double tol) {
        assertEquals(expected.length, actual.length, "state length");
        int big = 0;
        for (int k = 0; k < expected.length / 2; k++) {
            if (Math.hypot(expected[2 * k], expected[2 * k + 1]) > Math.hypot(expected[2 * big], expected[2 * big + 1])) {
                big = k;
            }
        }
        // phase = actual[big] / expected[big], normalised
        double er = expected[2 * big], ei = expected[2 * big + 1], ar = actual[2 * big], ai = actual[2 * big + 1];
        double pr = ar * er + ai * ei, pi = ai * er - ar * ei, m = Math.hypot(pr, pi);
        assertEquals(1.0, m / (er * er + ei * ei), 1e-9, "largest amplitudes differ in magnitude");
        pr /= m;
        pi /= m;
        double[] rotated = new double[expected.length];
        for (int k = 0; k < expected.length / 2; k++) {
            rotated[2 * k] = pr * expected[2 * k] - pi * expected[2 * k + 1];
            rotated[2 * k + 1] = pr * expected[2 * k + 1] + pi * expected[2 * k];
        }
        assertStatesEqual(rotated, actual, tol);
    }

    public static double[] scale(double[] x, double c) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = c * x[i];
        }
        return out;
    }

    public static double[] random(java.util.SplittableRandom rnd, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(lo, hi);
        }
        return x;
    }
}
