package io.hqml.quantum.backend;

/**
 * A submitted circuit that the backend cannot execute as given: a gate outside the Target's basis gates, or a
 * two-qubit gate on a pair the coupling map does not connect. Transpile the circuit to the Target first.
 */
public final class InvalidCircuitException extends BackendException {
    private static final long serialVersionUID = 1L;

    private final int circuitIndex;

    /**
     * @param circuitIndex position of the offending circuit in the submitted list (-1 when unknown)
     * @param problem      one line: what is wrong and how to fix it
     */
    public InvalidCircuitException(int circuitIndex, String problem) {
        super(circuitIndex >= 0 ? "circuit " + circuitIndex + ": " + problem : problem, null);
        this.circuitIndex = circuitIndex;
    }

    /** Position of the offending circuit in the submitted list, or -1 when the service did not say. */
    public int circuitIndex() {
        return circuitIndex;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
