package io.hqml.quantum.kernel.internal;

/**
 * A pure-Java real matrix product {@code C = A * B^T} for row-major {@code A} ({@code m x k}) and
 * {@code B} ({@code n x k}): {@code C[i * n + j] = sum_p A[i * k + p] * B[j * k + p]}. Both operands are read
 * along their rows, so rows of states (the Gram-matrix case) need no transposition.
 *
 * <p>Blocking, from the inside out:
 * <ol>
 *   <li><b>Register tile</b> {@value #MR} x {@value #NR}: {@code MR * NR = 8} independent accumulators plus
 *       {@code MR + NR = 6} operands stay in registers (14 of the 16 xmm/ymm registers x86-64 has without
 *       AVX-512; a 4 x 4 tile needs 24 and spills). Per step of {@code p}: 6 loads feed 8 multiply-adds,
 *       against 2 loads per multiply-add for a plain dot product, and the 8 chains hide the add latency.</li>
 *   <li><b>k blocks</b> of {@value #KC} doubles (2 KiB per row): the {@code MR} rows of {@code A} being
 *       used ({@code 4 KiB}) stay in L1 while the tile sweeps the columns of one column block.</li>
 *   <li><b>column blocks</b> of {@value #NC} rows of {@code B}: {@code NC * KC * 8 = 128 KiB}, resident in
 *       L2 while every row tile of {@code A} passes over it, so each element of {@code B} is read from
 *       memory once per k block instead of once per row of {@code A}.</li>
 * </ol>
 * The first k block stores into {@code C}, later ones add to it. Edge tiles (sizes not multiples of the
 * tile) use a scalar loop with the same summation order, so every entry is the same sequence of
 * floating-point operations wherever it falls in the tiling: results are bitwise independent of how a
 * caller splits rows into blocks.
 *
 * <p>{@code upperOnly} (square products, {@code m == n}) computes only the tiles that meet the upper
 * triangle {@code j >= i}, half the work for symmetric results; entries below the diagonal are left
 * unspecified and the caller mirrors.
 */
public final class RealGemm {
    /** Register tile rows (rows of A). */
    public static final int MR = 2;
    /** Register tile columns (rows of B). */
    public static final int NR = 4;
    /** Depth of a k block. */
    public static final int KC = 256;
    /** Rows of B per column block. */
    public static final int NC = 64;

    private RealGemm() {
    }

    /** {@code c[i * n + j] = A_i . B_j} for all {@code i < m, j < n} (or {@code j >= i} tiles if upperOnly). */
    public static void multiplyTransposed(double[] a, int m, double[] b, int n, int k, double[] c, boolean upperOnly) {
        if (a.length < (long) m * k || b.length < (long) n * k || c.length < (long) m * n) {
            throw new IllegalArgumentException("gemm buffers too small for m=" + m + ", n=" + n + ", k=" + k);
        }
        if (upperOnly && m != n) {
            throw new IllegalArgumentException("upperOnly needs a square product, got " + m + " x " + n);
        }
        if (k == 0) {
            java.util.Arrays.fill(c, 0, m * n, 0.0);
            return;
        }
        for (int p0 = 0; p0 < k; p0 += KC) {
            int kc = Math.min(KC, k - p0);
            boolean first = p0 == 0;
            for (int j0 = 0; j0 < n; j0 += NC) {
                int jEnd = Math.min(n, j0 + NC);
                for (int i = 0; i < m; i += MR) {
                    int mr = Math.min(MR, m - i);
                    for (int j = j0; j < jEnd; j += NR) {
                        int nr = Math.min(NR, jEnd - j);
                        if (upperOnly && j + nr - 1 < i) {
                            continue; // tile entirely below the diagonal
                        }
                        if (mr == MR && nr == NR) {
                            tile(a, b, c, n, k, i, j, p0, kc, first);
                        } else {
                            edge(a, b, c, n, k, i, mr, j, nr, p0, kc, first);
                        }
                    }
                }
            }
        }
    }

    /** The 2 x 4 micro-kernel: eight running sums over {@code p in [p0, p0 + kc)}. */
    private static void tile(double[] a, double[] b, double[] c, int n, int k, int i, int j, int p0, int kc,
                             boolean first) {
        int a0 = i * k + p0, a1 = a0 + k;
        int b0 = j * k + p0, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        for (int p = 0; p < kc; p++) {
            double x0 = a[a0 + p], x1 = a[a1 + p];
            double y0 = b[b0 + p], y1 = b[b1 + p], y2 = b[b2 + p], y3 = b[b3 + p];
            c00 += x0 * y0;
            c01 += x0 * y1;
            c02 += x0 * y2;
            c03 += x0 * y3;
            c10 += x1 * y0;
            c11 += x1 * y1;
            c12 += x1 * y2;
            c13 += x1 * y3;
        }
        int r0 = i * n + j, r1 = r0 + n;
        if (first) {
            c[r0] = c00;
            c[r0 + 1] = c01;
            c[r0 + 2] = c02;
            c[r0 + 3] = c03;
            c[r1] = c10;
            c[r1 + 1] = c11;
            c[r1 + 2] = c12;
            c[r1 + 3] = c13;
        } else {
            c[r0] += c00;
            c[r0 + 1] += c01;
            c[r0 + 2] += c02;
            c[r0 + 3] += c03;
            c[r1] += c10;
            c[r1 + 1] += c11;
            c[r1 + 2] += c12;
            c[r1 + 3] += c13;
        }
    }

    /** Partial tiles at the matrix edges: one sum at a time, in the same order as {@link #tile}. */
    private static void edge(double[] a, double[] b, double[] c, int n, int k, int i0, int mr, int j0, int nr,
                             int p0, int kc, boolean first) {
        for (int i = i0; i < i0 + mr; i++) {
            for (int j = j0; j < j0 + nr; j++) {
                int ai = i * k + p0, bj = j * k + p0;
                double s = 0;
                for (int p = 0; p < kc; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                c[i * n + j] = first ? s : c[i * n + j] + s;
            }
        }
    }
}
