package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelAlignmentTest {

    @Test
    void idealKernelHasAlignmentOne() {
        double[] y = {1, -1, -1, 1, 1};
        double[][] k = KernelAlignment.target(y);
        assertEquals(1.0, KernelAlignment.targetAlignment(k, y), 1e-15);
        assertEquals(1.0, KernelAlignment.centeredTargetAlignment(k, y), 1e-15);
        // scale invariance
        double[][] scaled = scale(k, 3.5);
        assertEquals(1.0, KernelAlignment.targetAlignment(scaled, y), 1e-15);
    }

    @Test
    void identityKernelWithBalancedLabels() {
        // y^T I y = N, ||I||_F = sqrt(N), ||y y^T||_F = N: KTA = 1/sqrt(N).
        // Centred: H I H = H with ||H||_F^2 = N - 1; balanced labels give H y = y, <H, y y^T> = N:
        // centred KTA = N / (sqrt(N - 1) N) = 1/sqrt(N - 1).
        double[] y = {1, 1, 1, -1, -1, -1};
        double[][] id = identity(6);
        assertEquals(1 / Math.sqrt(6), KernelAlignment.targetAlignment(id, y), 1e-15);
        assertEquals(1 / Math.sqrt(5), KernelAlignment.centeredTargetAlignment(id, y), 1e-15);
    }

    @Test
    void identityKernelWithUnbalancedLabels() {
        // y = (1, 1, -1): KTA = 3 / (sqrt3 * 3) = 1/sqrt3. H y = (2/3, 2/3, -4/3), ||H y||^2 = 8/3;
        // <H, (Hy)(Hy)^T> = ||Hy||^2 and ||H||_F = sqrt2, so centred KTA = (8/3) / (sqrt2 * 8/3) = 1/sqrt2.
        double[] y = {1, 1, -1};
        assertEquals(1 / Math.sqrt(3), KernelAlignment.targetAlignment(identity(3), y), 1e-15);
        assertEquals(1 / Math.sqrt(2), KernelAlignment.centeredTargetAlignment(identity(3), y), 1e-15);
    }

    @Test
    void constantKernelFavouredByUncentredButNotCentredAlignment() {
        // all-ones K: uncentred KTA = (sum y)^2 / N^2 = (2/4)^2 = 1/4 for y = (1, 1, 1, -1); centred K = 0 -> NaN.
        double[] y = {1, 1, 1, -1};
        double[][] ones = {{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}};
        assertEquals(0.25, KernelAlignment.targetAlignment(ones, y), 1e-15);
        assertTrue(Double.isNaN(KernelAlignment.centeredTargetAlignment(ones, y)));
    }

    @Test
    void multiclassSimplexTarget() {
        // labels (0, 1, 2), K = I: T has 1 on the diagonal and -1/2 elsewhere, ||T||_F^2 = 3 + 6/4 = 9/2;
        // <I, T> = 3, ||I||_F = sqrt3: KTA = 3 / sqrt(27/2) = sqrt(2/3).
        int[] labels = {0, 1, 2};
        double[][] t = KernelAlignment.target(labels);
        assertEquals(-0.5, t[0][2], 0.0);
        assertEquals(Math.sqrt(2.0 / 3), KernelAlignment.targetAlignment(identity(3), labels), 1e-15);
        assertEquals(1.0, KernelAlignment.targetAlignment(t, labels), 1e-15);
        // T's rows sum to zero (balanced classes), so H T H = T; H I H = H and <H, T> = <I, T> = 3,
        // ||H||_F = sqrt2: centred KTA = 3 / (sqrt2 * sqrt(9/2)) = 1 (one sample per class: H = (2/3) T).
        assertEquals(1.0, KernelAlignment.centeredTargetAlignment(identity(3), labels), 1e-15);
    }

    @Test
    void twoClassIntegerLabelsAgreeWithSignedLabels() {
        double[][] k = {{1, 0.3, 0.1, 0.5}, {0.3, 1, 0.7, 0.2}, {0.1, 0.7, 1, 0.4}, {0.5, 0.2, 0.4, 1}};
        double[] y = {1, -1, -1, 1};
        int[] labels = {7, 3, 3, 7};
        assertEquals(KernelAlignment.targetAlignment(k, y), KernelAlignment.targetAlignment(k, labels), 1e-15);
        assertEquals(KernelAlignment.centeredTargetAlignment(k, y),
                KernelAlignment.centeredTargetAlignment(k, labels), 1e-15);
        // y^T K y by hand: diagonal 4, cross terms 2 * (-0.3 - 0.1 + 0.5 + 0.7 - 0.2 - 0.4) = 0.4
        double frob = 0;
        for (double[] row : k) {
            for (double v : row) {
                frob += v * v;
            }
        }
        assertEquals(4.4 / (4 * Math.sqrt(frob)), KernelAlignment.targetAlignment(k, y), 1e-15);
    }

    @Test
    void centeringHasZeroRowAndColumnSums() {
        double[][] k = {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}};
        double[][] c = KernelAlignment.center(k);
        for (int i = 0; i < 3; i++) {
            double row = 0, col = 0;
            for (int j = 0; j < 3; j++) {
                row += c[i][j];
                col += c[j][i];
            }
            assertEquals(0, row, 1e-15);
            assertEquals(0, col, 1e-15);
        }
        assertThrows(IllegalArgumentException.class, () -> KernelAlignment.targetAlignment(identity(2), new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> KernelAlignment.targetAlignment(identity(2), new double[] {1, -1, 1}));
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] scale(double[][] k, double s) {
        double[][] m = new double[k.length][k.length];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                m[i][j] = s * k[i][j];
            }
        }
        return m;
    }
}
