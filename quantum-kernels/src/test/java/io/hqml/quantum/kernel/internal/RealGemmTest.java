package io.hqml.quantum.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RealGemmTest {

    @Test
    void matchesTripleLoopForSizesAcrossTileAndBlockEdges() {
        SplittableRandom rnd = new SplittableRandom(3);
        int[][] shapes = {{1, 1, 1}, {2, 4, 3}, {3, 5, 7}, {7, 9, 255}, {13, 67, 257}, {5, 130, 600}, {66, 3, 513}};
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            double[] a = random(rnd, m * k), b = random(rnd, n * k);
            double[] c = new double[m * n];
            RealGemm.multiplyTransposed(a, m, b, n, k, c, false);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(dot(a, i, b, j, k), c[i * n + j], 1e-12, m + "x" + n + "x" + k + " at " + i + "," + j);
                }
            }
        }
    }

    @Test
    void upperOnlyComputesEveryEntryOnAndAboveTheDiagonal() {
        SplittableRandom rnd = new SplittableRandom(4);
        for (int n : new int[] {1, 3, 9, 70}) {
            int k = 300;
            double[] a = random(rnd, n * k), b = random(rnd, n * k);
            double[] full = new double[n * n], upper = new double[n * n];
            RealGemm.multiplyTransposed(a, n, b, n, k, full, false);
            RealGemm.multiplyTransposed(a, n, b, n, k, upper, true);
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    // same operations in the same order: bitwise equal
                    assertEquals(full[i * n + j], upper[i * n + j], 0.0);
                }
            }
        }
    }

    @Test
    void entriesAreBitwiseIndependentOfWhereTheyFallInTheTiling() {
        SplittableRandom rnd = new SplittableRandom(5);
        int m = 11, n = 10, k = 700;
        double[] a = random(rnd, m * k), b = random(rnd, n * k);
        double[] c = new double[m * n];
        RealGemm.multiplyTransposed(a, m, b, n, k, c, false);
        // row 5 alone (an edge tile) against columns 3.. (shifted column tiles)
        double[] a5 = java.util.Arrays.copyOfRange(a, 5 * k, 6 * k);
        double[] b3 = java.util.Arrays.copyOfRange(b, 3 * k, n * k);
        double[] c1 = new double[n - 3];
        RealGemm.multiplyTransposed(a5, 1, b3, n - 3, k, c1, false);
        for (int j = 3; j < n; j++) {
            assertEquals(c[5 * n + j], c1[j - 3], 0.0);
        }
    }

    @Test
    void rejectsShortBuffersAndNonSquareUpper() {
        assertThrows(IllegalArgumentException.class,
                () -> RealGemm.multiplyTransposed(new double[5], 2, new double[6], 2, 3, new double[4], false));
        assertThrows(IllegalArgumentException.class,
                () -> RealGemm.multiplyTransposed(new double[6], 2, new double[9], 3, 3, new double[6], true));
    }

    private static double dot(double[] a, int i, double[] b, int j, int k) {
        double s = 0;
        for (int p = 0; p < k; p++) {
            s += a[i * k + p] * b[j * k + p];
        }
        return s;
    }

    private static double[] random(SplittableRandom rnd, int size) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = rnd.nextDouble(-1, 1);
        }
        return x;
    }
}
