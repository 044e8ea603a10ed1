package io.hqml.quantum.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoonsCirclesTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10, 101})
    void moonsSplitCountsAndLieOnTheirCurvesWithoutNoise(int n) {
        LabeledPoints d = Moons.generate(n, 0.0, 1);
        int nOut = n / 2;
        assertCommon(d, n, nOut);
        for (int r = 0; r < n; r++) {
            double x = d.features()[r][0];
            double y = d.features()[r][1];
            if (r < nOut) {
                assertEquals(1.0, Math.hypot(x, y), 1e-12);
                assertTrue(y >= -1e-12, "outer moon is the upper half");
            } else {
                assertEquals(1.0, Math.hypot(x - 1, y - 0.5), 1e-12);
                assertTrue(y <= 0.5 + 1e-12, "inner moon is the lower half");
            }
        }
        // linspace(0, pi, k) includes both ends (a single point sits at t = 0): outer moon runs (1, 0) to (-1, 0),
        // inner moon (0, 0.5) to (2, 0.5).
        assertArrayEquals(new double[] {1, 0}, d.features()[0], 1e-12);
        assertArrayEquals(new double[] {0, 0.5}, d.features()[nOut], 1e-12);
        if (n - nOut >= 2) {
            assertArrayEquals(new double[] {2, 0.5}, d.features()[n - 1], 1e-12);
        }
        if (nOut >= 2) {
            assertArrayEquals(new double[] {-1, 0}, d.features()[nOut - 1], 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10, 101})
    void circlesSplitCountsAndLieOnTheirCirclesWithoutNoise(int n) {
        double factor = 0.4;
        LabeledPoints d = Circles.generate(n, 0.0, factor, 1);
        int nOut = n / 2;
        int nIn = n - nOut;
        assertCommon(d, n, nOut);
        for (int r = 0; r < n; r++) {
            double[] p = d.features()[r];
            boolean outer = r < nOut;
            assertEquals(outer ? 1.0 : factor, Math.hypot(p[0], p[1]), 1e-12);
            // endpoint=False: angle of point k is 2 pi k / size, so it never wraps back to angle 2 pi.
            int k = outer ? r : r - nOut;
            double angle = Math.atan2(p[1], p[0]);
            double expected = 2 * Math.PI * k / (outer ? nOut : nIn);
            assertEquals(0.0, Math.IEEEremainder(angle - expected, 2 * Math.PI), 1e-12);
        }
    }

    @Test
    void deterministicGivenSeedAndDifferentAcrossSeeds() {
        assertTrue(Arrays.deepEquals(Moons.generate(50, 0.1, 7).features(), Moons.generate(50, 0.1, 7).features()));
        assertFalse(Arrays.deepEquals(Moons.generate(50, 0.1, 7).features(), Moons.generate(50, 0.1, 8).features()));
        assertTrue(Arrays.deepEquals(Circles.generate(50, 0.1, 0.5, 7).features(),
                Circles.generate(50, 0.1, 0.5, 7).features()));
        assertFalse(Arrays.deepEquals(Circles.generate(50, 0.1, 0.5, 7).features(),
                Circles.generate(50, 0.1, 0.5, 8).features()));
        // Without noise the seed is irrelevant.
        assertTrue(Arrays.deepEquals(Moons.generate(9, 0, 1).features(), Moons.generate(9, 0, 2).features()));
    }

    @Test
    void noiseIsGaussianWithTheRequestedStandardDeviation() {
        int n = 4000;
        double noise = 0.2;
        double[][] clean = Moons.generate(n, 0, 3).features();
        double[][] noisy = Moons.generate(n, noise, 3).features();
        double[][] cleanC = Circles.generate(n, 0, 0.5, 3).features();
        double[][] noisyC = Circles.generate(n, noise, 0.5, 3).features();
        for (double[][][] pair : new double[][][][] {{clean, noisy}, {cleanC, noisyC}}) {
            double sum = 0;
            double sumSq = 0;
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < 2; j++) {
                    double e = pair[1][r][j] - pair[0][r][j];
                    sum += e;
                    sumSq += e * e;
                }
            }
            double mean = sum / (2 * n);
            double std = Math.sqrt(sumSq / (2 * n) - mean * mean);
            // Standard errors for 8000 draws: mean 0.2/sqrt(8000) ~ 0.0022, std ~ 0.0016; allow ~5 of them.
            assertEquals(0.0, mean, 0.011);
            assertEquals(noise, std, 0.008);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> Circles.generate(1, 0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Circles.generate(10, -1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Circles.generate(10, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Circles.generate(10, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Circles.generate(10, 0, Double.NaN, 0));
    }

    /** Sizes, labels (outer class 0 first, as sklearn), no test split, feature names. */
    private static void assertCommon(LabeledPoints d, int n, int nOut) {
        assertEquals(n, d.size());
        assertArrayEquals(new String[] {"x0", "x1"}, d.featureNames());
        for (int r = 0; r < n; r++) {
            assertEquals(r < nOut ? 0 : 1, d.labels()[r]);
            assertFalse(d.test()[r]);
        }
        assertEquals(2, d.numClasses());
    }
}
