package io.hqml.spark.ml.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded landmark choice: distinct uniform indices and the spreading of k-means++ seeding. */
class LandmarkSelectionTest {

    @Test
    void sampledIndicesAreDistinctSortedInRangeAndSeeded() {
        long[] a = LandmarkSelection.sampleIndices(1000, 50, new SplittableRandom(4));
        assertEquals(50, a.length);
        assertEquals(50, Arrays.stream(a).distinct().count());
        for (int i = 0; i < a.length; i++) {
            assertTrue(a[i] >= 0 && a[i] < 1000);
            assertTrue(i == 0 || a[i - 1] < a[i], "ascending");
        }
        assertArrayEquals(a, LandmarkSelection.sampleIndices(1000, 50, new SplittableRandom(4)));
        assertArrayEquals(new long[] {0, 1, 2}, LandmarkSelection.sampleIndices(3, 3, new SplittableRandom(4)));
    }

    /**
     * Uniform sampling puts each index in with probability k/n: over 2000 draws of 5 of 10, each index is
     * chosen 1000 times in expectation (sd about 22); a bound of 1000 +- 150 fails a biased sampler, not this one.
     */
    @Test
    void everyIndexIsEquallyLikely() {
        int[] counts = new int[10];
        SplittableRandom rnd = new SplittableRandom(12);
        for (int t = 0; t < 2000; t++) {
            for (long i : LandmarkSelection.sampleIndices(10, 5, rnd)) {
                counts[(int) i]++;
            }
        }
        for (int c : counts) {
            assertTrue(Math.abs(c - 1000) < 150, Arrays.toString(counts));
        }
    }

    /**
     * Three tight clusters 100 apart: after the first landmark, D^2 weights make a point of another cluster
     * about 10^4 / 10^-4 = 10^8 times likelier than one of the same cluster, so three landmarks cover all three.
     */
    @Test
    void kMeansPlusPlusCoversSeparatedClusters() {
        SplittableRandom noise = new SplittableRandom(2);
        double[][] rows = new double[60][];
        for (int i = 0; i < rows.length; i++) {
            double centre = 100.0 * (i % 3);
            rows[i] = new double[] {centre + noise.nextDouble(0, 0.01), noise.nextDouble(0, 0.01)};
        }
        for (long seed = 0; seed < 20; seed++) {
            double[][] chosen = LandmarkSelection.kMeansPlusPlus(rows, 3, new SplittableRandom(seed));
            long clusters = Arrays.stream(chosen).mapToLong(r -> Math.round(r[0] / 100)).distinct().count();
            assertEquals(3, clusters, "seed " + seed);
        }
    }

    @Test
    void onlyDuplicatesLeftFallsBackToDistinctRows() {
        double[][] rows = {{1, 1}, {1, 1}, {1, 1}, {1, 1}};
        double[][] chosen = LandmarkSelection.kMeansPlusPlus(rows, 4, new SplittableRandom(1));
        assertEquals(4, chosen.length);
        assertEquals(4, Arrays.stream(chosen).map(System::identityHashCode).distinct().count(), "each row once");
    }
}
