package io.hqml.quantum.transpile.core;

import io.hqml.quantum.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What passes share during one transpilation (Qiskit's {@code PropertySet} plus the target): the target, the
 * seed, and the facts analysis passes record: the initial layout (set by a layout pass), the final layout
 * (where each virtual qubit ends after routing) and a log of each stage's result.
 */
public final class PassContext {
    private final Target target;
    private final long seed;
    private final int numVirtual;
    private Layout initialLayout;
    private Layout finalLayout;
    private final List<StageStats> stages = new ArrayList<>();

    public PassContext(Target target, long seed, int numVirtual) {
        this.target = Objects.requireNonNull(target, "target");
        this.seed = seed;
        this.numVirtual = numVirtual;
    }

    public Target target() {
        return target;
    }

    /** The transpilation's seed; stochastic passes derive their random streams from it. */
    public long seed() {
        return seed;
    }

    /** Qubits of the input circuit. */
    public int numVirtual() {
        return numVirtual;
    }

    /** The layout chosen by the layout stage, or null before it ran. */
    public Layout initialLayout() {
        return initialLayout;
    }

    public void setInitialLayout(Layout layout) {
        this.initialLayout = layout;
        this.finalLayout = layout;
    }

    /** Where each virtual qubit is at the end of the circuit (the initial layout when nothing was routed). */
    public Layout finalLayout() {
        return finalLayout;
    }

    public void setFinalLayout(Layout layout) {
        this.finalLayout = layout;
    }

    public List<StageStats> stages() {
        return List.copyOf(stages);
    }

    public void recordStage(StageStats stats) {
        stages.add(stats);
    }

    /** Size of the circuit after one stage, as Qiskit's pass-manager callback reports it. */
    public record StageStats(String stage, int gates, int twoQubitGates, int depth) {
    }
}
