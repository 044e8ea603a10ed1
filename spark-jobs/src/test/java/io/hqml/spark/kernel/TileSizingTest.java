package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.RbfKernel;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Tile sizes from state sizes and executor memory. */
class TileSizingTest {

    @Test
    void stateBytesAreSixteenTimesTwoToTheQubits() {
        assertEquals(16L << 10, TileSizing.bytesPerRow(new FidelityKernel(new ZZFeatureMap(10, 2, Entanglement.LINEAR)), 10));
        assertEquals(8L * 5, TileSizing.bytesPerRow(new RbfKernel(1.0), 5));
    }

    @Test
    void theRequestedSizeStaysWhenItFits() {
        // 10 qubits, 128 rows: 3 * 128 * 16 KiB + 24 * 128^2 = 6.7 MB.
        assertEquals(6_684_672L, TileSizing.workingSet(128, 16L << 10));
        assertEquals(128, TileSizing.fit(128, 16L << 10, 6_684_672L));
        assertEquals(127, TileSizing.fit(128, 16L << 10, 6_684_671L), "one byte short");
    }

    @Test
    void largeStatesGetSmallerTilesThatFit() {
        long state = 16L << 20; // 20 qubits
        long budget = 290L << 20; // a 1 GB executor core's user memory
        int t = TileSizing.fit(128, state, budget);
        assertTrue(TileSizing.workingSet(t, state) <= budget, "fits: " + t);
        assertTrue(TileSizing.workingSet(t + 1, state) > budget, "the largest that fits: " + t);
        // 3 * 6 * 16 MiB = 288 MiB of states: 6 rows fit 290 MiB, 7 do not.
        assertEquals(6, t);
        assertEquals(1, TileSizing.fit(128, 1L << 40, 1), "never below one row");
    }

    @Test
    void clusterBudgetIsUserMemoryPerCore() {
        SparkConf conf = new SparkConf(false).set("spark.executor.memory", "4g").set("spark.executor.cores", "4");
        // (4096 - 300) MiB * 0.4 / 4 cores
        assertEquals((long) ((4096L - 300) * (1L << 20) * 0.4 / 4), TileSizing.taskBudget(conf, false, 0));
        SparkConf defaults = new SparkConf(false);
        assertEquals((long) ((1024L - 300) * (1L << 20) * 0.4), TileSizing.taskBudget(defaults, false, 0));
    }
}
