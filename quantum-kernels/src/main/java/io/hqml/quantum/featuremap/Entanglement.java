package io.hqml.quantum.featuremap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which qubit pairs a feature map entangles, with Qiskit's names and pair order. */
public enum Entanglement {
    /** (0,1), (1,2), ..., (n-2,n-1). */
    LINEAR,
    /** Linear plus (n-1, 0) when n > 2 (for n = 2 that pair would repeat (0,1)). */
    CIRCULAR,
    /** Every pair i < j in lexicographic order. */
    FULL;

    public List<int[]> pairs(int n) {
        List<int[]> pairs = new ArrayList<>();
        switch (this) {
            case LINEAR, CIRCULAR -> {
                if (this == CIRCULAR && n > 2) {
                    pairs.add(new int[] {n - 1, 0});
                }
                for (int i = 0; i + 1 < n; i++) {
                    pairs.add(new int[] {i, i + 1});
                }
            }
            case FULL -> {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return pairs;
    }

    /** Parses {@code linear|circular|full}, case-insensitive, with a one-line error naming the choices. */
    public static Entanglement parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown entanglement '" + name + "'; use linear, circular or full");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
