package io.hqml.quantum.backend;

/** A failure that may go away by itself: the service is unavailable, the network failed, a wait timed out. */
public final class TransientBackendException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so a caller can tell a slow job from an unreachable service. */
    public enum Reason {
        /** The service answered 5xx, or could not be reached. */
        UNAVAILABLE,
        /** {@link BackendJob#result} gave up waiting; the job itself may still finish. */
        TIMEOUT
    }

    private final Reason reason;

    public TransientBackendException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public TransientBackendException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
