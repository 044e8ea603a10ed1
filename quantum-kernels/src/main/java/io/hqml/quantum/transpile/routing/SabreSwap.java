package io.hqml.quantum.transpile.routing;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.CouplingGraph;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.transpile.core.TranspilerPass;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Inserts SWAPs so that every two-qubit gate acts on neighbouring physical qubits: SABRE (Li, Ding, Xie,
 * ASPLOS 2019; Qiskit's {@code SabreSwap}, "decay" heuristic). Gates whose qubits are neighbours run as soon as
 * their predecessors have; when none can, the SWAP on an edge touching the front layer that minimises
 * <pre>  max(decay_a, decay_b) * (mean distance of the front layer + W * mean distance of the extended set)</pre>
 * is applied (distances from {@link CouplingGraph}; extended set = the next {@value #EXTENDED_SET_SIZE}
 * two-qubit gates; {@code W} = {@value #EXTENDED_SET_WEIGHT}; decay grows by {@value #DECAY_DELTA} per SWAP
 * on a qubit and resets every {@value #DECAY_RESET} SWAPs and after each executed gate). Equal scores are
 * broken by the seeded random stream, so the result is deterministic for a seed. After
 * {@code 10 * numQubits} SWAPs without progress, the closest front gate is walked along a shortest path
 * (Qiskit's release valve), so routing always ends.
 *
 * <p>{@link #TRIALS} independent seeded trials run and the one with the fewest SWAPs is kept (the first
 * on a tie). Directions do not matter here: edges count both ways; translation fixes gate direction.
 * Records the final layout: where each virtual qubit ends.
 */
public final class SabreSwap implements TranspilerPass {
    static final int EXTENDED_SET_SIZE = 20;
    static final double EXTENDED_SET_WEIGHT = 0.5;
    static final double DECAY_DELTA = 0.001;
    static final int DECAY_RESET = 5;
    /** Seeded routing trials; the best is kept. */
    public static final int TRIALS = 4;

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        CouplingGraph g = new CouplingGraph(context.target());
        checkConnected(in, g, context);
        Routed best = null;
        SplittableRandom seeds = new SplittableRandom(context.seed());
        for (int trial = 0; trial < TRIALS; trial++) {
            Routed r = route(in, g, seeds.nextLong());
            if (best == null || r.swaps() < best.swaps()) {
                best = r;
            }
        }
        Layout initial = context.initialLayout();
        int[] position = best.position();
        int[] full = new int[initial.numPhysical()];
        for (int v = 0; v < full.length; v++) {
            full[v] = position[initial.physical(v)];
        }
        context.setFinalLayout(Layout.ofPermutation(initial.numVirtual(), full));
        return in.with(best.ops());
    }

    private static void checkConnected(GateSequence in, CouplingGraph g, PassContext context) {
        for (Operation op : in.ops()) {
            if (op.gate().arity() == 2 && g.distance(op.qubit(0), op.qubit(1)) >= CouplingGraph.UNREACHABLE) {
                throw new TranspileException("a two-qubit gate joins physical qubits " + op.qubit(0) + " and " + op.qubit(1)
                        + ", which the coupling map of target '" + context.target().name() + "' does not connect",
                        "use the noise-aware layout (it places a circuit on connected qubits) or a target with a connected coupling map");
            }
            if (op.gate().arity() > 2) {
                throw new IllegalStateException("routing needs gates on at most 2 qubits; unroll " + op + " first");
            }
        }
    }

    /**
     * One routing trial of a physical circuit whose wires start on the physical qubits of the same number:
     * the routed operations, the SWAPs inserted, and {@code position[w]}, where wire {@code w} ends.
     */
    public static Routed route(GateSequence in, CouplingGraph g, long seed) {
        return new Router(in, g, new SplittableRandom(seed)).route();
    }

    /** Result of {@link #route}. */
    public record Routed(List<Operation> ops, int swaps, int[] position) {
        public Routed {
            ops = List.copyOf(ops);
            position = position.clone();
        }

        @Override
        public int[] position() {
            return position.clone();
        }
    }

    /** One routing trial; single use. */
    private static final class Router {
        private final List<Operation> ops;
        private final CouplingGraph g;
        private final SplittableRandom rnd;
        private final int[] position;    // wire (initial physical qubit) -> current physical qubit
        private final int[] wireAt;      // physical qubit -> wire
        private final int[] pending;     // unexecuted predecessors per op
        private final List<List<Integer>> successors = new ArrayList<>();
        private final double[] decay;
        private final List<Operation> out = new ArrayList<>();
        private final List<Integer> front = new ArrayList<>();
        private int swaps;

        Router(GateSequence in, CouplingGraph g, SplittableRandom rnd) {
            this.ops = in.ops();
            this.g = g;
            this.rnd = rnd;
            int n = in.numQubits();
            position = new int[n];
            wireAt = new int[n];
            for (int q = 0; q < n; q++) {
                position[q] = q;
                wireAt[q] = q;
            }
            decay = new double[n];
            java.util.Arrays.fill(decay, 1);
            pending = new int[ops.size()];
            int[] last = new int[n];
            java.util.Arrays.fill(last, -1);
            for (int i = 0; i < ops.size(); i++) {
                successors.add(new ArrayList<>());
                Operation op = ops.get(i);
                for (int k = 0; k < op.gate().arity(); k++) {
                    int p = last[op.qubit(k)];
                    if (p >= 0 && !successors.get(p).contains(i)) {
                        successors.get(p).add(i);
                        pending[i]++;
                    }
                    last[op.qubit(k)] = i;
                }
            }
        }

        Routed route() {
            List<Integer> initial = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                if (pending[i] == 0) {
                    initial.add(i);
                }
            }
            initial.forEach(this::ready);
            int sinceProgress = 0;
            while (!front.isEmpty()) {
                if (executeFront()) {
                    sinceProgress = 0;
                    java.util.Arrays.fill(decay, 1);
                    continue;
                }
                if (sinceProgress >= 10 * g.numQubits()) {
                    releaseValve();
                    sinceProgress = 0;
                    continue;
                }
                int[] s = bestSwap();
                swap(s[0], s[1]);
                decay[s[0]] += DECAY_DELTA;
                decay[s[1]] += DECAY_DELTA;
                if (++sinceProgress % DECAY_RESET == 0) {
                    java.util.Arrays.fill(decay, 1);
                }
            }
            return new Routed(out, swaps, position.clone());
        }

        /** A one-qubit op runs at once; a two-qubit op joins the front layer. */
        private void ready(int i) {
            if (ops.get(i).gate().arity() == 1) {
                emit(i);
            } else {
                front.add(i);
            }
        }

        /** Emits op {@code first} and every one-qubit op it unblocks (a queue, not recursion: long runs). */
        private void emit(int first) {
            java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
            work.add(first);
            while (!work.isEmpty()) {
                int i = work.poll();
                Operation op = ops.get(i);
                int[] q = op.qubits();
                for (int k = 0; k < q.length; k++) {
                    q[k] = position[q[k]];
                }
                out.add(new Operation(op.gate(), q, op.params()));
                for (int s : successors.get(i)) {
                    if (--pending[s] == 0) {
                        if (ops.get(s).gate().arity() == 1) {
                            work.add(s);
                        } else {
                            front.add(s);
                        }
                    }
                }
            }
        }

        /** Runs every front gate whose qubits are neighbours; true if any ran. */
        private boolean executeFront() {
            boolean any = false;
            boolean progress = true;
            while (progress) {
                progress = false;
                front.sort(null);
                for (int k = 0; k < front.size(); k++) {
                    int i = front.get(k);
                    Operation op = ops.get(i);
                    if (g.adjacent(position[op.qubit(0)], position[op.qubit(1)])) {
                        front.remove(k);
                        emit(i);
                        any = true;
                        progress = true;
                        break;
                    }
                }
            }
            return any;
        }

        private int[] bestSwap() {
            List<Integer> extended = extendedSet();
            List<int[]> candidates = new ArrayList<>();
            for (int i : front) {
                Operation op = ops.get(i);
                for (int k = 0; k < 2; k++) {
                    int p = position[op.qubit(k)];
                    for (int nb : g.neighbours(p)) {
                        int a = Math.min(p, nb), b = Math.max(p, nb);
                        boolean seen = false;
                        for (int[] c : candidates) {
                            seen |= c[0] == a && c[1] == b;
                        }
                        if (!seen) {
                            candidates.add(new int[] {a, b});
                        }
                    }
                }
            }
            candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
            double best = Double.POSITIVE_INFINITY;
            List<int[]> ties = new ArrayList<>();
            for (int[] c : candidates) {
                double score = score(c[0], c[1], extended);
                if (score < best - 1e-12) {
                    best = score;
                    ties.clear();
                    ties.add(c);
                } else if (score <= best + 1e-12) {
                    ties.add(c);
                }
            }
            return ties.get(rnd.nextInt(ties.size()));
        }

        private double score(int a, int b, List<Integer> extended) {
            swapPositions(a, b);
            double f = meanDistance(front);
            double e = extended.isEmpty() ? 0 : meanDistance(extended);
            swapPositions(a, b);
            return Math.max(decay[a], decay[b]) * (f + EXTENDED_SET_WEIGHT * e);
        }

        private double meanDistance(List<Integer> gates) {
            double sum = 0;
            for (int i : gates) {
                Operation op = ops.get(i);
                sum += g.distance(position[op.qubit(0)], position[op.qubit(1)]);
            }
            return sum / gates.size();
        }

        /** The next two-qubit gates after the front layer, in op order, breadth first. */
        private List<Integer> extendedSet() {
            List<Integer> set = new ArrayList<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(front);
            java.util.Set<Integer> seen = new java.util.HashSet<>(front);
            while (!queue.isEmpty() && set.size() < EXTENDED_SET_SIZE) {
                int i = queue.poll();
                for (int s : successors.get(i)) {
                    if (seen.add(s)) {
                        if (ops.get(s).gate().arity() == 2) {
                            set.add(s);
                        }
                        queue.add(s);
                    }
                }
            }
            return set;
        }

        /** Walks the closest front gate's first qubit along a shortest path until its qubits are neighbours. */
        private void releaseValve() {
            int pick = front.get(0);
            for (int i : front) {
                Operation a = ops.get(i), b = ops.get(pick);
                if (g.distance(position[a.qubit(0)], position[a.qubit(1)]) < g.distance(position[b.qubit(0)], position[b.qubit(1)])) {
                    pick = i;
                }
            }
            Operation op = ops.get(pick);
            int target = position[op.qubit(1)];
            while (!g.adjacent(position[op.qubit(0)], target)) {
                int p = position[op.qubit(0)];
                int next = -1;
                for (int nb : g.neighbours(p)) {
                    if (g.distance(nb, target) < g.distance(p, target) && (next < 0 || nb < next)) {
                        next = nb;
                    }
                }
                swap(p, next);
            }
        }

        private void swap(int a, int b) {
            out.add(new Operation(Gate.SWAP, new int[] {a, b}, new double[0]));
            swaps++;
            swapPositions(a, b);
        }

        private void swapPositions(int a, int b) {
            int wa = wireAt[a], wb = wireAt[b];
            wireAt[a] = wb;
            wireAt[b] = wa;
            position[wa] = b;
            position[wb] = a;
        }
    }
}
