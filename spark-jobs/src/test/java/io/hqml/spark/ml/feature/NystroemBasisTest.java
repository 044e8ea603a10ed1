package io.hqml.spark.ml.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The pseudo-inverse square root on matrices small enough to check by hand. */
class NystroemBasisTest {

    @Test
    void diagonalMatrixGivesReciprocalSquareRoots() {
        NystroemBasis b = NystroemBasis.of(new double[][] {{4, 0}, {0, 0.25}}, 1e-12);
        assertEquals(2, b.rank());
        assertArrayEquals(new double[] {0.25, 4}, b.eigenvalues(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0}, b.projection()[0], 1e-15);
        assertArrayEquals(new double[] {0, 2}, b.projection()[1], 1e-15);
    }

    /**
     * Two identical landmarks: W = [[1, 1], [1, 1]] has eigenvalues 0 and 2, eigenvector (1, 1)/sqrt 2 for 2,
     * so P = (1/sqrt 2) v v^T = [[1, 1], [1, 1]] / (2 sqrt 2). A landmark's kernel row (1, 1) maps to
     * (1, 1)/sqrt 2, whose square norm is 1 = k(l, l): the zero eigenvalue is dropped, not inverted.
     */
    @Test
    void duplicateLandmarksDropTheZeroEigenvalue() {
        NystroemBasis b = NystroemBasis.of(new double[][] {{1, 1}, {1, 1}}, 1e-12);
        assertEquals(1, b.rank());
        double p = 1 / (2 * Math.sqrt(2));
        assertArrayEquals(new double[] {p, p}, b.projection()[0], 1e-15);
        assertArrayEquals(new double[] {p, p}, b.projection()[1], 1e-15);
        double[][] phi = NystroemBasis.project(new double[] {1, 1}, 1, b.projection());
        assertArrayEquals(new double[] {1 / Math.sqrt(2), 1 / Math.sqrt(2)}, phi[0], 1e-15);
    }

    @Test
    void cutoffIsRelativeToTheLargestEigenvalue() {
        double[][] w = {{1, 0, 0}, {0, 1e-6, 0}, {0, 0, 1e-13}};
        assertEquals(2, NystroemBasis.of(w, 1e-12).rank());
        assertEquals(1, NystroemBasis.of(w, 1e-5).rank());
        assertEquals(3, NystroemBasis.of(w, 0).rank());
    }

    @Test
    void projectMultipliesEachRow() {
        double[][] p = {{1, 2}, {3, 4}};
        double[][] out = NystroemBasis.project(new double[] {1, 0, 0.5, 2}, 2, p);
        assertArrayEquals(new double[] {1, 2}, out[0], 0.0);
        assertArrayEquals(new double[] {6.5, 9}, out[1], 0.0);
    }

    @Test
    void aMatrixWithoutPositiveEigenvaluesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NystroemBasis.of(new double[][] {{0, 0}, {0, 0}}, 1e-12));
    }
}
