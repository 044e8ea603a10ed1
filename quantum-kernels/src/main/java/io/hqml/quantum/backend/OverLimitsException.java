package io.hqml.quantum.backend;

import java.util.Locale;

/** A job larger than the backend accepts: too many (or too few) shots, circuits in one job, or qubits. */
public final class OverLimitsException extends BackendException {
    private static final long serialVersionUID = 1L;

    /** Which limit was crossed. */
    public enum Limit {
        SHOTS, CIRCUITS, QUBITS
    }

    private final Limit limit;
    private final long requested;
    private final long min;
    private final long max;

    /** {@code requested} lies outside {@code [min, max]} for {@code limit}. */
    public OverLimitsException(Limit limit, long requested, long min, long max) {
        super(limit.name().toLowerCase(Locale.ROOT) + " = " + requested + " is outside the backend's limits "
                + min + ".." + max + "; " + hint(limit), null);
        this.limit = limit;
        this.requested = requested;
        this.min = min;
        this.max = max;
    }

    private static String hint(Limit limit) {
        return switch (limit) {
            case SHOTS -> "request fewer shots";
            case CIRCUITS -> "split the circuits over several jobs";
            case QUBITS -> "use fewer qubits or a larger Target";
        };
    }

    public Limit limit() {
        return limit;
    }

    public long requested() {
        return requested;
    }

    /** The smallest value accepted. */
    public long min() {
        return min;
    }

    /** The largest value accepted. */
    public long max() {
        return max;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
