package io.hqml.quantum.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
    @Test
    void knownSpectrum() {
        // [[2,1],[1,2]] has eigenvalues 1 and 3; the 3x3 tridiagonal (2,-1) has 2 - sqrt2, 2, 2 + sqrt2.
        assertArrayEquals(new double[] {1, 3}, SymmetricEigen.eigenvalues(new double[][] {{2, 1}, {1, 2}}), 1e-14);
        double[][] t = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        assertArrayEquals(new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)}, SymmetricEigen.eigenvalues(t), 1e-13);
    }

    @Test
    void traceAndFrobeniusNormArePreserved() {
        SplittableRandom rnd = new SplittableRandom(2);
        int n = 30;
        double[][] a = new double[n][n];
        double trace = 0, frob = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = a[j][i] = rnd.nextDouble(-1, 1);
            }
        }
        for (int i = 0; i < n; i++) {
            trace += a[i][i];
            for (int j = 0; j < n; j++) {
                frob += a[i][j] * a[i][j];
            }
        }
        double[] eig = SymmetricEigen.eigenvalues(a);
        double sum = 0, sq = 0;
        for (double e : eig) {
            sum += e;
            sq += e * e;
        }
        assertEquals(trace, sum, 1e-11);
        assertEquals(frob, sq, 1e-10);
    }
}
