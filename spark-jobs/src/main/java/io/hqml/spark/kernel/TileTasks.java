package io.hqml.spark.kernel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How a kernel's tiles are grouped into Spark tasks. One tile per task made Spark's fixed cost per task (about
 * 1-3 ms to schedule, ship and report it, plus a fresh engine for the deserialized kernel) as large as a native
 * tile's compute (a 256 x 256 tile at 8 qubits takes about 4 ms), and that cost is paid partly on the driver,
 * which shares the cores in local mode. So tasks take contiguous runs of tiles:
 * <ul>
 *   <li>at least {@code tasksPerCore} tasks per core, so the tail of a stage stays short and a slow core is
 *       balanced by the others;</li>
 *   <li>at most {@code maxTilesPerTask} tiles per task, which bounds a task's result (16 tiles of 256 x 256 are
 *       8 MiB) and the work lost when a task is retried;</li>
 *   <li>a multiple of the core count, so every wave of tasks fills every core;</li>
 *   <li>equal in cost: a diagonal tile of a symmetric kernel computes half its entries and one tile's states,
 *       so it weighs one half.</li>
 * </ul>
 */
final class TileTasks {
    /** Spark conf key: tasks per core (default 4). */
    static final String TASKS_PER_CORE_KEY = "spark.hqml.kernel.tasksPerCore";
    /** Spark conf key: most tiles one task computes (default 16). */
    static final String MAX_TILES_PER_TASK_KEY = "spark.hqml.kernel.maxTilesPerTask";
    static final int DEFAULT_TASKS_PER_CORE = 4;
    static final int DEFAULT_MAX_TILES_PER_TASK = 16;

    /** The tiles one task computes, as {@code (rowStart, colStart)} pairs, and their position in the tile list. */
    record Group(int first, int[][] pairs) implements Serializable {
    }

    private TileTasks() {
    }

    /** The number of tasks for {@code tiles} tiles on {@code cores} cores (see the class comment). */
    static int count(int tiles, int cores, int tasksPerCore, int maxTilesPerTask) {
        if (tiles <= 0) {
            return 0;
        }
        int c = Math.max(1, cores);
        long tasks = Math.max((long) c * Math.max(1, tasksPerCore), ceilDiv(tiles, Math.max(1, maxTilesPerTask)));
        tasks = ceilDiv(tasks, c) * c;
        return (int) Math.min(tiles, Math.min(tasks, 10_000));
    }

    /**
     * Splits {@code pairs} (in order) into {@code tasks} contiguous groups of about equal cost; with
     * {@code symmetric}, tiles on the diagonal ({@code rowStart == colStart}) weigh one half.
     */
    static List<Group> split(List<int[]> pairs, int tasks, boolean symmetric) {
        double total = 0;
        for (int[] p : pairs) {
            total += weight(p, symmetric);
        }
        List<Group> groups = new ArrayList<>(tasks);
        int start = 0;
        double done = 0;
        for (int g = 0; g < tasks; g++) {
            int end = start;
            double target = total * (g + 1) / tasks;
            int keepForRest = tasks - g - 1; // every later group gets at least one tile
            while (end < pairs.size() - keepForRest
                    && (end == start || done + weight(pairs.get(end), symmetric) / 2 <= target)) {
                done += weight(pairs.get(end), symmetric);
                end++;
            }
            if (g == tasks - 1) {
                end = pairs.size();
            }
            groups.add(new Group(start, pairs.subList(start, end).toArray(new int[0][])));
            start = end;
        }
        return groups;
    }

    private static double weight(int[] pair, boolean symmetric) {
        return symmetric && pair[0] == pair[1] ? 0.5 : 1.0;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
