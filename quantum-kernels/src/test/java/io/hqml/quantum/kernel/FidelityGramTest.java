package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FidelityGramTest {

    @Test
    void blockEqualsPerPairLoopForOddSizes() {
        SplittableRandom rnd = new SplittableRandom(31);
        // na, nb not multiples of the 2 x 4 tile, 2 dim across one and several k blocks of 256
        int[][] shapes = {{1, 1, 1}, {3, 5, 1}, {7, 9, 8}, {13, 6, 129}, {5, 67, 200}, {66, 3, 3}};
        for (int[] s : shapes) {
            int na = s[0], nb = s[1], dim = s[2];
            double[] a = states(rnd, na, dim), b = states(rnd, nb, dim);
            double[] out = new double[na * nb];
            FidelityGram.block(a, na, b, nb, dim, out);
            for (int i = 0; i < na; i++) {
                for (int j = 0; j < nb; j++) {
                    assertEquals(perPair(a, i, b, j, dim), out[i * nb + j], 1e-12, na + "x" + nb + " dim " + dim);
                }
            }
        }
    }

    @Test
    void symmetricEqualsPerPairLoopAndIsExactlySymmetric() {
        SplittableRandom rnd = new SplittableRandom(32);
        for (int[] s : new int[][] {{1, 4}, {5, 3}, {11, 33}, {70, 64}}) {
            int n = s[0], dim = s[1];
            double[] a = states(rnd, n, dim);
            double[] out = new double[n * n];
            FidelityGram.symmetric(a, n, dim, out);
            for (int i = 0; i < n; i++) {
                assertEquals(1.0, out[i * n + i], 1e-12);
                for (int j = 0; j < n; j++) {
                    assertEquals(perPair(a, i, a, j, dim), out[i * n + j], 1e-12);
                    assertEquals(out[i * n + j], out[j * n + i], 0.0);
                }
            }
        }
    }

    @Test
    void longerBuffersAreAllowedAndShortOnesRejected() {
        SplittableRandom rnd = new SplittableRandom(33);
        double[] a = states(rnd, 4, 4);
        double[] out = new double[3 * 2 + 5];
        FidelityGram.block(a, 3, a, 2, 4, out);
        assertEquals(perPair(a, 2, a, 1, 4), out[2 * 2 + 1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> FidelityGram.block(a, 5, a, 1, 4, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> FidelityGram.symmetric(a, 4, 4, new double[15]));
    }

    /** The straightforward loop: |sum_k conj(a_k) b_k|^2. */
    static double perPair(double[] a, int i, double[] b, int j, int dim) {
        double re = 0, im = 0;
        for (int k = 0; k < dim; k++) {
            double ar = a[(i * dim + k) * 2], ai = a[(i * dim + k) * 2 + 1];
            double br = b[(j * dim + k) * 2], bi = b[(j * dim + k) * 2 + 1];
            re += ar * br + ai * bi;
            im += ar * bi - ai * br;
        }
        return re * re + im * im;
    }

    /** Random normalised states, interleaved complex. */
    static double[] states(SplittableRandom rnd, int n, int dim) {
        double[] s = new double[n * 2 * dim];
        for (int r = 0; r < n; r++) {
            double norm = 0;
            for (int k = 0; k < 2 * dim; k++) {
                s[r * 2 * dim + k] = rnd.nextDouble(-1, 1);
                norm += s[r * 2 * dim + k] * s[r * 2 * dim + k];
            }
            for (int k = 0; k < 2 * dim; k++) {
                s[r * 2 * dim + k] /= Math.sqrt(norm);
            }
        }
        return s;
    }
}
