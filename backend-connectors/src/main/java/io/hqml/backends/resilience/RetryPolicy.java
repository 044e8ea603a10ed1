package io.hqml.backends.resilience;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * When a failed request is sent again. Immutable; {@link #backoff} is a pure function of the attempt and a
 * seed, so a run's waits are reproducible.
 *
 * <p>Transient failures (5xx, network) wait {@code initialBackoff * multiplier^(attempt-1)}, capped at
 * {@code maxBackoff}, times a jitter factor drawn uniformly from {@code [1 - jitter, 1 + jitter]} with a seeded
 * generator (resilience4j's randomized interval, but seeded). Rate limits (429) wait exactly the service's
 * Retry-After, but only when it is at most {@code maxRetryAfter}; a longer wait is handed to the caller as
 * the {@code RateLimitedException} instead of blocking a Spark task for minutes.
 *
 * @param maxAttempts    attempts in total, including the first (1 = no retry)
 * @param initialBackoff wait before the second attempt
 * @param multiplier     growth of the wait per attempt (>= 1)
 * @param maxBackoff     cap of a single wait
 * @param jitter         relative jitter in [0, 1)
 * @param maxRetryAfter  longest Retry-After honoured by waiting
 * @param seed           seed of the jitter
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          double jitter, Duration maxRetryAfter, long seed) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("retry waits must be >= 0");
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be >= 1, got " + multiplier);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
    }

    /** 5 attempts, 0.5 s doubling to 30 s (IBM's client uses backoff factor 0.5), 20% jitter, Retry-After up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(30), 0.2, Duration.ofSeconds(60), 0);
    }

    /** No retries at all: every failure goes straight to the caller. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO, 0, Duration.ZERO, 0);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter, seed);
    }

    public RetryPolicy withSeed(long newSeed) {
        return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter, newSeed);
    }

    /**
     * The wait after failed attempt {@code attempt} (1-based) of the request numbered {@code request}: the
     * jitter draw depends only on (seed, request, attempt).
     */
    public Duration backoff(long request, int attempt) {
        double base = initialBackoff.toNanos() * Math.pow(multiplier, attempt - 1);
        double capped = Math.min(base, (double) maxBackoff.toNanos());
        double u = new SplittableRandom(seed ^ (request * 0x9E3779B97F4A7C15L) ^ attempt).nextDouble();
        return Duration.ofNanos(Math.round(capped * (1 - jitter + 2 * jitter * u)));
    }
}
