package io.hqml.quantum.kernel;

import io.hqml.quantum.kernel.internal.RealGemm;

/**
 * The fidelity Gram block {@code K_ij = |<a_i|b_j>|^2} from states stored as interleaved complex rows
 * (see {@code StatevectorEngine}'s buffer layout), computed as real matrix products.
 *
 * <p>Write the states as real matrices, one state per row: {@code a = A + iB}, {@code b = C + iD}. Then
 * {@code <a_i|b_j> = (A C^T + B D^T)_ij + i (A D^T - B C^T)_ij}. Grouping the four products in pairs,
 * {@code re = [A B] [C D]^T} and {@code im = [A B] [D -C]^T}: two real products of depth {@code 2 dim}.
 * The interleaved buffer already is {@code [A B]} up to a column permutation applied to both operands,
 * which leaves every dot product unchanged, so {@code a} and {@code b} are used as they are; only
 * {@code [D -C]} (each amplitude {@code (re, im)} replaced by {@code (im, -re)}) is copied. Both products
 * go through {@link RealGemm}, a cache-blocked, register-tiled kernel that reads each amplitude from
 * memory a few times per block instead of once per pair, then {@code K = re^2 + im^2}.
 *
 * <p>Performance: the Java JIT does not vectorise either the fused per-pair loop ({@link #fidelity}) or the
 * tile, so both run at the scalar peak (about 8 GFLOP/s measured on one core of an AVX-512 Xeon, 256 to 512
 * states of dimension 64 to 16384: within 10% of each other). The products pay off when the states of a
 * block do not fit in cache: the per-pair loop then streams every column state from memory once per row
 * state, while the blocked product reads the column states once and the row states once per
 * {@value RealGemm#NC} column states (see {@link RealGemm} for the blocking).
 *
 * <p>The symmetric block computes only the tiles meeting the upper triangle of both products and mirrors.
 * Entry {@code (i, j)} is the same sequence of floating-point operations wherever the pair falls in a block,
 * so a Gram matrix assembled from tiles of any size is bitwise the same as long as each pair is evaluated
 * with the same state as the row (the transposed pair can differ in the last bit of the imaginary part's
 * rounding). {@link ShotFidelityKernel} relies on this for tiling-independent draws.
 */
public final class FidelityGram {
    private FidelityGram() {
    }

    /** Fills {@code out[i * nb + j]} for {@code i < na, j < nb}. */
    public static void block(double[] a, int na, double[] b, int nb, int dim, double[] out) {
        checkSizes(a, na, dim);
        checkSizes(b, nb, dim);
        checkOutput(out, (long) na * nb);
        int depth = 2 * dim;
        // out holds re until the final pass; im needs its own buffer.
        RealGemm.multiplyTransposed(a, na, b, nb, depth, out, false);
        double[] im = new double[na * nb];
        RealGemm.multiplyTransposed(a, na, rotated(b, nb, depth), nb, depth, im, false);
        for (int t = 0; t < na * nb; t++) {
            out[t] = out[t] * out[t] + im[t] * im[t];
        }
    }

    /** Fills the symmetric {@code n x n} block of {@code a} with itself: upper triangle computed, mirrored. */
    public static void symmetric(double[] a, int n, int dim, double[] out) {
        checkSizes(a, n, dim);
        checkOutput(out, (long) n * n);
        int depth = 2 * dim;
        RealGemm.multiplyTransposed(a, n, a, n, depth, out, true);
        double[] im = new double[n * n];
        RealGemm.multiplyTransposed(a, n, rotated(a, n, depth), n, depth, im, true);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double re = out[i * n + j], ii = im[i * n + j];
                double v = re * re + ii * ii;
                out[i * n + j] = v;
                out[j * n + i] = v;
            }
        }
    }

    /**
     * {@code |<a_i|b_j>|^2} by the direct loop over amplitudes: the reference the products are tested
     * against, and the cheapest path for a single pair.
     */
    public static double fidelity(double[] a, int oa, double[] b, int ob, int dim) {
        double re = 0.0, im = 0.0;
        for (int k = 0; k < 2 * dim; k += 2) {
            double ar = a[oa + k], ai = a[oa + k + 1], br = b[ob + k], bi = b[ob + k + 1];
            re += ar * br + ai * bi;
            im += ar * bi - ai * br;
        }
        return re * re + im * im;
    }

    /** {@code [D -C]} in interleaved order: each amplitude {@code (re, im)} becomes {@code (im, -re)}. */
    private static double[] rotated(double[] s, int n, int depth) {
        double[] r = new double[n * depth];
        for (int t = 0; t < n * depth; t += 2) {
            r[t] = s[t + 1];
            r[t + 1] = -s[t];
        }
        return r;
    }

    private static void checkOutput(double[] out, long needed) {
        if (out.length < needed) {
            throw new IllegalArgumentException("output holds " + out.length + " values, needs " + needed);
        }
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("block of " + needed + " values exceeds one Java array; use smaller tiles");
        }
    }

    private static void checkSizes(double[] states, int n, int dim) {
        if (states.length < (long) n * 2 * dim) {
            throw new IllegalArgumentException("state buffer holds " + states.length + " doubles, " + n
                    + " states of dimension " + dim + " need " + (long) n * 2 * dim);
        }
    }
}
