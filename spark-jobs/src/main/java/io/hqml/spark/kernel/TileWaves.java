package io.hqml.spark.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs the partitions of a tile RDD as a sequence of Spark jobs, "waves" of one task per core, with two waves
 * in flight: when one finishes the next is already queued behind the running one, so no core waits between
 * them. Spark fixes a job's description when the job is submitted; a wave is submitted when the one two
 * before it is done, so each wave's description carries the progress at that moment (tiles done, ETA) and the
 * Spark UI's job list shows the computation advancing. Tiles reach the consumer wave by wave, on the calling
 * thread, so the driver holds at most two waves of tiles besides what the consumer keeps.
 *
 * <p>Jobs are submitted from two daemon threads created per run: Spark copies the caller's local properties
 * (job group, scheduler pool) into threads created after they were set, and each wave sets its own
 * description there. A failed wave fails the run with its cause once the waves in flight have ended.
 */
final class TileWaves {
    private static final int IN_FLIGHT = 2;

    /** A wave's job description. */
    @FunctionalInterface
    interface Description {
        String of(int firstPartition, long tilesDelivered);
    }

    private TileWaves() {
    }

    /**
     * Computes every partition of {@code tiles}, {@code waveTasks} partitions per job, giving each tile to
     * {@code consumer}; {@code description} names the job of a wave from its first partition and the tiles
     * of the waves finished so far.
     */
    static void run(JavaSparkContext sc, JavaRDD<KernelTile> tiles, int waveTasks, Description description,
                    Consumer<KernelTile> consumer) {
        run(sc, tiles, t -> 1, waveTasks, description, consumer);
    }

    /**
     * As above for any RDD over the tile partitions; {@code tilesIn} counts the tiles an element stands for
     * (1 for a tile, a partition's count for an RDD of counts).
     */
    static <T> void run(JavaSparkContext sc, JavaRDD<T> tiles, ToLongFunction<T> tilesIn, int waveTasks,
                        Description description, Consumer<T> consumer) {
        int partitions = tiles.getNumPartitions(), wave = Math.max(1, waveTasks);
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "hqml-kernel-wave");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<T>[]>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            long delivered = 0;
            while (next < partitions && inFlight.size() < IN_FLIGHT) {
                inFlight.add(submit(pool, sc, tiles, next, Math.min(partitions, next + wave),
                        description.of(next, delivered)));
                next += wave;
            }
            while (!inFlight.isEmpty()) {
                List<T>[] done = await(inFlight);
                for (List<T> partition : done) {
                    for (T t : partition) {
                        delivered += tilesIn.applyAsLong(t);
                    }
                }
                if (next < partitions) { // queued before this wave is consumed, so the cores stay busy
                    inFlight.add(submit(pool, sc, tiles, next, Math.min(partitions, next + wave),
                            description.of(next, delivered)));
                    next += wave;
                }
                for (List<T> partition : done) {
                    partition.forEach(consumer);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Future<List<T>[]> submit(ExecutorService pool, JavaSparkContext sc, JavaRDD<T> tiles,
                                                int from, int to, String text) {
        return pool.submit(() -> {
            int[] ids = new int[to - from];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = from + i;
            }
            sc.setJobDescription(text);
            return tiles.collectPartitions(ids);
        });
    }

    /** The oldest wave's result; on failure, waits for the other waves in flight, then throws the cause. */
    private static <T> List<T>[] await(Deque<Future<List<T>[]>> inFlight) {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing kernel tiles", e);
        } catch (ExecutionException e) {
            for (Future<List<T>[]> f : inFlight) {
                try {
                    f.get();
                } catch (InterruptedException | ExecutionException ignored) {
                    // the first failure is the one reported
                }
            }
            inFlight.clear();
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        // A SparkException (a failed task aborts its job), which Scala throws undeclared; Java callers see it
        // wrapped with its message in front.
        return new IllegalStateException(cause.getMessage(), cause);
    }
}
