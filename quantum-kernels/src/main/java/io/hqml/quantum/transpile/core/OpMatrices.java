package io.hqml.quantum.transpile.core;

import io.hqml.quantum.circuit.GateMatrices;
import io.hqml.quantum.circuit.Operation;

/** Dense matrices of one- and two-qubit operations, for the optimiser's exact checks. */
public final class OpMatrices {
    private OpMatrices() {
    }

    /**
     * True when {@code second} applied after {@code first} is the identity up to a global phase, to {@code tol}
     * per entry. Both act on the same qubits, possibly in a different order.
     */
    public static boolean cancel(Operation first, Operation second, double tol) {
        int k = first.gate().arity();
        if (second.gate().arity() != k || k > 2) {
            return false;
        }
        double[] a = GateMatrices.of(first);
        double[] b = GateMatrices.of(second);
        if (k == 2 && first.qubit(0) != second.qubit(0)) {
            b = swapQubits(b);
        }
        int d = 1 << k;
        // product = b * a must be e^{i phi} I: take the phase from entry (0, 0)
        double[] p = multiply(b, a, d);
        double pr = p[0], pi = p[1];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                double er = r == c ? pr : 0, ei = r == c ? pi : 0;
                if (Math.abs(p[2 * (r * d + c)] - er) > tol || Math.abs(p[2 * (r * d + c) + 1] - ei) > tol) {
                    return false;
                }
            }
        }
        return Math.abs(Math.hypot(pr, pi) - 1) <= tol;
    }

    /** The 4 x 4 matrix with its two qubits exchanged (index bits 0 and 1 swapped). */
    static double[] swapQubits(double[] m) {
        double[] out = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                int rr = ((r & 1) << 1) | (r >> 1), cc = ((c & 1) << 1) | (c >> 1);
                out[2 * (rr * 4 + cc)] = m[2 * (r * 4 + c)];
                out[2 * (rr * 4 + cc) + 1] = m[2 * (r * 4 + c) + 1];
            }
        }
        return out;
    }

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
