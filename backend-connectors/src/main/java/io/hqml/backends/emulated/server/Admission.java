package io.hqml.backends.emulated.server;

import io.hqml.backends.emulated.Protocol;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * Decides whether the service refuses a request before handling it, as a busy provider does: at random with
 * {@code throttleRate} (429 + Retry-After) or {@code unavailableRate} (503), and for submissions beyond
 * {@code maxJobsPerMinute} in a sliding minute (429 with the exact wait until a slot frees). The random
 * choices come from one seeded stream, one draw per request, so a single-threaded client sees the same
 * refusals on every run. Thread-safe.
 */
final class Admission {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** Why a request was refused. */
    record Refusal(int status, String code, String message, long retryAfterSeconds) {
    }

    private final EmulatorSettings settings;
    private final Clock clock;
    private final SplittableRandom draws;
    private final Deque<Instant> recentSubmits = new ArrayDeque<>();

    Admission(EmulatorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // A stream apart from the queue's, so enabling throttling does not change which jobs fail.
        this.draws = new SplittableRandom(settings.seed() ^ 0x7468726f74746c65L);
    }

    /** Null when the request may proceed. */
    synchronized Refusal check(boolean submit) {
        if (settings.throttleRate() > 0 || settings.unavailableRate() > 0) {
            double u = draws.nextDouble();
            if (u < settings.throttleRate()) {
                return new Refusal(429, Protocol.RATE_LIMITED, "too many requests (emulated throttling)",
                        settings.retryAfter().toSeconds());
            }
            if (u < settings.throttleRate() + settings.unavailableRate()) {
                return new Refusal(503, Protocol.UNAVAILABLE, "service temporarily unavailable (emulated)", 0);
            }
        }
        if (submit && settings.maxJobsPerMinute() > 0) {
            Instant now = clock.instant();
            while (!recentSubmits.isEmpty() && !recentSubmits.peekFirst().plus(WINDOW).isAfter(now)) {
                recentSubmits.removeFirst();
            }
            if (recentSubmits.size() >= settings.maxJobsPerMinute()) {
                Duration wait = Duration.between(now, recentSubmits.peekFirst().plus(WINDOW));
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                return new Refusal(429, Protocol.RATE_LIMITED, "rate limited to " + settings.maxJobsPerMinute()
                        + " jobs per minute", seconds);
            }
            recentSubmits.addLast(now);
        }
        return null;
    }
}
