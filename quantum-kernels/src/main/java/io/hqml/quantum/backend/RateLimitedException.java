package io.hqml.quantum.backend;

import java.time.Duration;
import java.util.Objects;

/** The service refused a request because of its rate limit (HTTP 429); it may be sent again after {@link #retryAfter}. */
public final class RateLimitedException extends BackendException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the service asked the caller to wait (its Retry-After), never negative. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
