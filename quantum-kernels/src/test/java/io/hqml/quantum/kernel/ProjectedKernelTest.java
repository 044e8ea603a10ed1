package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.linalg.SymmetricEigen;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProjectedKernelTest {
    private static final int N = 4, REPS = 2;
    private static final Entanglement ENT = Entanglement.FULL;
    private static final ZZFeatureMap MAP = new ZZFeatureMap(N, REPS, ENT);

    @Test
    void valuesEqualFrobeniusDistancesOfPartialTraces() {
        double gamma = 0.7;
        ProjectedKernel k = new ProjectedKernel(MAP, gamma);
        double[][] xs = rows(6, 1), ys = rows(5, 2);
        double[] out = new double[30];
        k.block(xs, ys, out);
        for (int i = 0; i < 6; i++) {
            double[] psi = FidelityKernelTest.closedFormZZ(xs[i], REPS, ENT.pairs(N));
            for (int j = 0; j < 5; j++) {
                double[] phi = FidelityKernelTest.closedFormZZ(ys[j], REPS, ENT.pairs(N));
                double sum = 0;
                for (int q = 0; q < N; q++) {
                    double[] a = reduced(psi, N, q), b = reduced(phi, N, q);
                    for (int t = 0; t < 8; t++) {
                        sum += (a[t] - b[t]) * (a[t] - b[t]);
                    }
                }
                assertEquals(Math.exp(-gamma * sum), out[i * 5 + j], 1e-12);
            }
        }
    }

    @Test
    void featuresAreThePauliComponentsOfTheReducedStates() {
        double[][] xs = rows(3, 3);
        double[][] v = new ProjectedFeatures(MAP).features(xs);
        boolean sawY = false;
        for (int i = 0; i < 3; i++) {
            assertEquals(3 * N, v[i].length);
            double[] psi = FidelityKernelTest.closedFormZZ(xs[i], REPS, ENT.pairs(N));
            for (int q = 0; q < N; q++) {
                double[] rho = reduced(psi, N, q); // re/im of rho00, rho01, rho10, rho11
                // rho = (I + x X + y Y + z Z) / 2: rho01 = (x - i y) / 2, z = rho00 - rho11
                assertEquals(2 * rho[2], v[i][3 * q], 1e-12);
                assertEquals(-2 * rho[3], v[i][3 * q + 1], 1e-12);
                assertEquals(rho[0] - rho[6], v[i][3 * q + 2], 1e-12);
                sawY |= Math.abs(v[i][3 * q + 1]) > 1e-3;
            }
        }
        assertTrue(sawY, "the check should exercise nonzero <Y>");
    }

    @Test
    void gramIsSymmetricUnitDiagonalAndPositiveSemidefinite() {
        ProjectedKernel k = new ProjectedKernel(MAP, 2.0);
        double[][] xs = rows(30, 4);
        int n = xs.length;
        double[] sym = new double[n * n], full = new double[n * n];
        k.symmetricBlock(xs, sym);
        k.block(xs, xs, full);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            assertEquals(1.0, sym[i * n + i], 0.0);
            for (int j = 0; j < n; j++) {
                assertEquals(sym[i * n + j], sym[j * n + i], 0.0);
                assertEquals(full[i * n + j], sym[i * n + j], 1e-15);
                m[i][j] = sym[i * n + j];
            }
        }
        assertTrue(SymmetricEigen.eigenvalues(m)[0] >= -1e-10);
    }

    @Test
    void gammaConventionRbfOnExpectationsNeedsHalfGamma() {
        double gamma = 1.3;
        ProjectedKernel k = new ProjectedKernel(MAP, gamma);
        assertEquals(gamma / 2, k.rbfGamma(), 0.0);
        double[][] xs = rows(4, 5), ys = rows(3, 6);
        ProjectedFeatures f = new ProjectedFeatures(MAP);
        double[] projected = new double[12], half = new double[12], full = new double[12];
        k.block(xs, ys, projected);
        new RbfKernel(gamma / 2).block(f.features(xs), f.features(ys), half);
        new RbfKernel(gamma).block(f.features(xs), f.features(ys), full);
        double maxGap = 0;
        for (int t = 0; t < 12; t++) {
            assertEquals(half[t], projected[t], 1e-14);
            maxGap = Math.max(maxGap, Math.abs(full[t] - projected[t]));
        }
        assertTrue(maxGap > 1e-3, "using gamma itself on the vectors must give a different kernel");
        assertThrows(IllegalArgumentException.class, () -> new ProjectedKernel(MAP, 0));
    }

    /**
     * The one-qubit reduced density matrix of qubit q by partial trace of the dense state:
     * rho[a][b] = sum_rest psi(a, rest) conj(psi(b, rest)). Returns (re, im) of rho00, rho01, rho10, rho11.
     */
    static double[] reduced(double[] psi, int n, int q) {
        double[] rho = new double[8];
        int dim = 1 << n, bit = 1 << q;
        for (int s = 0; s < dim; s++) {
            if ((s & bit) != 0) {
                continue;
            }
            int[] idx = {s, s | bit};
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    double ar = psi[2 * idx[a]], ai = psi[2 * idx[a] + 1];
                    double br = psi[2 * idx[b]], bi = psi[2 * idx[b] + 1];
                    rho[(2 * a + b) * 2] += ar * br + ai * bi;
                    rho[(2 * a + b) * 2 + 1] += ai * br - ar * bi;
                }
            }
        }
        return rho;
    }

    private static double[][] rows(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][N];
        for (double[] r : rows) {
            for (int q = 0; q < N; q++) {
                r[q] = rnd.nextDouble(0, 2 * Math.PI);
            }
        }
        return rows;
    }
}
