package io.hqml.quantum.backend;

/** A failure that repeating the same request will not fix. */
public final class PermanentBackendException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** Why, so callers can react (re-authenticate, resubmit a failed job, stop). */
    public enum Reason {
        /** Missing or wrong credentials (HTTP 401/403). */
        AUTHENTICATION,
        /** Unknown job or backend (HTTP 404). */
        NOT_FOUND,
        /** The request conflicts with the job's state, e.g. cancelling a finished job (HTTP 409). */
        CONFLICT,
        /** The request was malformed in a way not covered by InvalidCircuit / OverLimits (HTTP 400). */
        BAD_REQUEST,
        /** The job ran and failed; a new submission may succeed. */
        JOB_FAILED,
        /** The job was cancelled, so it has no result. */
        JOB_CANCELLED,
        /** The service answered something this client cannot understand. */
        PROTOCOL
    }

    private final Reason reason;

    public PermanentBackendException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PermanentBackendException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
