package io.hqml.quantum.transpile.synthesis;

import io.hqml.quantum.circuit.GateMatrices;
import io.hqml.quantum.circuit.Operation;
import java.util.List;

/**
 * A 2 x 2 complex matrix {@code [[a, b], [c, d]]}, interleaved as {@link GateMatrices} writes one-qubit
 * gates: {@code {a.re, a.im, b.re, b.im, c.re, c.im, d.re, d.im}}. Immutable.
 */
public record Mat2(double[] m) {
    public Mat2 {
        if (m.length != 8) {
            throw new IllegalArgumentException("a 2 x 2 complex matrix has 8 doubles, got " + m.length);
        }
        m = m.clone();
    }

    public static Mat2 identity() {
        return new Mat2(new double[] {1, 0, 0, 0, 0, 0, 1, 0});
    }

    public static Mat2 of(Operation oneQubit) {
        return new Mat2(GateMatrices.of(oneQubit));
    }

    /** The product of a run of one-qubit operations applied in list order: {@code U_k ... U_2 U_1}. */
    public static Mat2 ofRun(List<Operation> run) {
        Mat2 u = identity();
        for (Operation op : run) {
            u = of(op).times(u);
        }
        return u;
    }

    /** {@code this * other}. */
    public Mat2 times(Mat2 other) {
        double[] a = m, b = other.m, out = new double[8];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double re = 0, im = 0;
                for (int k = 0; k < 2; k++) {
                    double ar = a[2 * (2 * i + k)], ai = a[2 * (2 * i + k) + 1];
                    double br = b[2 * (2 * k + j)], bi = b[2 * (2 * k + j) + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                out[2 * (2 * i + j)] = re;
                out[2 * (2 * i + j) + 1] = im;
            }
        }
        return new Mat2(out);
    }

    /** Entry (row, col) as {re, im}. */
    public double re(int row, int col) {
        return m[2 * (2 * row + col)];
    }

    public double im(int row, int col) {
        return m[2 * (2 * row + col) + 1];
    }

    public double abs(int row, int col) {
        return Math.hypot(re(row, col), im(row, col));
    }

    public double arg(int row, int col) {
        return Math.atan2(im(row, col), re(row, col));
    }

    /**
     * True when this is {@code e^{i alpha} I} to {@code tol}: off-diagonals below {@code tol} and the diagonal
     * entries equal to each other to {@code tol} (the matrix is assumed unitary).
     */
    public boolean isIdentityUpToPhase(double tol) {
        return abs(0, 1) <= tol && abs(1, 0) <= tol
                && Math.hypot(re(0, 0) - re(1, 1), im(0, 0) - im(1, 1)) <= tol;
    }
}
