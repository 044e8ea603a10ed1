package io.hqml.quantum.engine;

import java.io.Serializable;
import java.util.Locale;

/**
 * A Pauli string such as {@code "XZIY"} in Qiskit's label order: the rightmost character acts on
 * qubit 0. Stored as bit masks: {@code xMask} (X or Y on the qubit) and {@code zMask} (Z or Y), so
 * {@code P|b> = i^{#Y} (-1)^{popcount(b & zMask)} |b ^ xMask>}.
 */
public record PauliString(int numQubits, int xMask, int zMask) implements Serializable {

    public PauliString {
        if (numQubits < 1 || numQubits > 30) {
            throw new IllegalArgumentException("Pauli string needs 1..30 qubits, got " + numQubits);
        }
        int all = numQubits == 31 ? -1 : (1 << numQubits) - 1;
        if ((xMask & ~all) != 0 || (zMask & ~all) != 0) {
            throw new IllegalArgumentException("Pauli masks exceed " + numQubits + " qubits");
        }
    }

    /** Parses a label of I, X, Y, Z (case-insensitive); its length is the qubit count. */
    public static PauliString parse(String label) {
        String s = label.trim().toUpperCase(Locale.ROOT);
        int n = s.length(), x = 0, z = 0;
        for (int i = 0; i < n; i++) {
            int q = n - 1 - i;
            switch (s.charAt(i)) {
                case 'I' -> {
                }
                case 'X' -> x |= 1 << q;
                case 'Z' -> z |= 1 << q;
                case 'Y' -> {
                    x |= 1 << q;
                    z |= 1 << q;
                }
                default -> throw new IllegalArgumentException("Pauli label '" + label
                        + "' may contain only I, X, Y and Z; rightmost character is qubit 0");
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("empty Pauli label; write e.g. ZZ or XIZ");
        }
        return new PauliString(n, x, z);
    }

    /** A single-qubit Pauli {@code p} (X, Y or Z) on qubit {@code q} of {@code n}. */
    public static PauliString single(int n, int q, char p) {
        char[] label = "I".repeat(n).toCharArray();
        label[n - 1 - q] = p;
        return parse(new String(label));
    }

    /** Number of Y factors, which give the overall phase i^{#Y}. */
    public int yCount() {
        return Integer.bitCount(xMask & zMask);
    }

    public String label() {
        StringBuilder sb = new StringBuilder();
        for (int q = numQubits - 1; q >= 0; q--) {
            boolean x = (xMask >> q & 1) == 1, z = (zMask >> q & 1) == 1;
            sb.append(x && z ? 'Y' : x ? 'X' : z ? 'Z' : 'I');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
