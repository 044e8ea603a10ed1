package io.hqml.quantum.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.JavaStatevectorEngineTest;
import io.hqml.quantum.target.ExampleTargets;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.TranspileOptions.LayoutMethod;
import io.hqml.quantum.transpile.core.PassContext.StageStats;
import io.hqml.quantum.transpile.core.TranspileException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "done when": on every example target of conf/targets, random circuits of every gate transpile
 * to circuits equal to the original up to the final qubit permutation and a global phase (statevector on the
 * physical register, 1e-9 per amplitude), in the target's basis, two-qubit gates on coupling edges in their
 * direction; the same seed gives the same circuit; the optimiser never adds gates; too-wide circuits and
 * depth budgets fail with one clear line.
 */
class TranspilerTest {

    static Stream<String> targets() {
        return ExampleTargets.files().stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("targets")
    void randomCircuitsTranspileToEquivalentIsaCircuits(String file) {
        Target t = ExampleTargets.load(file);
        SplittableRandom rnd = new SplittableRandom(file.hashCode());
        int[] widths = {2, 3, Math.min(5, t.numQubits()), Math.min(8, t.numQubits()), t.numQubits() <= 9 ? t.numQubits() : 6};
        for (LayoutMethod layout : LayoutMethod.values()) {
            for (int trial = 0; trial < widths.length; trial++) {
                int n = widths[trial];
                Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 40, rnd);
                long seed = rnd.nextLong();
                TranspileResult r = Transpiler.transpile(c, t, TranspileOptions.defaults().withSeed(seed).withLayout(layout));
                String what = file + " " + layout + " n=" + n + " seed=" + seed;
                Equivalence.assertConforms(r, t, what);
                Equivalence.assertEquivalent(c, r, rnd, what);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void sameSeedSameCircuitAndOptimiserNeverAddsGates(String file) {
        Target t = ExampleTargets.load(file);
        SplittableRandom rnd = new SplittableRandom(7 + file.hashCode());
        for (int trial = 0; trial < 6; trial++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(Math.min(6, t.numQubits()), 50, rnd);
            TranspileOptions o = TranspileOptions.defaults().withSeed(trial * 31L);
            TranspileResult a = Transpiler.transpile(c, t, o);
            TranspileResult b = Transpiler.transpile(c, t, o);
            assertEquals(a.circuit(), b.circuit(), "same seed, same ops");
            assertEquals(a.initialLayout(), b.initialLayout());
            assertEquals(a.finalLayout(), b.finalLayout());
            assertEquals(a.successProbability(), b.successProbability());
            StageStats translated = stage(a, "translation"), optimized = stage(a, "optimization");
            assertTrue(optimized.gates() <= translated.gates(), translated + " -> " + optimized);
            assertTrue(optimized.twoQubitGates() <= translated.twoQubitGates(), translated + " -> " + optimized);
            TranspileResult plain = Transpiler.transpile(c, t, o.withOptimize(false));
            assertEquals(translated.gates(), plain.size(), "without optimisation the translated circuit is the result");
            assertTrue(a.size() <= plain.size());
        }
    }

    @Test
    void reportsLayoutsCountsAndSuccessProbability() {
        Target t = ExampleTargets.load("line-7.json");
        // GHZ on 4 qubits with a long-range CX: needs routing on a line
        Circuit c = Circuit.builder(4).add(Gate.H, 0).add(Gate.CX, 0, 1).add(Gate.CX, 1, 2).add(Gate.CX, 2, 3)
                .add(Gate.CX, 0, 3).build();
        TranspileResult r = Transpiler.transpile(c, t, TranspileOptions.defaults().withSeed(3));
        assertEquals(List.of("init", "layout", "routing", "translation", "optimization", "check"),
                r.stages().stream().map(StageStats::stage).toList());
        assertEquals(5, r.inputGates());
        assertEquals(4, r.inputTwoQubitGates());
        assertTrue(r.twoQubitCount() >= 4, "a CX on a line between qubits 3 apart costs SWAPs");
        assertEquals(r.circuit().twoQubitCount(), r.twoQubitCount());
        assertEquals(r.circuit().depth(), r.depth());
        for (int v = 0; v < 4; v++) {
            assertTrue(r.initialLayout().physical(v) != 6, "the noisy outlier qubit 6 is avoided: " + r.initialLayout());
        }
        // the success probability is the product over the circuit's ops and final readouts
        double p = 1;
        for (var op : r.circuit().ops()) {
            double e = t.instructionError(op.gate().qasmName(), op.qubits());
            p *= 1 - e;
        }
        for (int q : r.finalLayout().physicalOfVirtuals()) {
            p *= 1 - t.readoutError(q);
        }
        assertEquals(p, r.successProbability(), 1e-15);
        assertEquals(0, r.uncalibrated());
        assertTrue(r.successProbability() > 0.5 && r.successProbability() < 1);
        Equivalence.assertEquivalent(c, r, new SplittableRandom(1), "ghz");
    }

    @Test
    void symmetricNativeGatesRunInTheBetterCalibratedDirection() {
        Target t = ExampleTargets.load("line-7.json");
        // cz(0,1) has error 0.00797 and cz(1,0) 0.00749 in line-7.json: a CX(0,1) runs as cz on (1, 0)
        Circuit bell = Circuit.builder(2).add(Gate.H, 0).add(Gate.CX, 0, 1).build();
        TranspileResult r = Transpiler.transpile(bell, t, TranspileOptions.defaults().withLayout(LayoutMethod.TRIVIAL));
        var cz = r.circuit().ops().stream().filter(o -> o.gate() == Gate.CZ).toList();
        assertEquals(1, cz.size());
        assertEquals(List.of(1, 0), List.of(cz.get(0).qubit(0), cz.get(0).qubit(1)));
        Equivalence.assertEquivalent(bell, r, new SplittableRandom(2), "bell");
    }

    @Test
    void tooWideCircuitFailsWithOneClearLine() {
        Target t = ExampleTargets.load("line-7.json");
        Circuit wide = Circuit.builder(8).add(Gate.H, 7).build();
        TranspileException e = assertThrows(TranspileException.class, () -> Transpiler.transpile(wide, t, TranspileOptions.defaults()));
        assertEquals("circuit has 8 qubits but target 'line-7' has 7; use a target with at least 8 qubits or a narrower circuit",
                e.getMessage());
    }

    @Test
    void depthBudgetRefusesDeeperOutput() {
        Target t = ExampleTargets.load("grid-3x3.json");
        Circuit c = JavaStatevectorEngineTest.randomCircuit(5, 60, new SplittableRandom(4));
        TranspileResult ok = Transpiler.transpile(c, t, TranspileOptions.defaults());
        int depth = ok.depth();
        assertEquals(depth, Transpiler.transpile(c, t, TranspileOptions.defaults().withMaxDepth(depth)).depth(), "at the budget: fine");
        TranspileException e = assertThrows(TranspileException.class,
                () -> Transpiler.transpile(c, t, TranspileOptions.defaults().withMaxDepth(depth - 1)));
        assertEquals("transpiled circuit has depth " + depth + " on target 'grid-3x3', over the depth budget of " + (depth - 1)
                + "; raise the budget (--max-depth), shorten the circuit, or choose a better-connected target", e.getMessage());
    }

    @Test
    void basisWithoutUsableGatesFailsClearly() {
        Target t = ExampleTargets.load("line-7.json");
        Circuit bell = Circuit.builder(2).add(Gate.H, 0).add(Gate.CX, 0, 1).build();
        TranspileException twoQubit = assertThrows(TranspileException.class, () -> Transpiler.transpile(bell,
                t.withBasisGates(List.of("rz", "sx", "x", "iswap")), TranspileOptions.defaults()));
        assertTrue(twoQubit.getMessage().startsWith("target 'line-7' has no two-qubit gate hqml can translate to (basis [iswap, rz, sx, x])"),
                twoQubit.getMessage());
        TranspileException oneQubit = assertThrows(TranspileException.class, () -> Transpiler.transpile(bell,
                t.withBasisGates(List.of("prx", "cz")), TranspileOptions.defaults()));
        assertTrue(oneQubit.getMessage().contains("no one-qubit basis hqml can synthesise into"), oneQubit.getMessage());
    }

    @Test
    void disconnectedQubitsFailClearlyWithTheTrivialLayout() {
        Target split = Target.builder("two-islands", 4).basisGates("cx", "rz", "sx", "x")
                .couplingEdges(List.of(new int[] {0, 1}, new int[] {2, 3})).build();
        Circuit c = Circuit.builder(3).add(Gate.CX, 0, 2).build();
        TranspileException e = assertThrows(TranspileException.class,
                () -> Transpiler.transpile(c, split, TranspileOptions.defaults().withLayout(LayoutMethod.TRIVIAL)));
        assertTrue(e.getMessage().contains("does not connect"), e.getMessage());
    }

    private static StageStats stage(TranspileResult r, String name) {
        return r.stages().stream().filter(s -> s.stage().equals(name)).findFirst().orElseThrow();
    }
}
