package io.hqml.quantum.transpile.optimization;

import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.OneQubitRuns;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.synthesis.Mat2;
import io.hqml.quantum.transpile.synthesis.OneQubitBasis;
import io.hqml.quantum.transpile.synthesis.OneQubitSynthesizer;

/**
 * Re-synthesises each run of two or more one-qubit gates in the target's basis and keeps the result only
 * when it is strictly shorter (Qiskit's {@code Optimize1qGatesDecomposition}): a run multiplying to the
 * identity disappears, {@code sx sx} becomes {@code x}. Never adds an operation.
 */
public final class ResynthesizeOneQubitRuns implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Target t = context.target();
        OneQubitBasis basis = OneQubitBasis.forBasis(t.basisGates());
        if (basis == null) {
            return in;
        }
        boolean hasX = t.supports("x");
        return OneQubitRuns.rewrite(in, (run, q) -> {
            if (run.size() < 2) {
                return run;
            }
            var shorter = OneQubitSynthesizer.synthesize(Mat2.ofRun(run), q, basis, hasX);
            return shorter.size() < run.size() ? shorter : run;
        });
    }
}
