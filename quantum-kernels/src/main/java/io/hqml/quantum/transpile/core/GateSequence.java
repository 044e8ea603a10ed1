package io.hqml.quantum.transpile.core;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A circuit as transpiler passes see it: an ordered gate list on {@code numQubits} wires (virtual qubits
 * before layout, physical qubits after). Unlike {@link Circuit} its width is not capped at
 * {@link Circuit#MAX_QUBITS}, because a physical register is as wide as the device (156 qubits on IBM Heron).
 * Immutable.
 */
public record GateSequence(int numQubits, List<Operation> ops) {

    public GateSequence {
        if (numQubits < 1) {
            throw new IllegalArgumentException("a gate sequence needs at least 1 qubit, got " + numQubits);
        }
        ops = List.copyOf(ops);
        for (Operation op : ops) {
            for (int i = 0; i < op.gate().arity(); i++) {
                if (op.qubit(i) < 0 || op.qubit(i) >= numQubits) {
                    throw new IllegalArgumentException(op + " names qubit " + op.qubit(i) + " outside 0.." + (numQubits - 1));
                }
            }
        }
    }

    public static GateSequence of(Circuit c) {
        return new GateSequence(c.numQubits(), c.operations());
    }

    /** Same ops on the same wires as a {@link Circuit} (at most {@link Circuit#MAX_QUBITS} wires). */
    public Circuit toCircuit() {
        Circuit.Builder b = Circuit.builder(numQubits);
        ops.forEach(b::add);
        return b.build();
    }

    /** A sequence on the same wires with other operations. */
    public GateSequence with(List<Operation> newOps) {
        return new GateSequence(numQubits, newOps);
    }

    public int size() {
        return ops.size();
    }

    /** The longest chain of operations that share qubits (as {@link Circuit#depth()}). */
    public int depth() {
        int[] level = new int[numQubits];
        int depth = 0;
        for (Operation op : ops) {
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

    public int twoQubitCount() {
        int n = 0;
        for (Operation op : ops) {
            n += op.gate().arity() == 2 ? 1 : 0;
        }
        return n;
    }

    public Map<Gate, Integer> gateCounts() {
        Map<Gate, Integer> counts = new EnumMap<>(Gate.class);
        for (Operation op : ops) {
            counts.merge(op.gate(), 1, Integer::sum);
        }
        return counts;
    }
}
