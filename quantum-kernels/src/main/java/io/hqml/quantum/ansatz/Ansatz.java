package io.hqml.quantum.ansatz;

import io.hqml.quantum.circuit.CircuitTemplate;
import java.io.Serializable;

/**
 * A parameterised trial circuit {@code V(theta)} over trainable parameters {@code theta[0..numParameters-1]}
 * and no features; it is a {@link CircuitTemplate}, so engines bind it like a feature map (rows may be
 * empty: {@code template().bind(new double[0], theta)}), and it composes after a feature map's template
 * for variational classifiers. Immutable and serializable.
 */
public interface Ansatz extends Serializable {

    int numQubits();

    /** Trainable parameters the template reads, in Qiskit's order. */
    int numParameters();

    int reps();

    CircuitTemplate template();

    /** A description for lineage, e.g. {@code real_amplitudes(qubits=3,reps=2,entanglement=linear)}. */
    String describe();
}
