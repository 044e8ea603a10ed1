package io.hqml.spark.kernel;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Tiles done out of a total, with a throttled report: the first time {@code interval} has passed since the
 * last report (or since the start), and always once when the last tile is done. The estimate of the time
 * left assumes the remaining tiles take as long on average as the finished ones:
 * {@code eta = elapsed / done * (total - done)}. Time comes from an injected clock, so tests need no sleeping.
 * Not thread-safe: {@link TileProgress} calls it holding its own lock.
 */
final class ProgressMeter {
    private final String label;
    private final long total;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final long start;
    private long lastReport;
    private long done;
    private long reportedDone;
    private boolean finalReported;

    /** One report; {@link #line()} is what the log shows. */
    record Report(String label, long done, long total, double elapsedSeconds, double etaSeconds) {
        String line() {
            return String.format(Locale.ROOT, "%s: %d/%d tiles (%.0f%%), %.1f s elapsed, ETA %.1f s", label, done, total,
                    100.0 * done / total, elapsedSeconds, etaSeconds);
        }
    }

    ProgressMeter(String label, long total, LongSupplier nanoTime, long intervalNanos) {
        this.label = label;
        this.total = total;
        this.nanoTime = nanoTime;
        this.intervalNanos = intervalNanos;
        this.start = nanoTime.getAsLong();
        this.lastReport = start;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }

    /**
     * Where the computation stands now, for a Spark job description: tiles done with the percentage and the
     * ETA, or that none is done yet; at least {@code seen} tiles are known to be done.
     */
    String status(long seen) {
        long done = Math.min(total, Math.max(this.done, seen));
        if (done == 0) {
            return String.format(Locale.ROOT, "0/%d tiles done", total);
        }
        double elapsed = (nanoTime.getAsLong() - start) / 1e9;
        return String.format(Locale.ROOT, "%d/%d tiles done (%.0f%%), ETA %.1f s", done, total, 100.0 * done / total,
                eta(elapsed, done));
    }

    /** Sets the tiles done; returns a report when one is due. */
    Optional<Report> update(long tilesDone) {
        done = Math.min(tilesDone, total);
        long now = nanoTime.getAsLong();
        boolean last = done == total && !finalReported;
        if (!last && (done == reportedDone || done == total || now - lastReport < intervalNanos)) {
            return Optional.empty(); // nothing new, already reported as finished, or too soon
        }
        finalReported |= done == total;
        reportedDone = done;
        lastReport = now;
        double elapsed = (now - start) / 1e9;
        return Optional.of(new Report(label, done, total, elapsed, eta(elapsed, done)));
    }

    /** Seconds left if the remaining tiles take as long on average as the {@code done} ones took. */
    private double eta(double elapsedSeconds, long done) {
        return elapsedSeconds / done * (total - done);
    }
}
