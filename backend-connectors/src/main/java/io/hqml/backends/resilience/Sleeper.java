package io.hqml.backends.resilience;

import java.time.Duration;

/**
 * How retries and polls wait. Injected (as resilience4j injects its sleep function) so tests advance a
 * simulated clock instead of sleeping, and can assert exact waited times and attempt counts.
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits {@code duration}; {@link #REAL} sleeps the calling thread. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps for real (the thread's interrupt ends the wait). */
    Sleeper REAL = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
        }
    };
}
