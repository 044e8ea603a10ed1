package io.hqml.quantum.featuremap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named entanglement patterns with Qiskit's names and tuple order ({@code qiskit.circuit.library.n_local
 * .get_entangler_map}). For pairs on n qubits:
 * <ul>
 *   <li>{@code LINEAR}: (0,1), (1,2), ..., (n-2,n-1);</li>
 *   <li>{@code CIRCULAR}: (n-1,0) first, then linear, when n > 2 (for n = 2 that pair would repeat (0,1));</li>
 *   <li>{@code FULL}: every i < j in lexicographic order;</li>
 *   <li>{@code PAIRWISE}: (0,1), (2,3), ... then (1,2), (3,4), ...: two layers of disjoint pairs, so the
 *       entanglers run in depth 2 (Qiskit: {@code linear[::2] + linear[1::2]}); pairs only.</li>
 * </ul>
 * Explicit pair lists are {@link #explicit(List)}.
 */
public enum Entanglement implements EntanglementSpec {
    LINEAR, CIRCULAR, FULL, PAIRWISE;

    @Override
    public List<int[]> pairs(int n) {
        return tuples(n, 2);
    }

    @Override
    public List<int[]> tuples(int n, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("entanglement tuples need at least 1 qubit, got " + k);
        }
        if (this == PAIRWISE && k > 2) {
            throw new IllegalArgumentException("pairwise entanglement is defined for pairs only, not for "
                    + k + "-qubit terms; use linear, circular or full");
        }
        List<int[]> out = new ArrayList<>();
        if (k > n) {
            return out;
        }
        if (this == FULL) {
            combinations(n, k, 0, new int[k], 0, out);
            return out;
        }
        List<int[]> linear = new ArrayList<>();
        for (int i = 0; i + k <= n; i++) {
            linear.add(range(i, k));
        }
        if (this == LINEAR || k == 1) {
            return linear;
        }
        if (this == PAIRWISE) {
            for (int i = 0; i < linear.size(); i += 2) {
                out.add(linear.get(i));
            }
            for (int i = 1; i < linear.size(); i += 2) {
                out.add(linear.get(i));
            }
            return out;
        }
        // CIRCULAR: the wrap-around tuple (n-k+1, ..., n-1, 0) first, where there is room for it.
        if (n > k) {
            int[] wrap = new int[k];
            for (int j = 0; j < k - 1; j++) {
                wrap[j] = n - k + 1 + j;
            }
            out.add(wrap);
        }
        out.addAll(linear);
        return out;
    }

    private static int[] range(int start, int k) {
        int[] t = new int[k];
        for (int j = 0; j < k; j++) {
            t[j] = start + j;
        }
        return t;
    }

    /** k-subsets of 0..n-1 in lexicographic order, as itertools.combinations. */
    private static void combinations(int n, int k, int from, int[] buf, int depth, List<int[]> out) {
        if (depth == k) {
            out.add(buf.clone());
            return;
        }
        for (int i = from; i <= n - (k - depth); i++) {
            buf[depth] = i;
            combinations(n, k, i + 1, buf, depth + 1, out);
        }
    }

    /**
     * An explicit pair list, e.g. {@code explicit(List.of(new int[] {0, 2}, new int[] {2, 1}))}; see
     * {@link ExplicitEntanglement} for the checks.
     */
    public static ExplicitEntanglement explicit(List<int[]> pairs) {
        return new ExplicitEntanglement(pairs);
    }

    /** Parses {@code linear|circular|full|pairwise}, case-insensitive, with a one-line error naming the choices. */
    public static Entanglement parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown entanglement '" + name
                    + "'; use linear, circular, full, pairwise or a pair list such as 0-1,1-2");
        }
    }

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
