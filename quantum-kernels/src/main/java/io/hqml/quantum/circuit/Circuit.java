package io.hqml.quantum.circuit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, fully bound circuit on {@code numQubits} qubits. Qubit {@code i} is bit {@code i} of a
 * basis-state index (qubit 0 least significant, as in Qiskit). Templates with symbolic parameters are
 * {@link CircuitTemplate}s; binding one gives a Circuit.
 */
public final class Circuit implements Serializable {
    private static final long serialVersionUID = 2L;
    /** Statevectors of more qubits do not fit a Java array (2^31 doubles). */
    public static final int MAX_QUBITS = 30;

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

    /** Operations per gate, in gate order. */
    public Map<Gate, Integer> gateCounts() {
        Map<Gate, Integer> counts = new EnumMap<>(Gate.class);
        for (Operation op : operations) {
            counts.merge(op.gate(), 1, Integer::sum);
        }
        return counts;
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

    /** The adjoint: inverse operations in reverse order, so {@code c.compose(c.inverse())} is the identity. */
    public Circuit inverse() {
        List<Operation> inv = new ArrayList<>(operations.size());
        for (int i = operations.size() - 1; i >= 0; i--) {
            inv.add(operations.get(i).inverse());
        }
        return new Circuit(numQubits, inv);
    }

    /** This circuit followed by {@code next} (same qubit count). */
    public Circuit compose(Circuit next) {
        if (next.numQubits != numQubits) {
            throw new IllegalArgumentException("cannot compose circuits on " + numQubits + " and " + next.numQubits
                    + " qubits; pad the smaller one");
        }
        List<Operation> all = new ArrayList<>(operations);
        all.addAll(next.operations);
        return new Circuit(numQubits, all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Circuit c && c.numQubits == numQubits && c.operations.equals(operations);
    }

    @Override
    public int hashCode() {
        return 31 * numQubits + operations.hashCode();
    }

    @Override
    public String toString() {
        return "Circuit(" + numQubits + " qubits, " + operations.size() + " ops)";
    }

    /** Accumulates operations; validates qubit indices as they are added. */
    public static final class Builder {
        private final int numQubits;
        private final List<Operation> ops = new ArrayList<>();

        private Builder(int numQubits) {
            if (numQubits < 1 || numQubits > MAX_QUBITS) {
                throw new IllegalArgumentException("circuit needs 1.." + MAX_QUBITS + " qubits, got " + numQubits);
            }
            this.numQubits = numQubits;
        }

        public Builder add(Operation op) {
            for (int i = 0; i < op.gate().arity(); i++) {
                int q = op.qubit(i);
                if (q < 0 || q >= numQubits) {
                    throw new IllegalArgumentException("qubit " + q + " out of range 0.." + (numQubits - 1));
                }
            }
            ops.add(op);
            return this;
        }

        /** A gate with at most one angle. */
        public Builder add(Gate gate, double angle, int... qubits) {
            return add(Operation.of(gate, angle, qubits));
        }

        public Builder add(Gate gate, int... qubits) {
            if (gate.numParams() != 0) {
                throw new IllegalArgumentException(gate + " needs " + gate.numParams() + " parameter(s)");
            }
            return add(Operation.of(gate, 0.0, qubits));
        }

        /** U(theta, phi, lambda). */
        public Builder u(double theta, double phi, double lambda, int qubit) {
            return add(new Operation(Gate.U, new int[] {qubit}, new double[] {theta, phi, lambda}));
        }

        public Circuit build() {
            return new Circuit(numQubits, ops);
        }
    }
}
