package io.hqml.quantum.transpile.core;

import io.hqml.quantum.target.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The target's coupling map as an undirected graph with all-pairs hop distances (BFS from every qubit,
 * O(N * E)). Routing only needs two qubits to be neighbours; the direction a gate may run in is fixed later
 * by translation (which flips or re-orders gates), so edges count in both directions here.
 */
public final class CouplingGraph {
    /** Distance between qubits in different connected components. */
    public static final int UNREACHABLE = Integer.MAX_VALUE / 4;

    private final int n;
    private final int[][] neighbours;
    private final int[][] distance;

    public CouplingGraph(Target target) {
        this.n = target.numQubits();
        List<List<Integer>> adj = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            adj.add(new ArrayList<>());
        }
        for (int[] e : target.couplingEdges()) {
            if (!adj.get(e[0]).contains(e[1])) {
                adj.get(e[0]).add(e[1]);
                adj.get(e[1]).add(e[0]);
            }
        }
        neighbours = new int[n][];
        for (int q = 0; q < n; q++) {
            neighbours[q] = adj.get(q).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        distance = new int[n][];
        for (int q = 0; q < n; q++) {
            distance[q] = bfs(q);
        }
    }

    private int[] bfs(int from) {
        int[] d = new int[n];
        Arrays.fill(d, UNREACHABLE);
        d[from] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            int q = queue.poll();
            for (int nb : neighbours[q]) {
                if (d[nb] == UNREACHABLE) {
                    d[nb] = d[q] + 1;
                    queue.add(nb);
                }
            }
        }
        return d;
    }

    public int numQubits() {
        return n;
    }

    /** Neighbours of {@code q}, sorted (do not modify). */
    public int[] neighbours(int q) {
        return neighbours[q];
    }

    /** Hops between {@code a} and {@code b}; {@link #UNREACHABLE} across components. */
    public int distance(int a, int b) {
        return distance[a][b];
    }

    public boolean adjacent(int a, int b) {
        return distance[a][b] == 1;
    }
}
