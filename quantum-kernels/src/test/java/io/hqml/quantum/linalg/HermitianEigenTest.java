package io.hqml.quantum.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HermitianEigenTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 8, 16})
    void decomposesGramMatrixOfRandomComplexMatrix(int n) {
        SplittableRandom rng = new SplittableRandom(42L + n);
        double[][] ar = new double[n][n];
        double[][] ai = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ar[i][j] = rng.nextDouble();
                ai[i][j] = rng.nextDouble();
            }
        }
        // H = A^H A, Hermitian positive definite (A is invertible with probability 1).
        double[][][] ah = conjugateTranspose(ar, ai);
        double[][][] h = multiply(ah[0], ah[1], ar, ai);
        HermitianEigen eig = HermitianEigen.decompose(h[0], h[1]);
        double[] lambda = eig.eigenvalues();
        assertEquals(n, lambda.length);

        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += h[0][i][i];
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += lambda[k];
            assertTrue(lambda[k] > 0, "eigenvalue " + k + " = " + lambda[k]);
            if (k > 0) {
                assertTrue(lambda[k - 1] >= lambda[k], "not descending at " + k);
            }
        }
        assertEquals(trace, sum, 1e-10 * Math.max(1, trace));
        assertDecomposition(h, eig, 1e-10);
    }

    @Test
    void handlesRepeatedEigenvalues() {
        // H = W diag(3, 3, 1, 1, 1) W^H for a unitary W: eigenvalues with multiplicity 2 and 3.
        int n = 5;
        SplittableRandom rng = new SplittableRandom(7);
        double[][] br = new double[n][n];
        double[][] bi = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                br[i][j] = rng.nextDouble() - 0.5;
                bi[i][j] = rng.nextDouble() - 0.5;
            }
        }
        double[][][] bh = conjugateTranspose(br, bi);
        double[][][] g = multiply(bh[0], bh[1], br, bi);
        HermitianEigen w = HermitianEigen.decompose(g[0], g[1]);
        double[] d = {3, 3, 1, 1, 1};
        double[][] dr = new double[n][n];
        for (int i = 0; i < n; i++) {
            dr[i][i] = d[i];
        }
        double[][][] wd = multiply(w.vectorsRe(), w.vectorsIm(), dr, new double[n][n]);
        double[][][] wh = conjugateTranspose(w.vectorsRe(), w.vectorsIm());
        double[][][] h = multiply(wd[0], wd[1], wh[0], wh[1]);

        HermitianEigen eig = HermitianEigen.decompose(h[0], h[1]);
        for (int k = 0; k < n; k++) {
            assertEquals(d[k], eig.eigenvalues()[k], 1e-10);
        }
        assertDecomposition(h, eig, 1e-10);
    }

    @Test
    void fixesPhaseSoLargestComponentIsRealPositive() {
        double[][] re = {{2, 0}, {0, 1}};
        double[][] im = {{0, -1}, {1, 0}};
        HermitianEigen eig = HermitianEigen.decompose(re, im);
        for (int k = 0; k < 2; k++) {
            int p = 0;
            double best = -1;
            for (int r = 0; r < 2; r++) {
                double mod = Math.hypot(eig.vectorsRe()[r][k], eig.vectorsIm()[r][k]);
                if (mod > best) {
                    best = mod;
                    p = r;
                }
            }
            assertEquals(0.0, eig.vectorsIm()[p][k], 0.0);
            assertTrue(eig.vectorsRe()[p][k] > 0);
        }
        assertDecomposition(new double[][][] {re, im}, eig, 1e-12);
    }

    @Test
    void rejectsNonHermitianAndBadShapes() {
        assertThrows(IllegalArgumentException.class,
                () -> HermitianEigen.decompose(new double[][] {{1, 2}, {0, 1}}, new double[2][2]));
        assertThrows(IllegalArgumentException.class,
                () -> HermitianEigen.decompose(new double[][] {{1, 0}, {0, 1}}, new double[][] {{0, 1}, {1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> HermitianEigen.decompose(new double[0][0], new double[0][0]));
        assertThrows(IllegalArgumentException.class, () -> HermitianEigen.decompose(new double[17][17], new double[17][17]));
        assertThrows(IllegalArgumentException.class,
                () -> HermitianEigen.decompose(new double[][] {{1, 0}, {0}}, new double[2][2]));
    }

    /** ||H V - V diag(lambda)||_F < tol * max(1, ||H||_F) and ||V^H V - I||_F < tol. */
    private static void assertDecomposition(double[][][] h, HermitianEigen eig, double tol) {
        int n = h[0].length;
        double[][] vr = eig.vectorsRe();
        double[][] vi = eig.vectorsIm();
        double[][][] hv = multiply(h[0], h[1], vr, vi);
        double residual = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double dr = hv[0][i][k] - vr[i][k] * eig.eigenvalues()[k];
                double di = hv[1][i][k] - vi[i][k] * eig.eigenvalues()[k];
                residual += dr * dr + di * di;
                norm += h[0][i][k] * h[0][i][k] + h[1][i][k] * h[1][i][k];
            }
        }
        assertTrue(Math.sqrt(residual) < tol * Math.max(1, Math.sqrt(norm)), "residual " + Math.sqrt(residual));
        double[][][] vh = conjugateTranspose(vr, vi);
        double[][][] gram = multiply(vh[0], vh[1], vr, vi);
        double err = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double dr = gram[0][i][k] - (i == k ? 1 : 0);
                err += dr * dr + gram[1][i][k] * gram[1][i][k];
            }
        }
        assertTrue(Math.sqrt(err) < tol, "V not unitary: " + Math.sqrt(err));
    }

    private static double[][][] conjugateTranspose(double[][] re, double[][] im) {
        int n = re.length;
        double[][] tr = new double[n][n];
        double[][] ti = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                tr[j][i] = re[i][j];
                ti[j][i] = -im[i][j];
            }
        }
        return new double[][][] {tr, ti};
    }

    private static double[][][] multiply(double[][] ar, double[][] ai, double[][] br, double[][] bi) {
        int n = ar.length;
        double[][] cr = new double[n][n];
        double[][] ci = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    cr[i][j] += ar[i][k] * br[k][j] - ai[i][k] * bi[k][j];
                    ci[i][j] += ar[i][k] * bi[k][j] + ai[i][k] * br[k][j];
                }
            }
        }
        return new double[][][] {cr, ci};
    }
}
