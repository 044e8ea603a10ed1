package io.hqml.quantum.backend;

/**
 * Every error a {@link Backend} or {@link BackendJob} reports, in five kinds a caller can act on:
 * <ul>
 *   <li>{@link TransientBackendException}: the service was unavailable or a wait timed out; retry later.</li>
 *   <li>{@link RateLimitedException}: too many requests; retry after {@link RateLimitedException#retryAfter()}.</li>
 *   <li>{@link PermanentBackendException}: retrying the same request will not help (authentication, unknown
 *       job, the job failed or was cancelled, a protocol error).</li>
 *   <li>{@link InvalidCircuitException}: a circuit does not fit the backend's Target (gate, coupling).</li>
 *   <li>{@link OverLimitsException}: shots, circuits per job or qubits exceed the Target's limits.</li>
 * </ul>
 * Unchecked, so kernels ({@code BlockKernel}) can propagate it. Messages are one line and never contain
 * credentials.
 */
public abstract sealed class BackendException extends RuntimeException
        permits TransientBackendException, RateLimitedException, PermanentBackendException, InvalidCircuitException,
        OverLimitsException {
    private static final long serialVersionUID = 1L;

    protected BackendException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the same request may succeed if sent again later (transient errors and rate limits). */
    public abstract boolean retryable();
}
