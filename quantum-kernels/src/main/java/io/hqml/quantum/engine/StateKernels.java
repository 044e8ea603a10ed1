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
        int[] idx = new int[4];
        double[] re = new double[4], im = new double[4];
        for (int i = 0; i < dim; i++) {
            if ((i & (ba | bb)) != 0) {
                continue;
            }
            idx[0] = i;
            idx[1] = i | ba;
            idx[2] = i | bb;
            idx[3] = i | ba | bb;
            for (int k = 0; k < 4; k++) {
                re[k] = s[idx[k] << 1];
                im[k] = s[(idx[k] << 1) + 1];
            }
            for (int r = 0; r < 4; r++) {
                double sr = 0, si = 0;
                for (int c = 0; c < 4; c++) {
                    double mr = m[2 * (r * 4 + c)], mi = m[2 * (r * 4 + c) + 1];
                    sr += mr * re[c] - mi * im[c];
                    si += mr * im[c] + mi * re[c];
                }
                s[idx[r] << 1] = sr;
                s[(idx[r] << 1) + 1] = si;
            }
        }
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
     * H on every qubit of {@code mask} in two sweeps over memory instead of one per qubit. Qubits below
     * {@link #BLOCK_BITS} are done block by block (each block stays in cache for all of them). Qubits above
     * are done column chunk by column chunk: for a chunk of low offsets, the rows indexed by the high bits
     * fit in cache together, and every high qubit's butterflies run on them before moving on.
     */
    static void hadamardLayer(int mask, int n, double[] s) {
        int block = Math.min(n, BLOCK_BITS);
        int lowMask = mask & ((1 << block) - 1), highMask = mask >>> block;
        final double r = 1.0 / Math.sqrt(2.0);
        int blockDoubles = 2 << block;
        if (lowMask != 0) {
            for (int start = 0; start < s.length; start += blockDoubles) {
                for (int q = 0; q < block; q++) {
                    if ((lowMask >> q & 1) == 0) {
                        continue;
                    }
                    int off = 2 << q;
                    for (int base = start; base < start + blockDoubles; base += 2 * off) {
                        for (int j = base, end = base + off; j < end; j++) {
                            double a = s[j], b = s[j + off];
                            s[j] = r * (a + b);
                            s[j + off] = r * (a - b);
                        }
                    }
                }
            }
        }
        if (highMask == 0) {
            return;
        }
        int rows = 1 << (n - block);
        int chunk = Math.max(16, Math.min(blockDoubles, CHUNK_DOUBLES / rows));
        for (int col = 0; col < blockDoubles; col += chunk) {
            for (int hq = 0; hq < n - block; hq++) {
                if ((highMask >> hq & 1) == 0) {
                    continue;
                }
                int rowBit = 1 << hq;
                for (int row = 0; row < rows; row++) {
                    if ((row & rowBit) != 0) {
                        continue;
                    }
                    int a0 = row * blockDoubles + col, b0 = (row | rowBit) * blockDoubles + col;
                    for (int k = 0; k < chunk; k++) {
                        double a = s[a0 + k], b = s[b0 + k];
                        s[a0 + k] = r * (a + b);
                        s[b0 + k] = r * (a - b);
                    }
                }
            }
        }
    }
}
