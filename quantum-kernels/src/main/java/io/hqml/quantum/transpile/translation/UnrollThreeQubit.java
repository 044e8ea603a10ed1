package io.hqml.quantum.transpile.translation;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.synthesis.TwoQubitIdentities;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes gates on three or more qubits (CCX) with CX and one-qubit gates, before layout: routing places
 * two-qubit gates only (Qiskit's {@code Unroll3qOrMore}).
 */
public final class UnrollThreeQubit implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        List<Operation> out = new ArrayList<>(in.size());
        for (Operation op : in.ops()) {
            if (op.gate().arity() > 2) {
                out.addAll(TwoQubitIdentities.toCx(op));
            } else {
                out.add(op);
            }
        }
        return in.with(out);
    }
}
