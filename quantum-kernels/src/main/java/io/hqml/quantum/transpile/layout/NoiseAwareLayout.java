package io.hqml.quantum.transpile.layout;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.CouplingGraph;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.transpile.core.TranspilerPass;
import java.util.ArrayList;
import java.util.List;

/**
 * Analysis: places the circuit on a connected set of well-calibrated physical qubits (in the spirit of
 * Qiskit's {@code DenseLayout} and {@code VF2PostLayout} scoring). Deterministic, no seed needed.
 *
 * <ol>
 *   <li>For every physical start qubit, grow a connected set of {@code n} qubits, each step adding the
 *       neighbour with the lowest qubit cost plus two-qubit error to the set (ties: more links into the
 *       set, then the lower index).</li>
 *   <li>Place virtual qubits on the set, most-interacting first (on the qubit with the most neighbours in
 *       the set), each next one where its interactions with the already placed ones cost least.</li>
 *   <li>Keep the candidate with the lowest estimated error: per two-qubit gate of the circuit the edge error
 *       when its qubits are neighbours, else {@code 3 (d - 1) + 1} mean two-qubit errors (the SWAPs a
 *       distance {@code d} needs); per one-qubit gate the qubit's mean one-qubit error; per qubit its
 *       readout error.</li>
 * </ol>
 * Calibration numbers come from {@link DeviceCosts} (unknown ones count as 0, an unknown mean two-qubit error
 * as {@value DeviceCosts#DEFAULT_TWO_QUBIT_ERROR}, so that distance still matters on an uncalibrated device).
 */
public final class NoiseAwareLayout implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Target t = context.target();
        int n = in.numQubits(), big = t.numQubits();
        if (n > big) {
            throw new TranspileException("circuit has " + n + " qubits but target '" + t.name() + "' has " + big,
                    "use a target with at least " + n + " qubits or a narrower circuit");
        }
        CouplingGraph graph = new CouplingGraph(t);
        DeviceCosts costs = new DeviceCosts(t, graph);
        double[][] w = new double[n][n];
        double[] oneQubit = new double[n];
        for (Operation op : in.ops()) {
            if (op.gate().arity() == 2) {
                w[op.qubit(0)][op.qubit(1)]++;
                w[op.qubit(1)][op.qubit(0)]++;
            } else if (op.gate() != Gate.I) {
                oneQubit[op.qubit(0)]++;
            }
        }
        int[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int start = 0; start < big; start++) {
            int[] set = grow(start, n, graph, costs);
            int[] placed = assign(set, w, oneQubit, costs);
            double cost = cost(placed, w, oneQubit, costs);
            if (cost < bestCost) {
                bestCost = cost;
                best = placed;
            }
        }
        context.setInitialLayout(Layout.of(big, best));
        return in;
    }

    /** A set of {@code n} physical qubits grown from {@code start}; unconnected qubits only when it must. */
    private static int[] grow(int start, int n, CouplingGraph g, DeviceCosts c) {
        boolean[] in = new boolean[g.numQubits()];
        int[] set = new int[n];
        set[0] = start;
        in[start] = true;
        for (int size = 1; size < n; size++) {
            int pick = -1;
            double pickScore = Double.POSITIVE_INFINITY;
            int pickLinks = -1;
            for (int cand = 0; cand < g.numQubits(); cand++) {
                if (in[cand]) {
                    continue;
                }
                int links = 0;
                double edge = Double.POSITIVE_INFINITY;
                for (int nb : g.neighbours(cand)) {
                    if (in[nb]) {
                        links++;
                        edge = Math.min(edge, c.edge(cand, nb));
                    }
                }
                // a qubit with no link into the set is taken only when no linked one is left (a disconnected map)
                double score = c.qubit(cand) + (links > 0 ? edge : 1e6);
                if (score < pickScore || (score == pickScore && links > pickLinks)) {
                    pick = cand;
                    pickScore = score;
                    pickLinks = links;
                }
            }
            set[size] = pick;
            in[pick] = true;
        }
        return set;
    }

    /** Virtual qubits onto the set: most-interacting first, each where its interactions cost least. */
    private static int[] assign(int[] set, double[][] w, double[] oneQubit, DeviceCosts c) {
        int n = set.length;
        Integer[] order = new Integer[n];
        double[] weight = new double[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
            for (int u = 0; u < n; u++) {
                weight[v] += w[v][u];
            }
        }
        java.util.Arrays.sort(order, (a, b) -> weight[a] != weight[b] ? Double.compare(weight[b], weight[a])
                : oneQubit[a] != oneQubit[b] ? Double.compare(oneQubit[b], oneQubit[a]) : Integer.compare(a, b));
        int[] placed = new int[n];
        java.util.Arrays.fill(placed, -1);
        boolean[] used = new boolean[n];
        List<Integer> done = new ArrayList<>();
        for (int v : order) {
            int pick = -1;
            double pickCost = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (used[i]) {
                    continue;
                }
                int p = set[i];
                double cost = oneQubit[v] * c.oneQubitError(p) + c.readout(p);
                for (int u : done) {
                    cost += w[v][u] * c.pair(p, placed[u]);
                }
                if (done.isEmpty()) {
                    // the busiest qubit goes where the set is densest (its partners must fit around it), then cheapest
                    cost -= c.degreeWithin(p, set);
                }
                if (cost < pickCost) {
                    pickCost = cost;
                    pick = i;
                }
            }
            used[pick] = true;
            placed[v] = set[pick];
            done.add(v);
        }
        return placed;
    }

    private static double cost(int[] placed, double[][] w, double[] oneQubit, DeviceCosts c) {
        double cost = 0;
        for (int v = 0; v < placed.length; v++) {
            cost += oneQubit[v] * c.oneQubitError(placed[v]) + c.readout(placed[v]);
            for (int u = v + 1; u < placed.length; u++) {
                cost += w[v][u] * c.pair(placed[v], placed[u]);
            }
        }
        return cost;
    }
}
