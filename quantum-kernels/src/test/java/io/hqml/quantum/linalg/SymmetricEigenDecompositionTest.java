package io.hqml.quantum.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenDecompositionTest {

    @Test
    void twoByTwoByHand() {
        // [[2, 1], [1, 2]]: 1 on (1, -1)/sqrt2, 3 on (1, 1)/sqrt2; signs fixed so the largest entry (first) is > 0.
        SymmetricEigen.Decomposition d = SymmetricEigen.decompose(new double[][] {{2, 1}, {1, 2}});
        assertArrayEquals(new double[] {1, 3}, d.values(), 1e-14);
        double h = Math.sqrt(0.5);
        assertEquals(h, d.vectors()[0][0], 1e-14);
        assertEquals(-h, d.vectors()[1][0], 1e-14);
        assertEquals(h, d.vectors()[0][1], 1e-14);
        assertEquals(h, d.vectors()[1][1], 1e-14);
    }

    @Test
    void reconstructsOrthonormalAndAgreesWithEigenvalues() {
        SplittableRandom rnd = new SplittableRandom(21);
        for (int n : new int[] {1, 3, 17, 60}) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = a[j][i] = rnd.nextDouble(-1, 1) * 100;
                }
            }
            SymmetricEigen.Decomposition d = SymmetricEigen.decompose(a);
            assertArrayEquals(SymmetricEigen.eigenvalues(a), d.values(), 1e-10 * n);
            double[][] back = d.reconstruct(x -> x);
            for (int i = 0; i < n; i++) {
                assertArrayEquals(a[i], back[i], 1e-11 * 100 * n);
                for (int j = 0; j < n; j++) {
                    double dot = 0;
                    for (int r = 0; r < n; r++) {
                        dot += d.vectors()[r][i] * d.vectors()[r][j];
                    }
                    assertEquals(i == j ? 1 : 0, dot, 1e-12);
                }
            }
            for (int k = 1; k < n; k++) {
                assertTrue(d.values()[k - 1] <= d.values()[k]);
            }
        }
    }

    @Test
    void repeatedEigenvaluesStillGiveAnOrthonormalBasis() {
        double[][] a = {{2, 0, 0}, {0, 2, 0}, {0, 0, 5}};
        SymmetricEigen.Decomposition d = SymmetricEigen.decompose(a);
        assertArrayEquals(new double[] {2, 2, 5}, d.values(), 1e-15);
        double[][] back = d.reconstruct(x -> x);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(a[i], back[i], 1e-15);
        }
    }
}
