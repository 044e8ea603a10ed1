package io.hqml.backends.http;

import io.hqml.backends.resilience.RetryPolicy;
import io.hqml.backends.resilience.Sleeper;
import io.hqml.quantum.backend.BackendException;
import io.hqml.quantum.backend.RateLimitedException;
import io.hqml.quantum.backend.TransientBackendException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends HTTP requests with bounded retries: transient failures (5xx, connection errors) back off per the
 * {@link RetryPolicy}; 429 waits the service's Retry-After when the policy allows it. Every other error status
 * is mapped by the provider's {@link ErrorMapper} and thrown at once. Waiting goes through the injected
 * {@link Sleeper} and time through the injected {@link Clock}, so tests count attempts and waits exactly.
 *
 * <p>POSTs are retried too (as IBM's client does on 5xx); a submission whose response was lost can therefore
 * create a second job. Nothing here logs: requests carry credentials in their headers.
 */
public final class RetryingHttp {
    private final HttpClient client;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ErrorMapper mapper;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    public RetryingHttp(HttpClient client, RetryPolicy policy, Sleeper sleeper, Clock clock, ErrorMapper mapper) {
        this.client = client;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Requests re-sent after a failure, over this instance's life (telemetry and tests). */
    public long retries() {
        return retries.get();
    }

    /**
     * Sends {@code request} until it succeeds (status < 400) or the policy gives up.
     *
     * @throws BackendException the mapped error of the last attempt
     */
    public HttpResponse<String> send(HttpRequest request) {
        long id = requests.incrementAndGet();
        for (int attempt = 1; ; attempt++) {
            BackendException failure;
            Duration wait;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 400) {
                    return response;
                }
                Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                        clock.instant()).orElse(null);
                failure = mapper.map(response, retryAfter);
            } catch (IOException e) {
                failure = new TransientBackendException(TransientBackendException.Reason.UNAVAILABLE,
                        request.method() + " " + request.uri().getPath() + " failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientBackendException(TransientBackendException.Reason.UNAVAILABLE,
                        "interrupted during " + request.method() + " " + request.uri().getPath(), e);
            }
            if (!failure.retryable() || attempt >= policy.maxAttempts()) {
                throw failure;
            }
            if (failure instanceof RateLimitedException limited) {
                if (limited.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
                    throw failure;
                }
                wait = limited.retryAfter();
            } else {
                wait = policy.backoff(id, attempt);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
            retries.incrementAndGet();
        }
    }
}
