package io.hqml.quantum.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinomialTest {

    @Test
    void loaderMassMatchesDirectProduct() {
        // C(40, 17) 0.3^17 0.7^23 by exact recurrence over the small factors
        for (int[] c : new int[][] {{40, 17}, {100, 50}, {1000, 301}, {7, 3}}) {
            int n = c[0], x = c[1];
            double p = 0.3, log = 0;
            for (int i = 1; i <= x; i++) {
                log += Math.log((double) (n - x + i) / i);
            }
            log += x * Math.log(p) + (n - x) * Math.log(1 - p);
            assertEquals(1.0, Binomial.mass(x, n, p) / Math.exp(log), 1e-11, n + "," + x);
        }
    }

    @Test
    void stirlingErrorIsContinuousAcrossTheTableAndSeries() {
        // ln(16!) computed directly against the series branch
        double ln16 = 0;
        for (int i = 2; i <= 16; i++) {
            ln16 += Math.log(i);
        }
        double direct = ln16 - 16.5 * Math.log(16) + 16 - 0.5 * Math.log(2 * Math.PI);
        assertEquals(direct, Binomial.stirlingError(16), 1e-14);
    }

    @Test
    void histogramsMatchTheExactDistributionOnBothPaths() {
        // n r < 30 uses inversion from zero, n r >= 30 the search from the mode; p > 1/2 the mirror.
        double[][] cases = {{20, 0.3}, {200, 0.05}, {200, 0.4}, {5000, 0.5}, {300, 0.9}};
        for (double[] c : cases) {
            int n = (int) c[0];
            double p = c[1];
            int draws = 200_000;
            SplittableRandom rnd = new SplittableRandom(17);
            double sum = 0, sumSq = 0;
            long[] counts = new long[n + 1];
            for (int d = 0; d < draws; d++) {
                int x = Binomial.sample(n, p, rnd);
                assertTrue(x >= 0 && x <= n);
                counts[x]++;
                sum += x;
                sumSq += (double) x * x;
            }
            double mean = sum / draws, var = sumSq / draws - mean * mean;
            double sigma2 = n * p * (1 - p);
            assertEquals(n * p, mean, 4 * Math.sqrt(sigma2 / draws), "mean n=" + n + " p=" + p);
            assertEquals(sigma2, var, 0.02 * sigma2, "variance n=" + n + " p=" + p);
            // chi-square over cells with expected count >= 50, pooled: a loose 5-sigma bound
            double chi = 0;
            int cells = 0;
            for (int x = 0; x <= n; x++) {
                double expected = draws * pmf(n, p, x);
                if (expected >= 50) {
                    chi += (counts[x] - expected) * (counts[x] - expected) / expected;
                    cells++;
                }
            }
            assertTrue(chi < cells + 5 * Math.sqrt(2.0 * cells), "chi2 " + chi + " on " + cells + " cells, n=" + n);
        }
    }

    @Test
    void degenerateProbabilitiesAndReproducibility() {
        SplittableRandom rnd = new SplittableRandom(1);
        assertEquals(0, Binomial.sample(100, 0.0, rnd));
        assertEquals(0, Binomial.sample(100, -1e-17, rnd));
        assertEquals(100, Binomial.sample(100, 1.0, rnd));
        assertEquals(100, Binomial.sample(100, 1.0 + 2e-16, rnd));
        assertEquals(Binomial.sample(4096, 0.37, new SplittableRandom(9)), Binomial.sample(4096, 0.37, new SplittableRandom(9)));
    }

    private static double pmf(int n, double p, int x) {
        double log = 0;
        for (int i = 1; i <= x; i++) {
            log += Math.log((double) (n - x + i) / i);
        }
        return Math.exp(log + x * Math.log(p) + (n - x) * Math.log1p(-p));
    }
}
