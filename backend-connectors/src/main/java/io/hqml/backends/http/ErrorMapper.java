package io.hqml.backends.http;

import io.hqml.quantum.backend.BackendException;
import java.net.http.HttpResponse;

/** Turns a provider's non-success HTTP response into the typed {@link BackendException} it means. */
@FunctionalInterface
public interface ErrorMapper {
    /**
     * @param response   a response with status >= 400
     * @param retryAfter the parsed Retry-After for 429/503, or null
     */
    BackendException map(HttpResponse<String> response, java.time.Duration retryAfter);
}
