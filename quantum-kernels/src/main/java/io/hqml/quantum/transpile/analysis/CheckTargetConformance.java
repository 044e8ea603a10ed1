package io.hqml.quantum.transpile.analysis;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;

/**
 * Analysis: every operation is a basis gate of the target and every two-qubit operation runs on a coupling
 * edge in its allowed direction (the "ISA circuit" IBM requires). A failure here is a transpiler bug, not a
 * user error, so it is an {@link IllegalStateException}.
 */
public final class CheckTargetConformance implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Target t = context.target();
        for (Operation op : in.ops()) {
            if (!t.supports(op.gate().qasmName())) {
                throw new IllegalStateException(op + " is not in the basis " + t.basisGates() + " of " + t.name());
            }
            if (op.gate().arity() == 2 && !t.hasEdge(op.qubit(0), op.qubit(1))) {
                throw new IllegalStateException(op + " is on no coupling edge of " + t.name() + " in that direction");
            }
            if (op.gate().arity() > 2) {
                throw new IllegalStateException(op + " acts on more than two qubits");
            }
        }
        return in;
    }
}
