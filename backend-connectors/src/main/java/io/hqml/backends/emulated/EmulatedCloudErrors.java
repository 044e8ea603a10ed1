package io.hqml.backends.emulated;

import io.hqml.backends.http.ErrorMapper;
import io.hqml.backends.internal.Fields;
import io.hqml.backends.internal.Json;
import io.hqml.quantum.backend.BackendException;
import io.hqml.quantum.backend.InvalidCircuitException;
import io.hqml.quantum.backend.OverLimitsException;
import io.hqml.quantum.backend.PermanentBackendException;
import io.hqml.quantum.backend.PermanentBackendException.Reason;
import io.hqml.quantum.backend.RateLimitedException;
import io.hqml.quantum.backend.TransientBackendException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP status and error code -> typed {@link BackendException}:
 * <pre>
 *   429                          RateLimited (Retry-After; 1 s when absent)
 *   500, 502, 503, 504, 5xx      Transient UNAVAILABLE
 *   400 invalid_circuit          InvalidCircuit (circuit_index)
 *   400 over_limits              OverLimits (limit, requested, min, max)
 *   400, 413 other               Permanent BAD_REQUEST
 *   401, 403                     Permanent AUTHENTICATION
 *   404                          Permanent NOT_FOUND
 *   409 job_failed|job_cancelled Permanent JOB_FAILED | JOB_CANCELLED; other 409 Permanent CONFLICT
 *   anything else                Permanent PROTOCOL
 * </pre>
 * The service's message is kept (one line); request headers, and so the token, never reach a message.
 */
final class EmulatedCloudErrors implements ErrorMapper {
    /** The wait assumed when a 429 carries no usable Retry-After. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    @Override
    public BackendException map(HttpResponse<String> response, Duration retryAfter) {
        int status = response.statusCode();
        Map<String, Object> error = firstError(response.body());
        String code = error.get("code") instanceof String s ? s : "";
        String message = error.get("message") instanceof String s ? s : "HTTP " + status;
        String where = response.request().method() + " " + response.request().uri().getPath() + ": ";
        if (status == 429) {
            return new RateLimitedException(where + message, retryAfter != null ? retryAfter : DEFAULT_RETRY_AFTER);
        }
        if (status >= 500) {
            return new TransientBackendException(TransientBackendException.Reason.UNAVAILABLE,
                    where + "HTTP " + status + " " + message);
        }
        try {
            if (status == 400 && code.equals(Protocol.INVALID_CIRCUIT)) {
                int index = error.get("circuit_index") instanceof Long l ? l.intValue() : -1;
                return new InvalidCircuitException(index, message.replaceFirst("^circuit \\d+: ", ""));
            }
            if (status == 400 && code.equals(Protocol.OVER_LIMITS)) {
                return new OverLimitsException(OverLimitsException.Limit.valueOf(
                        Fields.string(error, "limit").toUpperCase(Locale.ROOT)), Fields.integer(error, "requested"),
                        Fields.integer(error, "min"), Fields.integer(error, "max"));
            }
        } catch (IllegalArgumentException malformed) {
            return new PermanentBackendException(Reason.PROTOCOL, where + "malformed " + code + " error: "
                    + malformed.getMessage());
        }
        Reason reason = switch (status) {
            case 400, 413 -> Reason.BAD_REQUEST;
            case 401, 403 -> Reason.AUTHENTICATION;
            case 404 -> Reason.NOT_FOUND;
            case 409 -> code.equals(Protocol.JOB_FAILED) ? Reason.JOB_FAILED
                    : code.equals(Protocol.JOB_CANCELLED) ? Reason.JOB_CANCELLED : Reason.CONFLICT;
            default -> Reason.PROTOCOL;
        };
        return new PermanentBackendException(reason, where + "HTTP " + status + " " + message);
    }

    /** The first entry of IBM's {@code errors[]}, or of the client-style {@code error{}}; empty if neither. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> firstError(String body) {
        try {
            Map<String, Object> o = Json.parseObject(body == null ? "" : body);
            if (o.get("errors") instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            if (o.get("error") instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
        } catch (IllegalArgumentException notJson) {
            // fall through: a proxy's HTML error page, an empty body
        }
        return Map.of();
    }
}
