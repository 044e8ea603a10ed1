package io.hqml.quantum.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A small, honest timing loop for {@code hqml bench}: warm-up runs until the JIT has settled (a fixed
 * time budget), then repeated batches; the result is the median batch time per operation. Timed unit
 * tests are not benchmarks: this code runs only from the bench command.
 */
public final class Timing {
    private final LongSupplier nanoClock;
    private final double warmupSeconds;
    private final double measureSeconds;

    public Timing(LongSupplier nanoClock, double warmupSeconds, double measureSeconds) {
        this.nanoClock = nanoClock;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
    }

    /** Median nanoseconds per call of {@code op}. */
    public double nanosPerOp(Runnable op) {
        long end = nanoClock.getAsLong() + (long) (warmupSeconds * 1e9);
        long calls = 0;
        long start = nanoClock.getAsLong();
        while (nanoClock.getAsLong() < end || calls < 3) {
            op.run();
            calls++;
        }
        double perCall = (nanoClock.getAsLong() - start) / (double) calls;
        // Batches of about 20 ms each (at least one call), as many as fit the measuring budget (at least 5).
        int batch = (int) Math.max(1, Math.min(1_000_000, 20e6 / Math.max(perCall, 1)));
        int batches = (int) Math.max(5, Math.min(200, measureSeconds * 1e9 / Math.max(batch * perCall, 1)));
        double[] samples = new double[batches];
        for (int b = 0; b < batches; b++) {
            long t0 = nanoClock.getAsLong();
            for (int i = 0; i < batch; i++) {
                op.run();
            }
            samples[b] = (nanoClock.getAsLong() - t0) / (double) batch;
        }
        Arrays.sort(samples);
        return samples[batches / 2];
    }
}
