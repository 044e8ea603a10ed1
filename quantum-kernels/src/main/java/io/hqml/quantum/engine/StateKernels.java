package io.hqml.quantum.engine;

/**
 * In-place bit-mask kernels over an interleaved complex state {@code [re0, im0, re1, im1, ...]} of
 * {@code 2^n} amplitudes at {@code s[off, off + len)} ({@code len = 2^(n+1)} doubles, so a block of states
 * is simulated where it lies). Qubit {@code q} is bit {@code q} of the amplitude index. No allocation.
 *
 * <p>Argument order, fixed for every kernel: qubits, then matrix or angle, then state, offset, length.
 * Pair loops enumerate the indices with bit {@code q} clear by inserting a zero bit at {@code q}:
 * {@code i0 = (k & lowMask) | ((k & ~lowMask) << 1)}, so each pair is visited exactly once.
 */
final class StateKernels {
    private StateKernels() {
    }

    /** General one-qubit gate {@code [[a, b], [c, d]]}, entries as (re, im), over contiguous runs. */
    static void oneQubit(int q, double ar, double ai, double br, double bi, double cr, double ci, double dr,
                         double di, double[] s, int off, int len) {
        int d = 2 << q;
        for (int base = off; base < off + len; base += 2 * d) {
            for (int p0 = base, end = base + d; p0 < end; p0 += 2) {
                int p1 = p0 + d;
                double xr = s[p0], xi = s[p0 + 1], yr = s[p1], yi = s[p1 + 1];
                s[p0] = ar * xr - ai * xi + br * yr - bi * yi;
                s[p0 + 1] = ar * xi + ai * xr + br * yi + bi * yr;
                s[p1] = cr * xr - ci * xi + dr * yr - di * yi;
                s[p1 + 1] = cr * xi + ci * xr + dr * yi + di * yr;
            }
        }
    }

    /** General one-qubit gate from an interleaved 2x2 matrix (see GateMatrices). */
    static void oneQubit(int q, double[] m, double[] s, int off, int len) {
        oneQubit(q, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], s, off, len);
    }

    /** Hadamard on one qubit: a normalised real butterfly on contiguous runs (see {@link Butterflies}). */
    static void hadamard(int q, double[] s, int off, int len) {
        final double r = 1.0 / Math.sqrt(2.0);
        int d = 2 << q;
        for (int base = off; base < off + len; base += 2 * d) {
            for (int j = base, end = base + d; j < end; j++) {
                double a = s[j], b = s[j + d];
                s[j] = r * (a + b);
                s[j + d] = r * (a - b);
            }
        }
    }

    /** {@link #hadamard(int, double[], int, int)} on a whole array. */
    static void hadamard(int q, double[] s) {
        hadamard(q, s, 0, s.length);
    }

    /**
     * Controlled-X: a permutation that swaps the target runs where the control bit is set. With the control
     * above the target the bit is constant over a run; below it, runs split into control-clear and
     * control-set segments of {@code 2 << control} doubles.
     */
    static void cx(int control, int target, double[] s, int off, int len) {
        int d = 2 << target;
        int seg = 2 << control;
        for (int base = 0; base < len; base += 2 * d) {
            if (control > target) {
                if ((base & seg) != 0) {
                    swapRuns(s, off + base, off + base + d, d);
                }
            } else {
                for (int j = off + base; j < off + base + d; j += 2 * seg) {
                    swapRuns(s, j + seg, j + seg + d, seg);
                }
            }
        }
    }

    private static void swapRuns(double[] s, int a, int b, int length) {
        for (int k = 0; k < length; k++) {
            double t = s[a + k];
            s[a + k] = s[b + k];
            s[b + k] = t;
        }
    }

    /** Pauli X: swaps the two contiguous runs of every block, no arithmetic. */
    static void x(int q, double[] s, int off, int len) {
        int d = 2 << q;
        for (int base = off; base < off + len; base += 2 * d) {
            swapRuns(s, base, base + d, d);
        }
    }

    /** A one-qubit matrix on {@code target} applied only where the {@code control} bit is set (CY, CRX, CRY). */
    static void controlledOneQubit(int control, int target, double[] m, double[] s, int off, int len) {
        int half = len >> 2;
        int tbit = 1 << target;
        int cbit = 1 << control;
        int low = tbit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            if ((i0 & cbit) == 0) {
                continue;
            }
            int p0 = off + (i0 << 1);
            int p1 = off + ((i0 | tbit) << 1);
            double xr = s[p0], xi = s[p0 + 1], yr = s[p1], yi = s[p1 + 1];
            s[p0] = m[0] * xr - m[1] * xi + m[2] * yr - m[3] * yi;
            s[p0 + 1] = m[0] * xi + m[1] * xr + m[2] * yi + m[3] * yr;
            s[p1] = m[4] * xr - m[5] * xi + m[6] * yr - m[7] * yi;
            s[p1 + 1] = m[4] * xi + m[5] * xr + m[6] * yi + m[7] * yr;
        }
    }

    /** SWAP: exchanges amplitudes whose bits a and b differ (a permutation). */
    static void swap(int a, int b, double[] s, int off, int len) {
        int dim = len >> 1;
        int ba = 1 << a, bb = 1 << b;
        for (int i = 0; i < dim; i++) {
            // visit each pair once: bit a set, bit b clear
            if ((i & ba) != 0 && (i & bb) == 0) {
                swapAmplitudes(s, off, i, (i ^ ba) | bb);
            }
        }
    }

    /** Toffoli: flips the target where both controls are set (a permutation). */
    static void ccx(int c0, int c1, int target, double[] s, int off, int len) {
        int half = len >> 2;
        int tbit = 1 << target;
        int controls = (1 << c0) | (1 << c1);
        int low = tbit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            if ((i0 & controls) == controls) {
                swapAmplitudes(s, off, i0, i0 | tbit);
            }
        }
    }

    /**
     * General two-qubit gate from an interleaved 4x4 matrix whose index bit 0 is qubit {@code a} and bit 1
     * qubit {@code b}: visits each group of four amplitudes once.
     */
    static void twoQubit(int a, int b, double[] m, double[] s, int off, int len) {
        int dim = len >> 1;
        int ba = 1 << a, bb = 1 << b;
        for (int i = 0; i < dim; i++) {
            if ((i & (ba | bb)) != 0) {
                continue;
            }
            int p0 = off + (i << 1), p1 = off + ((i | ba) << 1), p2 = off + ((i | bb) << 1);
            int p3 = off + ((i | ba | bb) << 1);
            double r0 = s[p0], i0 = s[p0 + 1], r1 = s[p1], i1 = s[p1 + 1];
            double r2 = s[p2], i2 = s[p2 + 1], r3 = s[p3], i3 = s[p3 + 1];
            s[p0] = row(m, 0, r0, i0, r1, i1, r2, i2, r3, i3, false);
            s[p0 + 1] = row(m, 0, r0, i0, r1, i1, r2, i2, r3, i3, true);
            s[p1] = row(m, 1, r0, i0, r1, i1, r2, i2, r3, i3, false);
            s[p1 + 1] = row(m, 1, r0, i0, r1, i1, r2, i2, r3, i3, true);
            s[p2] = row(m, 2, r0, i0, r1, i1, r2, i2, r3, i3, false);
            s[p2 + 1] = row(m, 2, r0, i0, r1, i1, r2, i2, r3, i3, true);
            s[p3] = row(m, 3, r0, i0, r1, i1, r2, i2, r3, i3, false);
            s[p3 + 1] = row(m, 3, r0, i0, r1, i1, r2, i2, r3, i3, true);
        }
    }

    /** Real or imaginary part of row r of the 4x4 matrix times the vector (x0..x3); no allocation. */
    private static double row(double[] m, int r, double r0, double i0, double r1, double i1, double r2, double i2,
                              double r3, double i3, boolean imaginary) {
        int o = 8 * r;
        if (imaginary) {
            return m[o] * i0 + m[o + 1] * r0 + m[o + 2] * i1 + m[o + 3] * r1
                    + m[o + 4] * i2 + m[o + 5] * r2 + m[o + 6] * i3 + m[o + 7] * r3;
        }
        return m[o] * r0 - m[o + 1] * i0 + m[o + 2] * r1 - m[o + 3] * i1
                + m[o + 4] * r2 - m[o + 5] * i2 + m[o + 6] * r3 - m[o + 7] * i3;
    }

    private static void swapAmplitudes(double[] s, int off, int i, int j) {
        int p = off + (i << 1), q = off + (j << 1);
        double tr = s[p], ti = s[p + 1];
        s[p] = s[q];
        s[p + 1] = s[q + 1];
        s[q] = tr;
        s[q + 1] = ti;
    }

    /** |0...0> after H on the mask's qubits: amplitude 2^{-k/2} on every index whose bits lie in the mask. */
    static void uniformOver(int mask, double[] s, int off, int len) {
        java.util.Arrays.fill(s, off, off + len, 0.0);
        double v = 1.0 / Math.sqrt(1L << Integer.bitCount(mask));
        // The indices within the mask, enumerated directly: b = next subset of mask.
        int b = 0;
        do {
            s[off + 2 * b] = v;
            b = (b - mask) & mask;
        } while (b != 0);
    }
}
