package io.hqml.quantum.engine;

/**
 * In-place bit-mask kernels over an interleaved complex state {@code [re0, im0, re1, im1, ...]} of
 * {@code 2^n} amplitudes. Qubit {@code q} is bit {@code q} of the amplitude index. No allocation.
 *
 * <p>Argument order, fixed for every kernel: qubits, then matrix or angle, then state.
 * Pair loops enumerate the indices with bit {@code q} clear by inserting a zero bit at {@code q}:
 * {@code i0 = (k & lowMask) | ((k & ~lowMask) << 1)}, so each pair is visited exactly once.
 */
final class StateKernels {
    private StateKernels() {
    }

    /** General one-qubit gate {@code [[a, b], [c, d]]}, entries as (re, im), over contiguous runs. */
    static void oneQubit(int q, double ar, double ai, double br, double bi, double cr, double ci, double dr,
                         double di, double[] s) {
        int off = 2 << q;
        for (int base = 0; base < s.length; base += 2 * off) {
            for (int p0 = base, end = base + off; p0 < end; p0 += 2) {
                int p1 = p0 + off;
                double xr = s[p0], xi = s[p0 + 1], yr = s[p1], yi = s[p1 + 1];
                s[p0] = ar * xr - ai * xi + br * yr - bi * yi;
                s[p0 + 1] = ar * xi + ai * xr + br * yi + bi * yr;
                s[p1] = cr * xr - ci * xi + dr * yr - di * yi;
                s[p1 + 1] = cr * xi + ci * xr + dr * yi + di * yr;
            }
        }
    }

    /**
     * Hadamard: a real butterfly on contiguous runs. In the double-indexed array, partners are {@code off}
     * apart and runs of {@code off} doubles (re and im alike, H is real) share bit q, so the inner loop is
     * a plain array loop that the JIT vectorises.
     */
    static void hadamard(int q, double[] s) {
        final double r = 1.0 / Math.sqrt(2.0);
        int off = 2 << q;
        for (int base = 0; base < s.length; base += 2 * off) {
            for (int j = base, end = base + off; j < end; j++) {
                double a = s[j], b = s[j + off];
                s[j] = r * (a + b);
                s[j + off] = r * (a - b);
            }
        }
    }

    /**
     * Controlled-X: a permutation that swaps the target runs where the control bit is set. With the control
     * above the target the bit is constant over a run; below it, runs split into control-clear and
     * control-set segments of {@code 2 << control} doubles.
     */
    static void cx(int control, int target, double[] s) {
        int off = 2 << target;
        int seg = 2 << control;
        for (int base = 0; base < s.length; base += 2 * off) {
            if (control > target) {
                if ((base & seg) != 0) {
                    swapRuns(s, base, base + off, off);
                }
            } else {
                for (int j = base; j < base + off; j += 2 * seg) {
                    swapRuns(s, j + seg, j + seg + off, seg);
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

    /** General one-qubit gate from an interleaved 2x2 matrix (see GateMatrices). */
    static void oneQubit(int q, double[] m, double[] s) {
        oneQubit(q, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], s);
    }

    /** Pauli X: swaps the two contiguous runs of every block, no arithmetic. */
    static void x(int q, double[] s) {
        int off = 2 << q;
        for (int base = 0; base < s.length; base += 2 * off) {
            swapRuns(s, base, base + off, off);
        }
    }

    /** A one-qubit matrix on {@code target} applied only where the {@code control} bit is set (CY, CRX, CRY). */
    static void controlledOneQubit(int control, int target, double[] m, double[] s) {
        int half = (s.length >> 1) >> 1;
        int tbit = 1 << target;
        int cbit = 1 << control;
        int low = tbit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            if ((i0 & cbit) == 0) {
                continue;
            }
            int p0 = i0 << 1;
            int p1 = (i0 | tbit) << 1;
            double xr = s[p0], xi = s[p0 + 1], yr = s[p1], yi = s[p1 + 1];
            s[p0] = m[0] * xr - m[1] * xi + m[2] * yr - m[3] * yi;
            s[p0 + 1] = m[0] * xi + m[1] * xr + m[2] * yi + m[3] * yr;
            s[p1] = m[4] * xr - m[5] * xi + m[6] * yr - m[7] * yi;
            s[p1 + 1] = m[4] * xi + m[5] * xr + m[6] * yi + m[7] * yr;
        }
    }

    /** SWAP: exchanges amplitudes whose bits a and b differ (a permutation). */
    static void swap(int a, int b, double[] s) {
        int dim = s.length >> 1;
        int ba = 1 << a, bb = 1 << b;
        for (int i = 0; i < dim; i++) {
            // visit each pair once: bit a set, bit b clear
            if ((i & ba) != 0 && (i & bb) == 0) {
                swapAmplitudes(s, i, (i ^ ba) | bb);
            }
        }
    }

    /** Toffoli: flips the target where both controls are set (a permutation). */
    static void ccx(int c0, int c1, int target, double[] s) {
        int half = (s.length >> 1) >> 1;
        int tbit = 1 << target;
        int controls = (1 << c0) | (1 << c1);
        int low = tbit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            if ((i0 & controls) == controls) {
                swapAmplitudes(s, i0, i0 | tbit);
            }
        }
    }

    /**
     * General two-qubit gate from an interleaved 4x4 matrix whose index bit 0 is qubit {@code a} and bit 1
     * qubit {@code b}: visits each group of four amplitudes once.
     */
    static void twoQubit(int a, int b, double[] m, double[] s) {
        int dim = s.length >> 1;
        int ba = 1 << a, bb = 1 << b;
        for (int i = 0; i < dim; i++) {
            if ((i & (ba | bb)) != 0) {
                continue;
            }
            int p0 = i << 1, p1 = (i | ba) << 1, p2 = (i | bb) << 1, p3 = (i | ba | bb) << 1;
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

    private static void swapAmplitudes(double[] s, int i, int j) {
        int p = i << 1, q = j << 1;
        double tr = s[p], ti = s[p + 1];
        s[p] = s[q];
        s[p + 1] = s[q + 1];
        s[q] = tr;
        s[q + 1] = ti;
    }


    /** |0...0> after H on the mask's qubits: amplitude 2^{-k/2} on every index whose bits lie in the mask. */
    static void uniformOver(int mask, double[] s) {
        java.util.Arrays.fill(s, 0.0);
        double v = 1.0 / Math.sqrt(1L << Integer.bitCount(mask));
        int dim = s.length >> 1;
        for (int b = 0; b < dim; b++) {
            if ((b & ~mask) == 0) {
                s[2 * b] = v;
            }
        }
    }

    /** Amplitudes per cache block: 2^12 complex doubles = 64 KiB, resident in L2 while its qubits are done. */
    private static final int BLOCK_BITS = 12;
    /** Doubles of all rows of one column chunk that the high-qubit phase keeps in cache (256 KiB). */
    private static final int CHUNK_DOUBLES = 1 << 15;

    /**
     * H on every qubit of {@code mask} in two sweeps over memory instead of one per qubit. Qubits at or
     * above {@link #BLOCK_BITS} are done first, column chunk by column chunk (for a chunk of low offsets the
     * rows indexed by the high bits fit in cache together); then qubits below are done block by block (each
     * 2^BLOCK_BITS block stays in cache for all of them). H on different qubits commute, so the order is
     * free. Within a sweep, qubits go three at a time (radix-8: a third of the loads and stores of three
     * radix-2 levels), qubits 0-2 in registers. Butterflies are unnormalised; the first sweep applies 2^{-k/2}.
     */
    static void hadamardLayer(int mask, int n, double[] s) {
        hadamardLayer(mask, n, s, null);
    }

    /**
     * As {@link #hadamardLayer(int, int, double[])}, then the diagonal {@code after} (prepared for n qubits,
     * rows of 2^BLOCK_BITS amplitudes) applied to each block while it is still in cache: one memory sweep
     * saved. A ZZ feature map's repetition is exactly this pair.
     */
    static void hadamardLayer(int mask, int n, double[] s, DiagonalLayer after) {
        int block = Math.min(n, BLOCK_BITS);
        int lowMask = mask & ((1 << block) - 1), highMask = mask >>> block;
        double scale = 1.0 / Math.sqrt(1L << Integer.bitCount(mask));
        int blockDoubles = 2 << block;
        if (highMask != 0) {
            int rows = 1 << (n - block);
            int chunk = Math.max(16, Math.min(blockDoubles, CHUNK_DOUBLES / rows));
            for (int col = 0; col < blockDoubles; col += chunk) {
                butterflies(s, col, chunk, highMask, rows, blockDoubles, scale);
            }
            scale = 1.0;
        }
        if (lowMask == 0 && after == null) {
            return;
        }
        for (int h = 0, start = 0; start < s.length; h++, start += blockDoubles) {
            if (lowMask != 0) {
                butterflies(s, start, blockDoubles, lowMask, 1, 0, scale);
            }
            if (after != null) {
                after.applyRow(s, h, Double.NaN);
            }
        }
    }

    /** Amplitudes per block of {@link #hadamardLayer}, equal to the diagonal layer's row. */
    static int blockBits() {
        return BLOCK_BITS;
    }

    /**
     * Unnormalised H butterflies for the qubits of {@code mask} on a strided region: {@code rows} rows of
     * {@code width} doubles starting at {@code start}, row r at {@code start + r * rowStride} (rows = 1 for a
     * contiguous block, where bit q of mask means partner distance 2 << q doubles; otherwise bit q means
     * partner rows 2^q apart). The first level done multiplies by {@code scale}.
     */
    private static void butterflies(double[] s, int start, int width, int mask, int rows, int rowStride, double scale) {
        int m = mask;
        double c = scale;
        if (rows == 1 && (m & 7) == 7 && width >= 16) {
            radix8(s, start, width, c);
            m &= ~7;
            c = 1.0;
        }
        while (m != 0) {
            int q1 = Integer.numberOfTrailingZeros(m);
            m &= m - 1;
            if (m == 0) {
                radix2(s, start, width, rows, rowStride, q1, c);
            } else {
                int q2 = Integer.numberOfTrailingZeros(m);
                m &= m - 1;
                if (m == 0) {
                    radix4(s, start, width, rows, rowStride, q1, q2, c);
                } else {
                    int q3 = Integer.numberOfTrailingZeros(m);
                    m &= m - 1;
                    radix8(s, start, width, rows, rowStride, q1, q2, q3, c);
                }
            }
            c = 1.0;
        }
    }

    /** Three qubits q1 < q2 < q3 at once: 8 partners per element, three butterfly levels, one store. */
    private static void radix8(double[] s, int start, int width, int rows, int rowStride, int q1, int q2, int q3,
                               double c) {
        int d1 = distance(q1, rows, rowStride), d2 = distance(q2, rows, rowStride), d3 = distance(q3, rows, rowStride);
        int span = rows == 1 ? width : rows * rowStride;
        int run = rows == 1 ? d1 : width;
        int step = rows == 1 ? d1 : rowStride;
        for (int b3 = start; b3 < start + span; b3 += 2 * d3) {
            for (int b2 = b3; b2 < b3 + d3; b2 += 2 * d2) {
                for (int b1 = b2; b1 < b2 + d2; b1 += 2 * d1) {
                    for (int seg = b1; seg < b1 + d1; seg += step) {
                        for (int j = seg, end = seg + run; j < end; j++) {
                            double x0 = s[j], x1 = s[j + d1], x2 = s[j + d2], x3 = s[j + d2 + d1];
                            double x4 = s[j + d3], x5 = s[j + d3 + d1], x6 = s[j + d3 + d2], x7 = s[j + d3 + d2 + d1];
                            double a0 = x0 + x1, a1 = x0 - x1, a2 = x2 + x3, a3 = x2 - x3;
                            double a4 = x4 + x5, a5 = x4 - x5, a6 = x6 + x7, a7 = x6 - x7;
                            double b0 = a0 + a2, bb1 = a1 + a3, bb2 = a0 - a2, bb3 = a1 - a3;
                            double b4 = a4 + a6, b5 = a5 + a7, b6 = a4 - a6, b7 = a5 - a7;
                            s[j] = c * (b0 + b4);
                            s[j + d1] = c * (bb1 + b5);
                            s[j + d2] = c * (bb2 + b6);
                            s[j + d2 + d1] = c * (bb3 + b7);
                            s[j + d3] = c * (b0 - b4);
                            s[j + d3 + d1] = c * (bb1 - b5);
                            s[j + d3 + d2] = c * (bb2 - b6);
                            s[j + d3 + d2 + d1] = c * (bb3 - b7);
                        }
                    }
                }
            }
        }
    }

    /** Element offset of index bit q: inside a row (rows == 1) or between rows. */
    private static int distance(int q, int rows, int rowStride) {
        return rows == 1 ? 2 << q : (1 << q) * rowStride;
    }

    private static void radix2(double[] s, int start, int width, int rows, int rowStride, int q, double c) {
        int d = distance(q, rows, rowStride);
        int span = rows == 1 ? width : rows * rowStride;
        int run = rows == 1 ? d : width;
        for (int base = start; base < start + span; base += 2 * d) {
            for (int seg = base; seg < base + d; seg += (rows == 1 ? d : rowStride)) {
                for (int j = seg, end = seg + run; j < end; j++) {
                    double a = s[j], b = s[j + d];
                    s[j] = c * (a + b);
                    s[j + d] = c * (a - b);
                }
            }
        }
    }

    private static void radix4(double[] s, int start, int width, int rows, int rowStride, int q1, int q2, double c) {
        int d1 = distance(q1, rows, rowStride), d2 = distance(q2, rows, rowStride);
        int span = rows == 1 ? width : rows * rowStride;
        int run = rows == 1 ? d1 : width;
        int step = rows == 1 ? d1 : rowStride;
        for (int b2 = start; b2 < start + span; b2 += 2 * d2) {
            for (int b1 = b2; b1 < b2 + d2; b1 += 2 * d1) {
                for (int seg = b1; seg < b1 + d1; seg += step) {
                    for (int j = seg, end = seg + run; j < end; j++) {
                        double a = s[j], b = s[j + d1], e = s[j + d2], f = s[j + d1 + d2];
                        double ab = a + b, amb = a - b, ef = e + f, emf = e - f;
                        s[j] = c * (ab + ef);
                        s[j + d1] = c * (amb + emf);
                        s[j + d2] = c * (ab - ef);
                        s[j + d1 + d2] = c * (amb - emf);
                    }
                }
            }
        }
    }

    /** Qubits 0, 1, 2 at once: 8 amplitudes (16 doubles) in registers, three butterfly levels, one store. */
    private static void radix8(double[] s, int start, int width, double c) {
        for (int j = start; j < start + width; j += 16) {
            for (int part = 0; part < 2; part++) {
                int o = j + part;
                double x0 = s[o], x1 = s[o + 2], x2 = s[o + 4], x3 = s[o + 6];
                double x4 = s[o + 8], x5 = s[o + 10], x6 = s[o + 12], x7 = s[o + 14];
                double a0 = x0 + x1, a1 = x0 - x1, a2 = x2 + x3, a3 = x2 - x3;
                double a4 = x4 + x5, a5 = x4 - x5, a6 = x6 + x7, a7 = x6 - x7;
                double b0 = a0 + a2, b1 = a1 + a3, b2 = a0 - a2, b3 = a1 - a3;
                double b4 = a4 + a6, b5 = a5 + a7, b6 = a4 - a6, b7 = a5 - a7;
                s[o] = c * (b0 + b4);
                s[o + 2] = c * (b1 + b5);
                s[o + 4] = c * (b2 + b6);
                s[o + 6] = c * (b3 + b7);
                s[o + 8] = c * (b0 - b4);
                s[o + 10] = c * (b1 - b5);
                s[o + 12] = c * (b2 - b6);
                s[o + 14] = c * (b3 - b7);
            }
        }
    }
}
