package io.hqml.quantum.transpile.core;

import io.hqml.quantum.circuit.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Rewrites maximal runs of consecutive one-qubit operations on each wire. A run ends where a multi-qubit
 * operation touches its wire; it is handed to the rewriter just before that operation (or at the end), so
 * the rewritten sequence keeps every wire's order. Runs on different wires commute, so where they land
 * relative to each other does not change the unitary.
 */
public final class OneQubitRuns {
    private OneQubitRuns() {
    }

    /** {@code rewrite(run, qubit)} returns the replacement run (it may return {@code run} itself). */
    public static GateSequence rewrite(GateSequence in, BiFunction<List<Operation>, Integer, List<Operation>> rewrite) {
        List<List<Operation>> pending = new ArrayList<>();
        for (int q = 0; q < in.numQubits(); q++) {
            pending.add(new ArrayList<>());
        }
        List<Operation> out = new ArrayList<>(in.size());
        for (Operation op : in.ops()) {
            if (op.gate().arity() == 1) {
                pending.get(op.qubit(0)).add(op);
                continue;
            }
            for (int i = 0; i < op.gate().arity(); i++) {
                flush(pending, op.qubit(i), out, rewrite);
            }
            out.add(op);
        }
        for (int q = 0; q < in.numQubits(); q++) {
            flush(pending, q, out, rewrite);
        }
        return in.with(out);
    }

    private static void flush(List<List<Operation>> pending, int q, List<Operation> out,
                              BiFunction<List<Operation>, Integer, List<Operation>> rewrite) {
        List<Operation> run = pending.get(q);
        if (!run.isEmpty()) {
            out.addAll(rewrite.apply(List.copyOf(run), q));
            run.clear();
        }
    }
}
