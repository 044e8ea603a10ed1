package io.hqml.quantum.featuremap;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * An explicit list of qubit pairs, applied in the given order; the first qubit of a pair is the CX control
 * where direction matters (ansatz entanglers). Checked on construction: each pair has two distinct,
 * non-negative qubits and no ordered pair repeats; checked against the qubit count in {@link #pairs(int)}
 * (maps call it while building, so a bad list fails when the map is made). Pairs in both directions, (0,1)
 * and (1,0), are allowed because CX(0,1) and CX(1,0) differ.
 *
 * <p>As a {@code k}-qubit pattern it gives every single qubit for {@code k = 1} (single-qubit terms such as
 * Z act on all qubits, as with the named patterns), the pairs for {@code k = 2}, and is an error for larger
 * terms, which a pair list cannot describe.
 */
public final class ExplicitEntanglement implements EntanglementSpec {
    private static final long serialVersionUID = 1L;

    private final int[][] pairs;

    ExplicitEntanglement(List<int[]> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            throw new IllegalArgumentException("explicit entanglement needs at least one pair");
        }
        this.pairs = new int[pairs.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            int[] pair = pairs.get(p);
            if (pair == null || pair.length != 2) {
                throw new IllegalArgumentException("entanglement pair " + p + " must have exactly 2 qubits, got "
                        + (pair == null ? "null" : pair.length));
            }
            if (pair[0] < 0 || pair[1] < 0) {
                throw new IllegalArgumentException("entanglement pair " + text(pair) + " has a negative qubit");
            }
            if (pair[0] == pair[1]) {
                throw new IllegalArgumentException("entanglement pair " + text(pair) + " must join two distinct qubits");
            }
            for (int q = 0; q < p; q++) {
                if (this.pairs[q][0] == pair[0] && this.pairs[q][1] == pair[1]) {
                    throw new IllegalArgumentException("entanglement pair " + text(pair) + " is listed twice");
                }
            }
            this.pairs[p] = pair.clone();
        }
    }

    /** Parses {@code "0-1,1-2"} (brackets and spaces allowed): qubit pairs joined by '-', separated by ','. */
    public static ExplicitEntanglement parse(String text) {
        String body = text.trim();
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1);
        }
        List<int[]> out = new ArrayList<>();
        for (String item : body.split(",")) {
            String[] ends = item.trim().split("\\s*-\\s*");
            if (ends.length != 2 || !ends[0].matches("\\d+") || !ends[1].matches("\\d+")) {
                throw new IllegalArgumentException("cannot read entanglement pair '" + item.trim() + "' in '" + text
                        + "'; write pairs as i-j separated by commas, e.g. 0-1,1-2");
            }
            out.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
        }
        return new ExplicitEntanglement(out);
    }

    @Override
    public List<int[]> pairs(int n) {
        List<int[]> out = new ArrayList<>(pairs.length);
        for (int[] pair : pairs) {
            if (pair[0] >= n || pair[1] >= n) {
                throw new IllegalArgumentException("entanglement pair " + text(pair) + " is out of range for "
                        + n + " qubit(s) (0.." + (n - 1) + ")");
            }
            out.add(pair.clone());
        }
        return out;
    }

    @Override
    public List<int[]> tuples(int n, int k) {
        if (k == 2) {
            return pairs(n);
        }
        if (k == 1) {
            pairs(n); // range check, so a bad list fails even where only single-qubit terms are used
            List<int[]> out = new ArrayList<>(n);
            for (int q = 0; q < n; q++) {
                out.add(new int[] {q});
            }
            return out;
        }
        throw new IllegalArgumentException("an explicit pair list has no " + k
                + "-qubit form; use linear, circular or full for " + k + "-qubit Pauli terms");
    }

    @Override
    public String label() {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (int[] pair : pairs) {
            j.add(pair[0] + "-" + pair[1]);
        }
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExplicitEntanglement e && java.util.Arrays.deepEquals(e.pairs, pairs);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(pairs);
    }

    @Override
    public String toString() {
        return label();
    }

    private static String text(int[] pair) {
        return "(" + pair[0] + "," + pair[1] + ")";
    }
}
