package io.hqml.spark.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.collection.Iterator;

/**
 * Progress of one kernel computation, whichever Spark job runs it (a collect, a Delta write): every task adds
 * the tiles it computed to a named accumulator, and this listener, registered for the computation's lifetime,
 * reads each successful task's update from the task-end event (Spark posts it after applying the update).
 * Updates are kept per partition of the tile RDD (whichever job and stage computed it), so a retried or
 * speculative task, or a second pass over the same tiles, never counts a tile twice. Reports go through a {@link ProgressMeter} (throttled, with an ETA) to a sink,
 * by default the log.
 */
final class TileProgress extends SparkListener {
    private final SparkContext sc;
    private final LongAccumulator tiles;
    private final ProgressMeter meter;
    private final Consumer<ProgressMeter.Report> sink;
    private final Map<Long, Long> perPartition = new HashMap<>();

    TileProgress(SparkContext sc, String label, long total, LongSupplier nanoTime, long intervalNanos,
                 Consumer<ProgressMeter.Report> sink) {
        this.sc = sc;
        this.tiles = sc.longAccumulator("hqml kernel tiles");
        this.meter = new ProgressMeter(label, total, nanoTime, intervalNanos);
        this.sink = sink;
        sc.addSparkListener(this);
    }

    /** Tiles of the computation. */
    long total() {
        return meter.total();
    }

    /** The accumulator the tasks add their tile counts to. */
    LongAccumulator accumulator() {
        return tiles;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (!org.apache.spark.Success$.MODULE$.equals(end.reason())) {
            return;
        }
        Iterator<AccumulableInfo> infos = end.taskInfo().accumulables().iterator();
        while (infos.hasNext()) {
            AccumulableInfo info = infos.next();
            if (info.id() == tiles.id() && info.update().isDefined()) {
                perPartition.put((long) end.taskInfo().partitionId(), ((Number) info.update().get()).longValue());
                long done = perPartition.values().stream().mapToLong(Long::longValue).sum();
                meter.update(done).ifPresent(sink);
                notifyAll();
            }
        }
    }

    /**
     * Tiles done and ETA as of now (see {@link ProgressMeter#status}); {@code seen} is what the caller knows is done
     * (task-end events reach this listener a little after the job returns).
     */
    synchronized String status(long seen) {
        return meter.status(seen);
    }

    /**
     * Stops listening. Task-end events reach listeners asynchronously, shortly after the job that ran them
     * returns; when some tiles were seen, waits up to {@code maxWaitMillis} for the rest so the final report
     * (done = total) is not lost.
     */
    void close(long maxWaitMillis) {
        long deadline = System.nanoTime() + maxWaitMillis * 1_000_000L;
        try {
            synchronized (this) {
                long left;
                while (meter.done() != 0 && meter.done() != meter.total()
                        && (left = deadline - System.nanoTime()) > 0) {
                    wait(Math.max(1, left / 1_000_000L)); // woken by onTaskEnd
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sc.removeSparkListener(this);
        }
    }
}
