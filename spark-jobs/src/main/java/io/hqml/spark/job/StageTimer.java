package io.hqml.spark.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the pipeline's stages in order; the clock is injected so tests need not sleep. */
public final class StageTimer {
    /** A finished stage. */
    public record Timing(int order, String stage, double seconds) {
    }

    private final java.util.function.LongSupplier nanoClock;
    private final List<Timing> timings = new ArrayList<>();

    public StageTimer(java.util.function.LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public <T> T time(String stage, Supplier<T> work) {
        long start = nanoClock.getAsLong();
        T result = work.get();
        timings.add(new Timing(timings.size() + 1, stage, (nanoClock.getAsLong() - start) / 1e9));
        return result;
    }

    public List<Timing> timings() {
        return List.copyOf(timings);
    }
}
