package io.hqml.quantum.transpile.core;

import io.hqml.quantum.circuit.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * An output list being built with, per wire, a stack of the live operations on it, so that a pass can look
 * at "the operation directly before this one on all its wires" and remove or replace it (then the one
 * before becomes adjacent in turn: {@code x x x x} cancels completely).
 */
public final class WireStacks {
    private final List<Operation> out = new ArrayList<>();
    private final List<ArrayDeque<Integer>> stacks = new ArrayList<>();

    public WireStacks(int numQubits) {
        for (int q = 0; q < numQubits; q++) {
            stacks.add(new ArrayDeque<>());
        }
    }

    /**
     * The index of the operation directly before {@code op} on every one of its wires and on no other wire
     * than those, or -1.
     */
    public int adjacentBefore(Operation op) {
        int j = -1;
        for (int i = 0; i < op.gate().arity(); i++) {
            Integer top = stacks.get(op.qubit(i)).peek();
            if (top == null || (j >= 0 && top != j)) {
                return -1;
            }
            j = top;
        }
        return j >= 0 && out.get(j).gate().arity() == op.gate().arity() ? j : -1;
    }

    public Operation get(int index) {
        return out.get(index);
    }

    public void add(Operation op) {
        out.add(op);
        for (int i = 0; i < op.gate().arity(); i++) {
            stacks.get(op.qubit(i)).push(out.size() - 1);
        }
    }

    /** Removes the operation at {@code index}, which must be on top of its wires' stacks. */
    public void remove(int index) {
        Operation op = out.get(index);
        for (int i = 0; i < op.gate().arity(); i++) {
            stacks.get(op.qubit(i)).pop();
        }
        out.set(index, null);
    }

    /** Replaces the operation at {@code index} by one on the same wires. */
    public void replace(int index, Operation op) {
        out.set(index, op);
    }

    public List<Operation> result() {
        List<Operation> live = new ArrayList<>(out.size());
        for (Operation op : out) {
            if (op != null) {
                live.add(op);
            }
        }
        return live;
    }
}
