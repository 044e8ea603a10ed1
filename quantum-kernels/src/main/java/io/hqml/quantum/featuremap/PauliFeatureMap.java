package io.hqml.quantum.featuremap;

import static io.hqml.quantum.circuit.ParamExpr.constant;
import static io.hqml.quantum.circuit.ParamExpr.pi;
import static io.hqml.quantum.featuremap.FeatureMapSupport.scaled;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Qiskit's {@code PauliFeatureMap} (Havlicek et al., Nature 567, 209 (2019)), gate for gate. Per
 * repetition: H on every qubit, then for each Pauli string {@code P} in {@code paulis}, in list order, and
 * for each qubit tuple {@code S} of the string's length from {@link EntanglementSpec#tuples}, in that
 * order, the evolution block
 * <pre>
 *   basis change (H for X, RX(pi/2) for Y) ; CX ladder over the non-identity qubits ;
 *   P(alpha * phi_S(x)) on the last of them ; CX ladder reversed ; basis change undone (H, RX(-pi/2))
 * </pre>
 * with {@code phi_S(x) = c x_i} for one qubit and {@code prod_{j in S} (pi - c x_j)} for more
 * ({@link ZZFeatureMap.DataMap#PI_MINUS}, Qiskit's default) or {@code prod_{j in S} c x_j}
 * ({@link ZZFeatureMap.DataMap#PRODUCT}); {@code c} is the bandwidth (Shaydulin &amp; Wild 2022), applied
 * to every feature inside the template. {@code phi_S} reads every qubit of the tuple, identities included,
 * as Qiskit's data map does.
 *
 * <p>Letter order: as in Qiskit, a string's rightmost letter acts on the tuple's first qubit (Qiskit
 * reverses the label, little-endian like its Pauli labels): {@code "XY"} on (0,1) is Y on qubit 0, X on 1.
 *
 * <p>Sign convention: since {@code P(t) = e^{it/2} RZ(t)} and the ladder computes the parity, each block is
 * {@code exp(-i (alpha/2) phi_S(x) P_S)} up to a global phase, i.e. {@code exp(-i phi_S P_S)} for the
 * default {@code alpha = 2}. The paper writes {@code exp(+i phi_S P_S)}; for Z-only strings the two states
 * are complex conjugates, so fidelity kernels agree (REFERENCES.md). Terms longer than the qubit count
 * have no tuple and contribute nothing.
 */
public final class PauliFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 1L;
    /** Qiskit's default scale of the phase, {@code P(alpha * phi)}. */
    public static final double DEFAULT_ALPHA = 2.0;

    private final int numQubits;
    private final int reps;
    private final EntanglementSpec entanglement;
    private final List<String> paulis;
    private final double alpha;
    private final double bandwidth;
    private final ZZFeatureMap.DataMap dataMap;
    private final CircuitTemplate template;

    /** Qiskit's defaults: alpha 2, bandwidth 1, data map {@code pi - x}. */
    public PauliFeatureMap(int numQubits, int reps, EntanglementSpec entanglement, List<String> paulis) {
        this(numQubits, reps, entanglement, paulis, DEFAULT_ALPHA, 1.0, ZZFeatureMap.DataMap.PI_MINUS);
    }

    public PauliFeatureMap(int numQubits, int reps, EntanglementSpec entanglement, List<String> paulis,
            double alpha, double bandwidth, ZZFeatureMap.DataMap dataMap) {
        FeatureMapSupport.checkQubits("pauli", numQubits);
        FeatureMapSupport.checkReps("pauli", reps);
        FeatureMapSupport.checkBandwidth("pauli", bandwidth);
        if (!Double.isFinite(alpha) || alpha == 0) {
            throw new IllegalArgumentException("pauli feature map needs a finite, non-zero alpha, got " + alpha);
        }
        if (entanglement == null || dataMap == null) {
            throw new IllegalArgumentException("pauli feature map needs an entanglement and a data map");
        }
        this.numQubits = numQubits;
        this.reps = reps;
        this.entanglement = entanglement;
        this.paulis = normalise(paulis);
        this.alpha = alpha;
        this.bandwidth = bandwidth;
        this.dataMap = dataMap;
        this.template = build();
    }

    /** Upper-cases and checks the strings: letters I, X, Y, Z only, at least one non-identity letter. */
    static List<String> normalise(List<String> paulis) {
        if (paulis == null || paulis.isEmpty()) {
            throw new IllegalArgumentException("pauli feature map needs at least one Pauli string, e.g. Z,ZZ");
        }
        List<String> out = new ArrayList<>(paulis.size());
        for (String p : paulis) {
            String s = p == null ? "" : p.trim().toUpperCase(Locale.ROOT);
            if (!s.matches("[IXYZ]+") || s.matches("I+")) {
                throw new IllegalArgumentException("Pauli string '" + p
                        + "' must use the letters I, X, Y, Z with at least one that is not I, e.g. Z, ZZ, XY");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private CircuitTemplate build() {
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.H, q);
            }
            for (String pauli : paulis) {
                for (int[] tuple : entanglement.tuples(numQubits, pauli.length())) {
                    evolution(b, pauli, tuple);
                }
            }
        }
        return b.build();
    }

    /** Qiskit's {@code pauli_evolution}: exp(-i alpha/2 phi P) up to global phase, on the tuple's qubits. */
    private void evolution(CircuitTemplate.Builder b, String pauli, int[] tuple) {
        int k = pauli.length();
        List<Integer> active = new ArrayList<>(k);
        char[] letter = new char[k];
        for (int m = 0; m < k; m++) {
            letter[m] = pauli.charAt(k - 1 - m); // rightmost letter on the tuple's first qubit
            if (letter[m] != 'I') {
                active.add(tuple[m]);
            }
        }
        basisChange(b, letter, tuple, false);
        for (int i = 0; i + 1 < active.size(); i++) {
            b.add(Gate.CX, active.get(i), active.get(i + 1));
        }
        b.add(Gate.P, phi(tuple).times(alpha), active.get(active.size() - 1));
        for (int i = active.size() - 2; i >= 0; i--) {
            b.add(Gate.CX, active.get(i), active.get(i + 1));
        }
        basisChange(b, letter, tuple, true);
    }

    /** H maps X to Z; RX(pi/2) maps Y to Z (RX(-pi/2) Z RX(pi/2) = Y). */
    private static void basisChange(CircuitTemplate.Builder b, char[] letter, int[] tuple, boolean undo) {
        for (int m = 0; m < letter.length; m++) {
            if (letter[m] == 'X') {
                b.add(Gate.H, tuple[m]);
            } else if (letter[m] == 'Y') {
                b.add(Gate.RX, constant(undo ? -Math.PI / 2 : Math.PI / 2), tuple[m]);
            }
        }
    }

    /** phi_S(x) over all qubits of the tuple (with the bandwidth applied to each feature). */
    private ParamExpr phi(int[] tuple) {
        if (tuple.length == 1) {
            return scaled(tuple[0], bandwidth);
        }
        ParamExpr acc = null;
        for (int q : tuple) {
            ParamExpr f = dataMap == ZZFeatureMap.DataMap.PRODUCT ? scaled(q, bandwidth) : pi().minus(scaled(q, bandwidth));
            acc = acc == null ? f : acc.times(f);
        }
        return acc;
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    public int reps() {
        return reps;
    }

    public EntanglementSpec entanglement() {
        return entanglement;
    }

    public List<String> paulis() {
        return paulis;
    }

    public double alpha() {
        return alpha;
    }

    public double bandwidth() {
        return bandwidth;
    }

    public ZZFeatureMap.DataMap dataMap() {
        return dataMap;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "pauli(qubits=" + numQubits + ",reps=" + reps + ",paulis=[" + String.join(",", paulis)
                + "],entanglement=" + entanglement.label()
                + (alpha == DEFAULT_ALPHA ? "" : ",alpha=" + FeatureMapSupport.format(alpha))
                + (dataMap == ZZFeatureMap.DataMap.PI_MINUS ? "" : ",dataMap=" + dataMap.label())
                + FeatureMapSupport.bandwidthSuffix(bandwidth) + ")";
    }
}
