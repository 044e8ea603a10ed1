package io.hqml.quantum.transpile.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.ExampleTargets;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.CouplingGraph;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.routing.SabreSwap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutAndRoutingTest {

    @Test
    void trivialLayoutIsTheIdentity() {
        Target t = ExampleTargets.load("line-7.json");
        PassContext ctx = new PassContext(t, 0, 3);
        new TrivialLayout().run(new GateSequence(3, List.of()), ctx);
        assertArrayEquals(new int[] {0, 1, 2}, ctx.initialLayout().physicalOfVirtuals());
        assertEquals("{0 -> 0, 1 -> 1, 2 -> 2}", ctx.initialLayout().toString());
        assertEquals(7, ctx.initialLayout().numPhysical());
    }

    @Test
    void noiseAwareLayoutPicksConnectedLowErrorQubits() {
        Target t = ExampleTargets.load("line-7.json");
        // a 3-qubit chain 0-1-2 plus one-qubit work; qubit 6 has four times the errors of the others
        List<Operation> ops = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            ops.add(Operation.of(Gate.CX, 0, 0, 1));
            ops.add(Operation.of(Gate.CX, 0, 1, 2));
            ops.add(Operation.of(Gate.SX, 0, 2));
        }
        PassContext ctx = new PassContext(t, 0, 3);
        new NoiseAwareLayout().run(new GateSequence(3, ops), ctx);
        int[] p = ctx.initialLayout().physicalOfVirtuals();
        CouplingGraph g = new CouplingGraph(t);
        assertTrue(g.adjacent(p[0], p[1]) && g.adjacent(p[1], p[2]), "interacting pairs are neighbours: " + ctx.initialLayout());
        for (int q : p) {
            assertNotEquals(6, q, "the outlier qubit is avoided: " + ctx.initialLayout());
        }
        // and the chosen chain has the lowest summed cz + readout error of all chains of 3 on the line
        double chosen = chainCost(t, p[0], p[1], p[2]);
        for (int s = 0; s + 2 < 7; s++) {
            assertTrue(chosen <= Math.min(chainCost(t, s, s + 1, s + 2), chainCost(t, s + 2, s + 1, s)) + oneQubitSlack(),
                    "chain at " + s + " is better than " + ctx.initialLayout());
        }
    }

    /** The layout also weighs one-qubit errors (5 sx of at most 6e-4 here); allow their contribution as slack. */
    private static double oneQubitSlack() {
        return 5 * 6e-4;
    }

    /** cz runs in the better-calibrated direction (translation picks it), so each edge costs its lower error. */
    private static double chainCost(Target t, int a, int b, int c) {
        return 5 * (cz(t, a, b) + cz(t, b, c))
                + t.readoutError(a) + t.readoutError(b) + t.readoutError(c);
    }

    private static double cz(Target t, int a, int b) {
        return Math.min(t.instructionError("cz", a, b), t.instructionError("cz", b, a));
    }

    @Test
    void sabreLayoutImprovesAScatteredStart() {
        Target t = ExampleTargets.load("heavy-hex-16.json");
        List<Operation> ops = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            for (int v = 0; v < 4; v++) {
                ops.add(Operation.of(Gate.CX, 0, v, v + 1));
            }
        }
        GateSequence chain = new GateSequence(5, ops);
        Layout scattered = Layout.of(16, 0, 15, 6, 9, 3);
        PassContext ctx = new PassContext(t, 3, 5);
        ctx.setInitialLayout(scattered);
        new SabreLayout().run(chain, ctx);
        Layout refined = ctx.initialLayout();
        CouplingGraph g = new CouplingGraph(t);
        int before = SabreSwap.route(new ApplyLayout().run(chain, withLayout(t, scattered)), g, 1).swaps();
        int after = SabreSwap.route(new ApplyLayout().run(chain, withLayout(t, refined)), g, 1).swaps();
        assertTrue(after < before, "swaps " + before + " -> " + after + " with " + refined);
        PassContext again = new PassContext(t, 3, 5);
        again.setInitialLayout(scattered);
        new SabreLayout().run(chain, again);
        assertEquals(refined, again.initialLayout(), "deterministic for a seed");
    }

    private static PassContext withLayout(Target t, Layout l) {
        PassContext c = new PassContext(t, 0, l.numVirtual());
        c.setInitialLayout(l);
        return c;
    }

    @Test
    void sabreRoutesALongRangeGateAndTracksTheFinalLayout() {
        Target t = ExampleTargets.load("line-7.json");
        // cx between the ends of a 7-qubit line: five SWAPs bring them together
        GateSequence in = new GateSequence(7, List.of(Operation.of(Gate.CX, 0, 0, 6), Operation.of(Gate.X, 0, 0)));
        PassContext ctx = new PassContext(t, 42, 7);
        ctx.setInitialLayout(Layout.of(7, 0, 1, 2, 3, 4, 5, 6));
        GateSequence out = new SabreSwap().run(in, ctx);
        long swaps = out.ops().stream().filter(o -> o.gate() == Gate.SWAP).count();
        assertEquals(5, swaps, out.ops().toString());
        CouplingGraph g = new CouplingGraph(t);
        for (Operation op : out.ops()) {
            if (op.gate().arity() == 2) {
                assertTrue(g.adjacent(op.qubit(0), op.qubit(1)), op.toString());
            }
        }
        // the x on virtual 0 runs where virtual 0 ended up
        Operation last = out.ops().get(out.ops().size() - 1);
        assertEquals(Gate.X, last.gate());
        assertEquals(ctx.finalLayout().physical(0), last.qubit(0));
        assertEquals(out, new SabreSwap().run(in, ctx), "deterministic for a seed");
    }
}
