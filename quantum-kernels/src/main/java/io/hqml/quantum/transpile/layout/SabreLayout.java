package io.hqml.quantum.transpile.layout;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.CouplingGraph;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.routing.SabreSwap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Analysis: refines the layout already in the context with SABRE's forward-backward iterations (Li, Ding,
 * Xie 2019; Qiskit's {@code SabreLayout}): route the circuit from the layout, take where the qubits ended as
 * the start of the reversed circuit, route that, and start again from where they ended; {@value #ITERATIONS}
 * rounds. Each layout met is scored by routing the circuit from it and summing the calibrated errors of what
 * would run (a SWAP as three two-qubit gates, one-qubit gates, readout at the final positions, from
 * {@link DeviceCosts}); the lowest score wins and the starting layout wins ties, so the noise-aware choice is
 * only replaced by a better one. Seeded; skipped on all-to-all devices (nothing to route).
 */
public final class SabreLayout implements TranspilerPass {
    static final int ITERATIONS = 3;
    /** Keeps this pass's random stream apart from the routing stage's, which starts from the same seed. */
    private static final long SALT = 0x5AB1E_1A70L;

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Layout start = context.initialLayout();
        if (start == null) {
            throw new IllegalStateException("SabreLayout refines a layout; run a layout pass first");
        }
        if (context.target().isAllToAll() || in.twoQubitCount() == 0) {
            return in;
        }
        CouplingGraph g = new CouplingGraph(context.target());
        DeviceCosts costs = new DeviceCosts(context.target(), g);
        List<Operation> backwardOps = new ArrayList<>(in.ops());
        java.util.Collections.reverse(backwardOps);
        GateSequence backward = in.with(backwardOps);
        SplittableRandom seeds = new SplittableRandom(context.seed() ^ SALT);
        long scoreSeed = seeds.nextLong();
        Layout best = start;
        double bestScore = score(in, start, g, costs, scoreSeed);
        Layout current = start;
        for (int i = 0; i < ITERATIONS; i++) {
            Layout forwardEnd = moved(current, SabreSwap.route(apply(current, in), g, seeds.nextLong()).position());
            current = moved(forwardEnd, SabreSwap.route(apply(forwardEnd, backward), g, seeds.nextLong()).position());
            double score = score(in, current, g, costs, scoreSeed);
            if (score < bestScore - 1e-15) {
                best = current;
                bestScore = score;
            }
        }
        context.setInitialLayout(best);
        return in;
    }

    /** Estimated error of the circuit routed from {@code layout}. */
    private static double score(GateSequence in, Layout layout, CouplingGraph g, DeviceCosts c, long seed) {
        SabreSwap.Routed r = SabreSwap.route(apply(layout, in), g, seed);
        double s = 0;
        for (Operation op : r.ops()) {
            if (op.gate().arity() == 2) {
                double e = c.edge(op.qubit(0), op.qubit(1));
                s += op.gate() == io.hqml.quantum.circuit.Gate.SWAP ? 3 * e : e;
            } else {
                s += c.oneQubitError(op.qubit(0));
            }
        }
        int[] end = r.position();
        for (int v = 0; v < layout.numVirtual(); v++) {
            s += c.readout(end[layout.physical(v)]);
        }
        return s;
    }

    private static GateSequence apply(Layout l, GateSequence virtual) {
        List<Operation> out = new ArrayList<>(virtual.size());
        for (Operation op : virtual.ops()) {
            int[] q = op.qubits();
            for (int i = 0; i < q.length; i++) {
                q[i] = l.physical(q[i]);
            }
            out.add(new Operation(op.gate(), q, op.params()));
        }
        return new GateSequence(l.numPhysical(), out);
    }

    /** The layout after routing moved wire {@code w} (a physical start qubit) to {@code position[w]}. */
    private static Layout moved(Layout l, int[] position) {
        int[] full = new int[l.numPhysical()];
        for (int v = 0; v < full.length; v++) {
            full[v] = position[l.physical(v)];
        }
        return Layout.ofPermutation(l.numVirtual(), full);
    }
}
