package io.hqml.quantum.ansatz;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.featuremap.EntanglementSpec;
import java.util.List;

/**
 * Qiskit's {@code EfficientSU2} with its default {@code su2_gates = [ry, rz]}: {@code reps} times (RY on every
 * qubit, RZ on every qubit, then CX on each entangled pair), then a final RY and RZ layer;
 * {@code 2 n (reps + 1)} parameters. In layer r, theta[2 r n + q] is qubit q's RY angle and
 * theta[2 r n + n + q] its RZ angle, Qiskit's order.
 */
public final class EfficientSU2 implements Ansatz {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final int reps;
    private final EntanglementSpec entanglement;
    private final CircuitTemplate template;

    public EfficientSU2(int numQubits, int reps, EntanglementSpec entanglement) {
        this.template = TwoLocal.build("efficient su2", numQubits, reps, entanglement, List.of(Gate.RY, Gate.RZ));
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
        return 2 * numQubits * (reps + 1);
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
        return "efficient_su2(qubits=" + numQubits + ",reps=" + reps + ",entanglement=" + entanglement.label() + ")";
    }
}
