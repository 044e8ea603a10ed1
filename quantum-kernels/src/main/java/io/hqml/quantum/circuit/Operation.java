package io.hqml.quantum.circuit;

import java.io.Serializable;
import java.util.Arrays;

/** One gate application with its qubits and bound parameters. Immutable. */
public record Operation(Gate gate, int[] qubits, double[] params) implements Serializable {

    public Operation {
        if (qubits.length != gate.arity()) {
            throw new IllegalArgumentException(gate + " acts on " + gate.arity() + " qubit(s), got " + qubits.length);
        }
        for (int i = 0; i < qubits.length; i++) {
            for (int j = i + 1; j < qubits.length; j++) {
                if (qubits[i] == qubits[j]) {
                    throw new IllegalArgumentException(gate + " needs distinct qubits, got qubit " + qubits[i] + " twice");
                }
            }
        }
        if (params.length != gate.numParams()) {
            throw new IllegalArgumentException(gate + " takes " + gate.numParams() + " parameter(s), got " + params.length);
        }
        for (double p : params) {
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException(gate + " parameter must be finite, got " + p);
            }
        }
        qubits = qubits.clone();
        params = params.clone();
    }

    /** A gate with at most one angle: {@code angle} is ignored for gates without parameters. */
    public static Operation of(Gate gate, double angle, int... qubits) {
        return new Operation(gate, qubits, gate.numParams() == 0 ? new double[0] : new double[] {angle});
    }

    @Override
    public int[] qubits() {
        return qubits.clone();
    }

    @Override
    public double[] params() {
        return params.clone();
    }

    /** The i-th qubit without copying (hot path). */
    public int qubit(int i) {
        return qubits[i];
    }

    /** The i-th parameter without copying (hot path). */
    public double param(int i) {
        return params[i];
    }

    /** The first parameter (the angle of a one-parameter gate). */
    public double angle() {
        return params[0];
    }

    /** The operation that undoes this one. */
    public Operation inverse() {
        double[] inv = new double[params.length];
        for (int i = 0; i < params.length; i++) {
            Gate.InverseParam m = gate.inverseParam(i);
            inv[i] = m.sign() * params[m.source()] + m.offset();
        }
        return new Operation(gate.inverse(), qubits, inv);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation other && gate == other.gate && Arrays.equals(qubits, other.qubits)
                && Arrays.equals(params, other.params);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * gate.hashCode() + Arrays.hashCode(qubits)) + Arrays.hashCode(params);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(gate.qasmName());
        if (params.length > 0) {
            sb.append('(');
            for (int i = 0; i < params.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(params[i]);
            }
            sb.append(')');
        }
        for (int i = 0; i < qubits.length; i++) {
            sb.append(i == 0 ? " q[" : ", q[").append(qubits[i]).append(']');
        }
        return sb.toString();
    }
}
