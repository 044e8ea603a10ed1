package io.hqml.backends.resilience;

import java.time.Duration;

/**
 * How often a job's status is asked for while waiting: first after {@code initial}, then each wait
 * {@code multiplier} times longer up to {@code max}. Short jobs are seen quickly, long queues are not
 * hammered (IBM asks clients not to poll faster than every few seconds).
 */
public record PollPolicy(Duration initial, double multiplier, Duration max) {

    public PollPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("poll intervals need 0 < initial <= max, got " + initial + ", " + max);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be >= 1, got " + multiplier);
        }
    }

    /** 0.2 s growing by 1.5x to 5 s. */
    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofMillis(200), 1.5, Duration.ofSeconds(5));
    }

    /** The wait before poll number {@code poll} (1-based). */
    public Duration interval(int poll) {
        double nanos = initial.toNanos() * Math.pow(multiplier, poll - 1);
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }
}
