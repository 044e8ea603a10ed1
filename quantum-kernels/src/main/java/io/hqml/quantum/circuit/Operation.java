package io.hqml.quantum.circuit;

import java.io.Serializable;
import java.util.Arrays;

/** One gate application with its qubits and (bound) angle. Immutable. */
public record Operation(Gate gate, int[] qubits, double angle) implements Serializable {

    public Operation {
        if (qubits.length != gate.arity()) {
            throw new IllegalArgumentException(gate + " acts on " + gate.arity() + " qubit(s), got " + qubits.length);
        }
        if (gate.arity() == 2 && qubits[0] == qubits[1]) {
            throw new IllegalArgumentException(gate + " needs two distinct qubits, got " + qubits[0] + " twice");
        }
        if (!Double.isFinite(angle)) {
            throw new IllegalArgumentException(gate + " angle must be finite, got " + angle);
        }
        qubits = qubits.clone();
    }

    @Override
    public int[] qubits() {
        return qubits.clone();
    }

    /** The i-th qubit without copying the array (hot path). */
    public int qubit(int i) {
        return qubits[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation other && gate == other.gate && Arrays.equals(qubits, other.qubits)
                && Double.compare(angle, other.angle) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * gate.hashCode() + Arrays.hashCode(qubits)) + Double.hashCode(angle);
    }

    @Override
    public String toString() {
        String args = gate.angles() > 0 ? "(" + angle + ")" : "";
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < qubits.length; i++) {
            q.append(i == 0 ? " q[" : ", q[").append(qubits[i]).append(']');
        }
        return gate.qasmName() + args + q;
    }
}
