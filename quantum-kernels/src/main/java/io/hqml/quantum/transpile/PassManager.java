package io.hqml.quantum.transpile;

import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.PassContext.StageStats;
import io.hqml.quantum.transpile.core.TranspilerPass;
import java.util.List;

/**
 * Runs named stages of passes in order (Qiskit's {@code StagedPassManager}); a stage marked
 * {@code untilStable} repeats its passes while they shrink the circuit, at most {@value #MAX_ROUNDS} rounds
 * (Qiskit's {@code DoWhileController} on a fixed point). Records each stage's size in the context.
 */
public final class PassManager {
    /** Most rounds of an {@code untilStable} stage. */
    public static final int MAX_ROUNDS = 20;

    /** A named list of passes. */
    public record Stage(String name, List<TranspilerPass> passes, boolean untilStable) {
        public Stage {
            passes = List.copyOf(passes);
        }
    }

    private final List<Stage> stages;

    public PassManager(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public GateSequence run(GateSequence in, PassContext context) {
        GateSequence c = in;
        for (Stage stage : stages) {
            int rounds = 0;
            while (true) {
                int before = c.size();
                for (TranspilerPass pass : stage.passes()) {
                    c = pass.run(c, context);
                }
                if (!stage.untilStable() || c.size() >= before || ++rounds >= MAX_ROUNDS) {
                    break;
                }
            }
            context.recordStage(new StageStats(stage.name(), c.size(), c.twoQubitCount(), c.depth()));
        }
        return c;
    }
}
