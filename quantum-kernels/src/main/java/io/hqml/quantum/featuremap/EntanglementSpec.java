package io.hqml.quantum.featuremap;

import java.io.Serializable;
import java.util.List;

/**
 * Which qubits the multi-qubit terms of a feature map or the entanglers of an ansatz act on: either a named
 * Qiskit pattern ({@link Entanglement}) or an explicit pair list ({@link ExplicitEntanglement}). Maps and
 * ansaetze take this type, so both kinds work everywhere; the enum stays an enum so existing code that
 * switches over or iterates {@link Entanglement#values()} is unaffected.
 */
public interface EntanglementSpec extends Serializable {

    /** The qubit pairs on {@code n} qubits, in application order (first qubit = CX control). */
    List<int[]> pairs(int n);

    /**
     * The {@code k}-qubit tuples on {@code n} qubits, in application order, as Qiskit's
     * {@code get_entangler_map(k, n, entanglement)}; {@code k = 2} gives {@link #pairs}. Returns no tuples
     * when {@code k > n} (Qiskit raises there; a map on fewer qubits than a term simply has no such term,
     * which keeps e.g. a Z+ZZ map on one qubit valid, as hqml's ZZ map always was).
     *
     * @throws IllegalArgumentException where the pattern has no {@code k}-qubit form
     */
    List<int[]> tuples(int n, int k);

    /** Short text for {@code describe()} and lineage, e.g. {@code linear} or {@code [0-1,1-2]}. */
    String label();

    /**
     * Parses a config value: a name ({@code linear|circular|full|pairwise}, see {@link Entanglement#parse})
     * or an explicit pair list {@code "0-1,1-2,2-0"} (brackets optional), see {@link ExplicitEntanglement#parse}.
     */
    static EntanglementSpec parse(String text) {
        if (text != null && text.trim().matches("\\[?\\s*\\d.*")) { // a name never starts with a digit
            return ExplicitEntanglement.parse(text);
        }
        return Entanglement.parse(text);
    }
}
