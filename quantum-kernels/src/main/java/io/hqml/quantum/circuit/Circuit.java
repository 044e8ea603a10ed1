package io.hqml.quantum.circuit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An immutable, fully bound circuit on {@code numQubits} qubits. Qubit {@code i} is bit {@code i} of a
 * basis-state index (qubit 0 least significant, as in Qiskit).
 */
public final class Circuit implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final List<Operation> operations;

    private Circuit(int numQubits, List<Operation> operations) {
        this.numQubits = numQubits;
        this.operations = List.copyOf(operations);
    }

    public static Builder builder(int numQubits) {
        return new Builder(numQubits);
    }

    public int numQubits() {
        return numQubits;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Circuit depth: the longest chain of operations that share qubits. */
    public int depth() {
        int[] level = new int[numQubits];
        int depth = 0;
        for (Operation op : operations) {
            int start = 0;
            for (int i = 0; i < op.gate().arity(); i++) {
                start = Math.max(start, level[op.qubit(i)]);
            }
            for (int i = 0; i < op.gate().arity(); i++) {
                level[op.qubit(i)] = start + 1;
            }
            depth = Math.max(depth, start + 1);
        }
        return depth;
    }

    /** Number of two-qubit operations. */
    public int twoQubitCount() {
        int count = 0;
        for (Operation op : operations) {
            if (op.gate().arity() == 2) {
                count++;
            }
        }
        return count;
    }

    /** OpenQASM 3 text in the {@code stdgates.inc} dialect (angles printed with full double precision). */
    public String toQasm3() {
        StringBuilder sb = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
        sb.append("qubit[").append(numQubits).append("] q;\n");
        for (Operation op : operations) {
            sb.append(op.gate().qasmName());
            if (op.gate().angles() > 0) {
                sb.append('(').append(String.format(Locale.ROOT, "%.17g", op.angle())).append(')');
            }
            for (int i = 0; i < op.gate().arity(); i++) {
                sb.append(i == 0 ? " q[" : ", q[").append(op.qubit(i)).append(']');
            }
            sb.append(";\n");
        }
        return sb.toString();
    }

    /** Accumulates operations; validates qubit indices as they are added. */
    public static final class Builder {
        private final int numQubits;
        private final List<Operation> ops = new ArrayList<>();

        private Builder(int numQubits) {
            if (numQubits < 1 || numQubits > 30) {
                throw new IllegalArgumentException("circuit needs 1..30 qubits, got " + numQubits);
            }
            this.numQubits = numQubits;
        }

        public Builder add(Gate gate, double angle, int... qubits) {
            for (int q : qubits) {
                if (q < 0 || q >= numQubits) {
                    throw new IllegalArgumentException("qubit " + q + " out of range 0.." + (numQubits - 1));
                }
            }
            ops.add(new Operation(gate, qubits, angle));
            return this;
        }

        public Builder add(Gate gate, int... qubits) {
            if (gate.angles() != 0) {
                throw new IllegalArgumentException(gate + " needs an angle");
            }
            return add(gate, 0.0, qubits);
        }

        public Circuit build() {
            return new Circuit(numQubits, ops);
        }
    }
}
