package io.hqml.quantum.kernel;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.TranspileOptions;
import io.hqml.quantum.transpile.TranspileResult;
import io.hqml.quantum.transpile.Transpiler;

/**
 * A {@link CircuitCompiler} that runs the hqml transpiler ({@link Transpiler}: layout, routing, basis
 * translation, optimisation) for the backend's Target, with a fixed seed so a kernel stays deterministic. The
 * compiled circuit spans all the Target's qubits; the kernel reads logical qubit {@code v} on
 * {@code finalLayout.physical(v)}. Holds only its settings, so it serializes to executors cheaply.
 */
public final class TranspilingCompiler implements CircuitCompiler {
    private static final long serialVersionUID = 1L;

    private final long seed;
    private final String layout;
    private final boolean optimize;

    /**
     * @param seed     seed of the transpiler's stochastic passes (layout refinement, routing)
     * @param layout   layout method name ({@code noise-aware} or {@code trivial}, see {@link TranspileOptions})
     * @param optimize whether the optimisation stage runs
     */
    public TranspilingCompiler(long seed, String layout, boolean optimize) {
        TranspileOptions.LayoutMethod.of(layout); // validate now, not on an executor
        this.seed = seed;
        this.layout = layout;
        this.optimize = optimize;
    }

    /** Seeded, noise-aware layout, optimisation on (the transpiler's defaults). */
    public static TranspilingCompiler defaults(long seed) {
        return new TranspilingCompiler(seed, TranspileOptions.defaults().layout().name(), true);
    }

    @Override
    public Compiled compile(Circuit logical, Target target) {
        TranspileOptions options = TranspileOptions.defaults().withSeed(seed)
                .withLayout(TranspileOptions.LayoutMethod.of(layout)).withOptimize(optimize);
        TranspileResult r = Transpiler.transpile(logical, target, options);
        return new Compiled(r.circuit().toCircuit(), r.finalLayout().physicalOfVirtuals());
    }

    @Override
    public String describe() {
        return "transpile(seed=" + seed + ",layout=" + layout.toLowerCase(java.util.Locale.ROOT) + ",optimize=" + optimize + ")";
    }
}
