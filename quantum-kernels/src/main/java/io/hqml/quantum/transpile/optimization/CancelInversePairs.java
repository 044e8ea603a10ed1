package io.hqml.quantum.transpile.optimization;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.OpMatrices;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.core.WireStacks;

/**
 * Removes two adjacent operations on the same qubits whose product is the identity up to a global phase
 * ({@code cz cz}, {@code ecr ecr}, {@code x x}, {@code sx sxdg}, {@code gpi(p) gpi(p)}, {@code ms} and its
 * inverse, ...), checked on the matrices to {@link #TOL} per entry rather than by a table, so every gate is
 * covered (Qiskit's {@code InverseCancellation}). Chains collapse: {@code x x x x} leaves nothing.
 * Never adds an operation.
 */
public final class CancelInversePairs implements TranspilerPass {
    /** Entry-wise tolerance of the identity check. */
    public static final double TOL = 1e-12;

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        WireStacks w = new WireStacks(in.numQubits());
        for (Operation op : in.ops()) {
            int j = w.adjacentBefore(op);
            if (j >= 0 && OpMatrices.cancel(w.get(j), op, TOL)) {
                w.remove(j);
            } else {
                w.add(op);
            }
        }
        return in.with(w.result());
    }
}
