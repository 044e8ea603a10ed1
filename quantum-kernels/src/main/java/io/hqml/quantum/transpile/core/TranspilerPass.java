package io.hqml.quantum.transpile.core;

/**
 * One step of a transpilation (Qiskit's {@code BasePass}): a transformation returns a new sequence, an
 * analysis returns its input and writes what it found into the {@link PassContext}. Passes are stateless and
 * deterministic given the context (its seed included), so a Spark task that re-runs gets the same circuit.
 */
public interface TranspilerPass {
    /** Short name for logs and stage reports, e.g. {@code SabreSwap}. */
    default String name() {
        return getClass().getSimpleName();
    }

    GateSequence run(GateSequence in, PassContext context);
}
