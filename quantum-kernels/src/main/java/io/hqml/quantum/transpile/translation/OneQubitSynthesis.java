package io.hqml.quantum.transpile.translation;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.OneQubitRuns;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.synthesis.Mat2;
import io.hqml.quantum.transpile.synthesis.OneQubitBasis;
import io.hqml.quantum.transpile.synthesis.OneQubitSynthesizer;
import java.util.List;

/**
 * Multiplies each run of one-qubit gates that holds a gate outside the target's basis into one 2 x 2
 * unitary and writes it in the basis ({@link OneQubitSynthesizer}; Qiskit's {@code UnitarySynthesis} on
 * {@code Optimize1qGatesDecomposition}'s runs). Runs already in the basis are left for the optimiser.
 */
public final class OneQubitSynthesis implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Target t = context.target();
        OneQubitBasis basis = OneQubitBasis.forBasis(t.basisGates());
        boolean hasX = t.supports("x");
        return OneQubitRuns.rewrite(in, (run, q) -> {
            if (inBasis(run, t)) {
                return run;
            }
            if (basis == null) {
                throw new TranspileException("target '" + t.name() + "' has no one-qubit basis hqml can synthesise into (basis "
                        + t.basisGates() + ")", "hqml writes one-qubit gates as {rz, sx[, x]}, {rz, ry}, {rz, rx}, {u} or "
                        + "{gpi, gpi2}: add one of these to the target's basis_gates or pass --basis");
            }
            return OneQubitSynthesizer.synthesize(Mat2.ofRun(run), q, basis, hasX);
        });
    }

    static boolean inBasis(List<Operation> run, Target t) {
        for (Operation op : run) {
            if (!t.supports(op.gate().qasmName())) {
                return false;
            }
        }
        return true;
    }
}
