package io.hqml.quantum.ansatz;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.featuremap.EntanglementSpec;
import java.util.List;

/**
 * Qiskit's {@code RealAmplitudes}: {@code reps} times (RY(theta) on every qubit, then CX on each entangled
 * pair), then a final RY layer; {@code n (reps + 1)} parameters, theta[r n + q] on qubit q of layer r. Only
 * RY and CX, so the prepared amplitudes are real. Qiskit's default entanglement has changed between
 * versions (full, then reverse_linear), so hqml takes it explicitly.
 */
public final class RealAmplitudes implements Ansatz {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final int reps;
    private final EntanglementSpec entanglement;
    private final CircuitTemplate template;

    public RealAmplitudes(int numQubits, int reps, EntanglementSpec entanglement) {
        this.template = TwoLocal.build("real amplitudes", numQubits, reps, entanglement, List.of(Gate.RY));
        this.numQubits = numQubits;
        this.reps = reps;
        this.entanglement = entanglement;
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    @Override
    public int numParameters() {
        return numQubits * (reps + 1);
    }

    @Override
    public int reps() {
        return reps;
    }

    public EntanglementSpec entanglement() {
        return entanglement;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "real_amplitudes(qubits=" + numQubits + ",reps=" + reps + ",entanglement=" + entanglement.label() + ")";
    }
}
