package io.hqml.quantum.transpile.analysis;

import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.transpile.core.TranspilerPass;

/**
 * Analysis: refuses a transpiled circuit deeper than {@code maxDepth} (decoherence makes deeper circuits
 * on the device mostly noise; a budget stops them before they are submitted and billed).
 */
public final class DepthBudget implements TranspilerPass {
    private final int maxDepth;

    public DepthBudget(int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("depth budget must be >= 1, got " + maxDepth);
        }
        this.maxDepth = maxDepth;
    }

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        int depth = in.depth();
        if (depth > maxDepth) {
            throw new TranspileException("transpiled circuit has depth " + depth + " on target '" + context.target().name()
                    + "', over the depth budget of " + maxDepth, "raise the budget (--max-depth), shorten the circuit, "
                    + "or choose a better-connected target");
        }
        return in;
    }
}
