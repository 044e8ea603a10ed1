package io.hqml.quantum.transpile.translation;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.synthesis.TwoQubitIdentities;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every CX with the target's native two-qubit gate, in an allowed direction: {@code cx} if the target
 * has it, else {@code cz}, {@code ecr}, {@code ms} (the first it has). A CX whose edge runs only the other way
 * is turned around with Hadamards ({@code CX(a,b) = H H CX(b,a) H H}); cz and ms are symmetric and run on
 * the allowed direction, or the better-calibrated one when both are allowed.
 */
public final class CxToNative implements TranspilerPass {
    private static final Gate[] NATIVES = {Gate.CX, Gate.CZ, Gate.ECR, Gate.MS};

    /** The two-qubit gate CX is written with on {@code t}, or null when the basis has none hqml can use. */
    public static Gate nativeGate(Target t) {
        for (Gate g : NATIVES) {
            if (t.supports(g.qasmName())) {
                return g;
            }
        }
        return null;
    }

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Target t = context.target();
        Gate nat = null;
        List<Operation> out = new ArrayList<>(in.size());
        for (Operation op : in.ops()) {
            if (op.gate() != Gate.CX) {
                out.add(op);
                continue;
            }
            if (nat == null) {
                nat = nativeGate(t);
                if (nat == null) {
                    throw new TranspileException("target '" + t.name() + "' has no two-qubit gate hqml can translate to (basis "
                            + t.basisGates() + ")", "hqml writes two-qubit gates as cx, cz, ecr or ms: add one to the target's "
                            + "basis_gates or pass --basis");
                }
            }
            int a = op.qubit(0), b = op.qubit(1);
            boolean symmetric = nat == Gate.CZ || nat == Gate.MS;
            if (symmetric && TwoQubitToCx.reversedIsBetter(t, nat.qasmName(), a, b)) {
                out.addAll(reorder(TwoQubitIdentities.cxWith(nat, a, b), a, b));
            } else if (t.hasEdge(a, b)) {
                out.addAll(TwoQubitIdentities.cxWith(nat, a, b));
            } else if (!t.hasEdge(b, a)) {
                throw new IllegalStateException("CX on " + a + ", " + b + " is on no coupling edge of " + t.name()
                        + "; routing runs before translation");
            } else if (symmetric) {
                out.addAll(reorder(TwoQubitIdentities.cxWith(nat, a, b), a, b));
            } else {
                for (Operation r : TwoQubitIdentities.reversedCx(a, b)) {
                    out.addAll(r.gate() == Gate.CX ? TwoQubitIdentities.cxWith(nat, b, a) : List.of(r));
                }
            }
        }
        return in.with(out);
    }

    /** The native gate of a CX identity run on (b, a): CZ is symmetric, MS with its two phases exchanged. */
    private static List<Operation> reorder(List<Operation> ops, int a, int b) {
        List<Operation> out = new ArrayList<>(ops.size());
        for (Operation op : ops) {
            if (op.gate() == Gate.CZ) {
                out.add(new Operation(Gate.CZ, new int[] {b, a}, new double[0]));
            } else if (op.gate() == Gate.MS) {
                out.add(new Operation(Gate.MS, new int[] {b, a}, new double[] {op.param(1), op.param(0), op.param(2)}));
            } else {
                out.add(op);
            }
        }
        return out;
    }
}
