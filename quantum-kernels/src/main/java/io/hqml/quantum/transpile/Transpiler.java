package io.hqml.quantum.transpile;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.PassManager.Stage;
import io.hqml.quantum.transpile.analysis.CheckTargetConformance;
import io.hqml.quantum.transpile.analysis.DepthBudget;
import io.hqml.quantum.transpile.analysis.SuccessProbability;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.layout.ApplyLayout;
import io.hqml.quantum.transpile.layout.NoiseAwareLayout;
import io.hqml.quantum.transpile.layout.SabreLayout;
import io.hqml.quantum.transpile.layout.TrivialLayout;
import io.hqml.quantum.transpile.optimization.CancelInversePairs;
import io.hqml.quantum.transpile.optimization.DropIdentities;
import io.hqml.quantum.transpile.optimization.MergeRotations;
import io.hqml.quantum.transpile.optimization.ResynthesizeOneQubitRuns;
import io.hqml.quantum.transpile.routing.SabreSwap;
import io.hqml.quantum.transpile.translation.CxToNative;
import io.hqml.quantum.transpile.translation.OneQubitSynthesis;
import io.hqml.quantum.transpile.translation.TwoQubitToCx;
import io.hqml.quantum.transpile.translation.UnrollThreeQubit;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a circuit for a {@link Target} (Qiskit's {@code transpile} with its preset staged pass manager):
 * <pre>
 *   init          UnrollThreeQubit
 *   layout        NoiseAwareLayout, SabreLayout | TrivialLayout; ApplyLayout
 *   routing       SabreSwap
 *   translation   TwoQubitToCx, CxToNative, OneQubitSynthesis
 *   optimization  CancelInversePairs, MergeRotations, DropIdentities, ResynthesizeOneQubitRuns  (until stable)
 *   check         CheckTargetConformance, DepthBudget
 * </pre>
 * The result equals the input up to a global phase and the qubit permutation of its layouts. Deterministic
 * for a seed.
 */
public final class Transpiler {
    private Transpiler() {
    }

    public static TranspileResult transpile(Circuit circuit, Target target, TranspileOptions options) {
        if (circuit.numQubits() > target.numQubits()) {
            throw new TranspileException("circuit has " + circuit.numQubits() + " qubits but target '" + target.name()
                    + "' has " + target.numQubits(), "use a target with at least " + circuit.numQubits()
                    + " qubits or a narrower circuit");
        }
        PassContext context = new PassContext(target, options.seed(), circuit.numQubits());
        GateSequence out = presetPassManager(options).run(GateSequence.of(circuit), context);
        SuccessProbability.Estimate estimate = SuccessProbability.estimate(out, target,
                context.finalLayout().physicalOfVirtuals());
        return new TranspileResult(target.name(), options.seed(), out, context.initialLayout(), context.finalLayout(),
                estimate.probability(), estimate.uncalibrated(), context.stages(), circuit.operations().size(),
                inputTwoQubitGates(circuit), circuit.depth());
    }

    /** The staged pass manager {@link #transpile} runs. */
    public static PassManager presetPassManager(TranspileOptions options) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new Stage("init", List.of(new UnrollThreeQubit()), false));
        List<TranspilerPass> layout = options.layout() == TranspileOptions.LayoutMethod.TRIVIAL
                ? List.of(new TrivialLayout(), new ApplyLayout())
                : List.of(new NoiseAwareLayout(), new SabreLayout(), new ApplyLayout());
        stages.add(new Stage("layout", layout, false));
        stages.add(new Stage("routing", List.of(new SabreSwap()), false));
        stages.add(new Stage("translation", List.of(new TwoQubitToCx(), new CxToNative(), new OneQubitSynthesis()), false));
        if (options.optimize()) {
            stages.add(new Stage("optimization", List.of(new CancelInversePairs(), new MergeRotations(), new DropIdentities(),
                    new ResynthesizeOneQubitRuns()), true));
        }
        List<TranspilerPass> checks = new ArrayList<>(List.of(new CheckTargetConformance()));
        if (options.maxDepth() != TranspileOptions.NO_DEPTH_LIMIT) {
            checks.add(new DepthBudget(options.maxDepth()));
        }
        stages.add(new Stage("check", checks, false));
        return new PassManager(stages);
    }

    private static int inputTwoQubitGates(Circuit c) {
        int n = 0;
        for (Operation op : c.operations()) {
            n += op.gate() == Gate.CCX ? 6 : op.gate().arity() == 2 ? 1 : 0;
        }
        return n;
    }
}
