package io.hqml.quantum.kernel;

/**
 * The fidelity Gram block {@code K_ij = |<a_i|b_j>|^2} from states stored as interleaved complex rows
 * (see {@code StatevectorEngine}'s buffer layout). With {@code a = A + iB}, {@code b = C + iD} the
 * overlap is {@code (A.C + B.D) + i (A.D - B.C)}: four real dot products, accumulated in one sweep.
 */
public final class FidelityGram {
    private FidelityGram() {
    }

    /** Fills {@code out[i * nb + j]} for {@code i < na, j < nb}. */
    public static void block(double[] a, int na, double[] b, int nb, int dim, double[] out) {
        checkSizes(a, na, dim);
        checkSizes(b, nb, dim);
        if (out.length < (long) na * nb) {
            throw new IllegalArgumentException("output holds " + out.length + " values, needs " + (long) na * nb);
        }
        int stride = 2 * dim;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                out[i * nb + j] = fidelity(a, i * stride, b, j * stride, stride);
            }
        }
    }

    /** Fills the symmetric {@code n x n} block of {@code a} with itself: upper triangle computed, mirrored. */
    public static void symmetric(double[] a, int n, int dim, double[] out) {
        checkSizes(a, n, dim);
        if (out.length < (long) n * n) {
            throw new IllegalArgumentException("output holds " + out.length + " values, needs " + (long) n * n);
        }
        int stride = 2 * dim;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = fidelity(a, i * stride, a, j * stride, stride);
                out[i * n + j] = v;
                out[j * n + i] = v;
            }
        }
    }

    private static double fidelity(double[] a, int oa, double[] b, int ob, int stride) {
        double re = 0.0, im = 0.0;
        for (int k = 0; k < stride; k += 2) {
            double ar = a[oa + k], ai = a[oa + k + 1], br = b[ob + k], bi = b[ob + k + 1];
            re += ar * br + ai * bi;
            im += ar * bi - ai * br;
        }
        return re * re + im * im;
    }

    private static void checkSizes(double[] states, int n, int dim) {
        if (states.length < (long) n * 2 * dim) {
            throw new IllegalArgumentException("state buffer holds " + states.length + " doubles, " + n
                    + " states of dimension " + dim + " need " + (long) n * 2 * dim);
        }
    }
}
