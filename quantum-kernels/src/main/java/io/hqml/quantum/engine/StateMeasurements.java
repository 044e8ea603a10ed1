package io.hqml.quantum.engine;

import java.util.SplittableRandom;

/**
 * Read-outs of a statevector that every engine shares unless it has a faster native path: Pauli
 * expectation values and seeded sampling. Pure functions over the interleaved state layout.
 */
public final class StateMeasurements {
    private StateMeasurements() {
    }

    /**
     * {@code <psi|P|psi>} for a normalised state at {@code offset} in {@code states}. One pass:
     * {@code sum_b conj(psi[b ^ x]) * i^{#Y} * (-1)^{popcount(b & z)} * psi[b]}; the result is real.
     */
    public static double expectation(double[] states, int offset, int numQubits, PauliString p) {
        if (p.numQubits() != numQubits) {
            throw new IllegalArgumentException("Pauli string on " + p.numQubits() + " qubits for a state of " + numQubits);
        }
        int dim = 1 << numQubits, x = p.xMask(), z = p.zMask();
        double re = 0, im = 0;
        for (int b = 0; b < dim; b++) {
            int o = offset + 2 * b, f = offset + 2 * (b ^ x);
            double sign = (Integer.bitCount(b & z) & 1) == 0 ? 1 : -1;
            double ar = states[f], ai = -states[f + 1], br = states[o], bi = states[o + 1];
            re += sign * (ar * br - ai * bi);
            im += sign * (ar * bi + ai * br);
        }
        // multiply by i^{#Y}; only the real part survives for a Hermitian P
        return switch (p.yCount() & 3) {
            case 0 -> re;
            case 1 -> -im;
            case 2 -> -re;
            default -> im;
        };
    }

    /** Probabilities |psi_b|^2 of the state at {@code offset}. */
    public static double[] probabilities(double[] states, int offset, int numQubits) {
        int dim = 1 << numQubits;
        double[] p = new double[dim];
        for (int b = 0; b < dim; b++) {
            double re = states[offset + 2 * b], im = states[offset + 2 * b + 1];
            p[b] = re * re + im * im;
        }
        return p;
    }

    /**
     * {@code shots} basis-state indices drawn from {@code probabilities} with a seeded generator: inverse
     * transform sampling on the cumulative distribution (binary search), so the same seed gives the same
     * outcomes on every JVM. Outcome bit q is qubit q (qubit 0 least significant).
     */
    public static long[] sample(double[] probabilities, int shots, long seed) {
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be >= 1, got " + shots);
        }
        double[] cumulative = new double[probabilities.length];
        double total = 0;
        for (int b = 0; b < probabilities.length; b++) {
            total += probabilities[b];
            cumulative[b] = total;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] out = new long[shots];
        for (int s = 0; s < shots; s++) {
            double u = rnd.nextDouble() * total;
            int lo = 0, hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[s] = lo;
        }
        return out;
    }

    /** Histogram of outcomes: {@code counts[b]} = how often basis state b was drawn. */
    public static long[] counts(long[] outcomes, int numQubits) {
        long[] counts = new long[1 << numQubits];
        for (long o : outcomes) {
            counts[(int) o]++;
        }
        return counts;
    }

    /** Qiskit-style bitstring of an outcome: qubit 0 is the rightmost character. */
    public static String bitstring(long outcome, int numQubits) {
        StringBuilder sb = new StringBuilder(numQubits);
        for (int q = numQubits - 1; q >= 0; q--) {
            sb.append((outcome >> q & 1) == 1 ? '1' : '0');
        }
        return sb.toString();
    }
}
