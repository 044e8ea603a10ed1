package io.hqml.quantum.circuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ECR, GPI, GPI2 and MS against the providers' published matrices (Qiskit's ECRGate docstring, little-endian;
 * Braket's gate definitions, big-endian: qubit 0 is the most significant index bit, so their index is
 * bit-reversed before comparing), and every gate's inverse. Tolerance 1e-14 per entry.
 */
class NativeGateMatricesTest {
    private static final double TOL = 1e-14;
    private static final double R = 1 / Math.sqrt(2);

    /** Complex entry helper: {re, im}. */
    private static double[] c(double re, double im) {
        return new double[] {re, im};
    }

    private static double[] cexp(double phase, double scale, double[] times) {
        // scale * times * e^{i phase}
        double re = Math.cos(phase) * scale, im = Math.sin(phase) * scale;
        return c(re * times[0] - im * times[1], re * times[1] + im * times[0]);
    }

    /** Flattens a d x d matrix of {re, im} entries to the interleaved row-major layout of GateMatrices. */
    private static double[] flat(double[][][] rows, boolean bigEndian) {
        int d = rows.length;
        double[] m = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            for (int col = 0; col < d; col++) {
                int rr = bigEndian ? reverse2(r, d) : r, cc = bigEndian ? reverse2(col, d) : col;
                m[2 * (rr * d + cc)] = rows[r][col][0];
                m[2 * (rr * d + cc) + 1] = rows[r][col][1];
            }
        }
        return m;
    }

    private static int reverse2(int i, int d) {
        return d == 4 ? ((i & 1) << 1) | (i >> 1) : i;
    }

    @Test
    void ecrMatchesQiskitAndBraket() {
        double[] ours = GateMatrices.of(new Operation(Gate.ECR, new int[] {0, 1}, new double[0]));
        double[][][] qiskit = { // 1/sqrt2 [[0, 1, 0, i], [1, 0, -i, 0], [0, i, 0, 1], [-i, 0, 1, 0]]
            {c(0, 0), c(R, 0), c(0, 0), c(0, R)},
            {c(R, 0), c(0, 0), c(0, -R), c(0, 0)},
            {c(0, 0), c(0, R), c(0, 0), c(R, 0)},
            {c(0, -R), c(0, 0), c(R, 0), c(0, 0)}};
        assertArrayEquals(flat(qiskit, false), ours, TOL);
        double[][][] braket = { // 1/sqrt2 [[0, 0, 1, i], [0, 0, i, 1], [1, -i, 0, 0], [-i, 1, 0, 0]], big-endian
            {c(0, 0), c(0, 0), c(R, 0), c(0, R)},
            {c(0, 0), c(0, 0), c(0, R), c(R, 0)},
            {c(R, 0), c(0, -R), c(0, 0), c(0, 0)},
            {c(0, -R), c(R, 0), c(0, 0), c(0, 0)}};
        assertArrayEquals(flat(braket, true), ours, TOL);
    }

    @Test
    void gpiAndGpi2MatchIonqDefinitions() {
        for (double phi : new double[] {0, 0.3, Math.PI / 2, -2.1, 5.0}) {
            double[][][] gpi = {{c(0, 0), cexp(-phi, 1, c(1, 0))}, {cexp(phi, 1, c(1, 0)), c(0, 0)}};
            assertArrayEquals(flat(gpi, false), GateMatrices.of(Operation.of(Gate.GPI, phi, 0)), TOL);
            double[][][] gpi2 = {{c(R, 0), cexp(-phi, R, c(0, -1))}, {cexp(phi, R, c(0, -1)), c(R, 0)}};
            assertArrayEquals(flat(gpi2, false), GateMatrices.of(Operation.of(Gate.GPI2, phi, 0)), TOL);
        }
    }

    @Test
    void msMatchesBraket() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 10; trial++) {
            double a = rnd.nextDouble(-4, 4), b = rnd.nextDouble(-4, 4), t = trial == 0 ? Math.PI / 2 : rnd.nextDouble(-4, 4);
            double co = Math.cos(t / 2), s = Math.sin(t / 2);
            double[][][] braket = {
                {c(co, 0), c(0, 0), c(0, 0), cexp(-(a + b), s, c(0, -1))},
                {c(0, 0), c(co, 0), cexp(-(a - b), s, c(0, -1)), c(0, 0)},
                {c(0, 0), cexp(a - b, s, c(0, -1)), c(co, 0), c(0, 0)},
                {cexp(a + b, s, c(0, -1)), c(0, 0), c(0, 0), c(co, 0)}};
            double[] ours = GateMatrices.of(new Operation(Gate.MS, new int[] {0, 1}, new double[] {a, b, t}));
            assertArrayEquals(flat(braket, true), ours, TOL);
        }
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void inverseTimesGateIsTheIdentity(Gate g) {
        SplittableRandom rnd = new SplittableRandom(g.ordinal());
        int[] qubits = new int[g.arity()];
        for (int i = 0; i < qubits.length; i++) {
            qubits[i] = i;
        }
        double[] p = new double[g.numParams()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rnd.nextDouble(-6, 6);
        }
        Operation op = new Operation(g, qubits, p);
        double[] product = multiply(GateMatrices.of(op.inverse()), GateMatrices.of(op), 1 << g.arity());
        for (int r = 0; r < 1 << g.arity(); r++) {
            for (int col = 0; col < 1 << g.arity(); col++) {
                int k = 2 * (r * (1 << g.arity()) + col);
                assertEquals(r == col ? 1 : 0, product[k], 1e-12, g + " re " + r + "," + col);
                assertEquals(0, product[k + 1], 1e-12, g + " im " + r + "," + col);
            }
        }
    }

    /** a * b for interleaved d x d matrices. */
    static double[] multiply(double[] a, double[] b, int d) {
        double[] out = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double re = 0, im = 0;
                for (int k = 0; k < d; k++) {
                    double ar = a[2 * (i * d + k)], ai = a[2 * (i * d + k) + 1];
                    double br = b[2 * (k * d + j)], bi = b[2 * (k * d + j) + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                out[2 * (i * d + j)] = re;
                out[2 * (i * d + j) + 1] = im;
            }
        }
        return out;
    }
}
