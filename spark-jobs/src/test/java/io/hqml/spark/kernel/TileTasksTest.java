package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grouping tiles into tasks: whole waves, bounded tasks, every tile once and in order, balanced cost. */
class TileTasksTest {

    @Test
    void taskCountFillsWholeWavesAndBoundsTilesPerTask() {
        assertEquals(8, TileTasks.count(136, 2, 4, 16 + 4), "4 tasks per core on 2 cores");
        assertEquals(10, TileTasks.count(136, 2, 4, 16), "ceil(136 / 16) = 9 tasks, rounded up to whole waves of 2");
        assertEquals(9, TileTasks.count(136, 1, 4, 16), "one core: 9 tasks of at most 16 tiles");
        assertEquals(6, TileTasks.count(6, 2, 4, 16), "never more tasks than tiles");
        assertEquals(400, TileTasks.count(10_000, 100, 4, 16 * 100), "a large cluster: 4 tasks per core");
        assertEquals(0, TileTasks.count(0, 2, 4, 16));
        assertEquals(10_000, TileTasks.count(1_000_000, 2, 4, 1), "capped at 10,000 tasks");
    }

    @ParameterizedTest
    @CsvSource({"4000, 256, 10", "4000, 256, 8", "33, 7, 4", "20, 4, 15", "1000, 10, 7", "5, 5, 1"})
    void groupsCoverEveryTileOnceInOrderWithBalancedCost(int n, int size, int tasks) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i += size) {
            for (int j = i; j < n; j += size) {
                pairs.add(new int[] {i, j});
            }
        }
        List<TileTasks.Group> groups = TileTasks.split(pairs, tasks, true);
        assertEquals(tasks, groups.size());
        int next = 0;
        double total = 0;
        double[] cost = new double[tasks];
        for (int g = 0; g < tasks; g++) {
            TileTasks.Group group = groups.get(g);
            assertEquals(next, group.first(), "contiguous");
            assertTrue(group.pairs().length > 0, "no empty task");
            for (int[] p : group.pairs()) {
                assertArrayEquals(pairs.get(next++), p);
                cost[g] += p[0] == p[1] ? 0.5 : 1.0;
            }
            total += cost[g];
        }
        assertEquals(pairs.size(), next, "every tile");
        double mean = total / tasks;
        for (double c : cost) {
            // A contiguous split can miss the mean by at most one tile (weight <= 1) on either side.
            assertTrue(Math.abs(c - mean) <= 1.0 + 1e-9 || pairs.size() < 2 * tasks, c + " vs mean " + mean);
        }
    }
}
