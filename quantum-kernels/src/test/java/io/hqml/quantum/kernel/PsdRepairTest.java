package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.linalg.SymmetricEigen;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PsdRepairTest {

    @Test
    void twoByTwoByHand() {
        // [[1, 2], [2, 1]]: eigenvalues 3 on (1, 1)/sqrt2 and -1 on (1, -1)/sqrt2. Clipping keeps
        // 3 (1, 1)(1, 1)^T / 2 = [[1.5, 1.5], [1.5, 1.5]], at Frobenius distance |-1| = 1.
        double[][] k = {{1, 2}, {2, 1}};
        double[][] r = PsdRepair.clip(k);
        for (double[] row : r) {
            assertEquals(1.5, row[0], 1e-14);
            assertEquals(1.5, row[1], 1e-14);
        }
        assertEquals(1.0, frobenius(k, r), 1e-14);
        assertEquals(1.0, PsdRepair.distanceToPsd(k), 1e-14);
        // Nothing PSD is closer: random PSD matrices B B^T, and perturbations of the answer that stay PSD.
        SplittableRandom rnd = new SplittableRandom(8);
        for (int t = 0; t < 20_000; t++) {
            double a = rnd.nextDouble(-3, 3), b = rnd.nextDouble(-3, 3), c = rnd.nextDouble(-3, 3), d = rnd.nextDouble(-3, 3);
            double[][] p = {{a * a + b * b, a * c + b * d}, {a * c + b * d, c * c + d * d}};
            assertTrue(frobenius(k, p) >= 1.0 - 1e-12);
            double e = rnd.nextDouble(-0.1, 0.1), f = rnd.nextDouble(-0.1, 0.1), g = rnd.nextDouble(-0.1, 0.1);
            double[][] q = {{1.5 + e, 1.5 + g}, {1.5 + g, 1.5 + f}};
            if (q[0][0] >= 0 && q[0][0] * q[1][1] - q[0][1] * q[0][1] >= 0) {
                assertTrue(frobenius(k, q) >= 1.0 - 1e-12);
            }
        }
    }

    @Test
    void noisyKernelBecomesPsdAndMovesNoFurtherThanTheNegativeSpectrum() {
        // A shot-noise training matrix: indefinite for few shots.
        int n = 40;
        double[][] rows = new double[n][3];
        SplittableRandom rnd = new SplittableRandom(12);
        for (double[] r : rows) {
            for (int q = 0; q < 3; q++) {
                r[q] = rnd.nextDouble(0, 2 * Math.PI);
            }
        }
        double[] flat = new double[n * n];
        new ShotFidelityKernel(new ZZFeatureMap(3, 2, Entanglement.FULL), 20, 4).symmetricBlock(rows, flat);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, k[i], 0, n);
        }
        double[] before = SymmetricEigen.eigenvalues(k);
        assertTrue(before[0] < -0.05, "the noisy matrix should be indefinite, min eigenvalue " + before[0]);
        double[][] r = PsdRepair.clip(k);
        assertTrue(SymmetricEigen.eigenvalues(r)[0] >= -1e-10);
        double negative = 0;
        for (double lambda : before) {
            negative += lambda < 0 ? lambda * lambda : 0;
        }
        assertEquals(Math.sqrt(negative), frobenius(k, r), 1e-10);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(r[i][j], r[j][i], 0.0);
            }
        }
    }

    @Test
    void psdInputIsUnchanged() {
        int n = 25;
        double[][] rows = new double[n][3];
        SplittableRandom rnd = new SplittableRandom(13);
        for (double[] r : rows) {
            for (int q = 0; q < 3; q++) {
                r[q] = rnd.nextDouble(0, 2);
            }
        }
        double[] flat = new double[n * n];
        new RbfKernel(0.5).symmetricBlock(rows, flat);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, k[i], 0, n);
        }
        double[][] r = PsdRepair.clip(k);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(k[i][j], r[i][j], 1e-10);
            }
        }
    }

    @Test
    void nonSymmetricInputUsesItsSymmetricPartAndBadInputIsRejected() {
        double[][] k = {{1, 3}, {1, 1}}; // symmetric part [[1, 2], [2, 1]]
        double[][] r = PsdRepair.clip(k);
        assertEquals(1.5, r[0][1], 1e-14);
        assertThrows(IllegalArgumentException.class, () -> PsdRepair.clip(new double[][] {{1, 0}, {0}}));
        assertThrows(IllegalArgumentException.class, () -> PsdRepair.clip(new double[][] {{1, Double.NaN}, {0, 1}}));
    }

    private static double frobenius(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                s += (a[i][j] - b[i][j]) * (a[i][j] - b[i][j]);
            }
        }
        return Math.sqrt(s);
    }
}
