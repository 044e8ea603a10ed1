package io.hqml.quantum.featuremap;

import io.hqml.quantum.circuit.CircuitTemplate;
import java.util.List;
import java.util.Locale;

/**
 * The second-order Pauli-Z evolution map of Havlicek et al., Nature 567, 209 (2019), gate for gate as
 * Qiskit's {@code ZZFeatureMap} (= {@code PauliFeatureMap} with paulis Z, ZZ): per repetition, H on every
 * qubit, {@code P(2 c x_i)} on qubit i, and for each entangled pair (i, j)
 * {@code CX(i,j) P(2 phi_ij) on j, CX(i,j)} with {@code phi_ij = (pi - c x_i)(pi - c x_j)} (default) or
 * {@code c^2 x_i x_j} ({@link DataMap#PRODUCT}, the IQP form Shaydulin &amp; Wild 2022 use; same state as
 * {@link IqpFeatureMap} up to a global phase). {@code c} is the bandwidth, 1 by default; with c = 1 and the default
 * data map the template is exactly the original hqml ZZ template.
 */
public final class ZZFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 3L;

    /** How a multi-qubit term's angle depends on its features (single-qubit terms always use c x_i). */
    public enum DataMap {
        /** {@code prod_j (pi - c x_j)}: Qiskit's default {@code self_product}. */
        PI_MINUS,
        /** {@code prod_j c x_j}. */
        PRODUCT;

        /** Parses {@code pi_minus|product} (also {@code pi-minus}), case-insensitive. */
        public static DataMap parse(String name) {
            String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown data map '" + name + "'; use pi_minus or product");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final int numQubits;
    private final int reps;
    private final EntanglementSpec entanglement;
    private final double bandwidth;
    private final DataMap dataMap;
    private final CircuitTemplate template;

    /** Bandwidth 1 and the default data map {@code (pi - x_i)(pi - x_j)}. */
    public ZZFeatureMap(int numQubits, int reps, EntanglementSpec entanglement) {
        this(numQubits, reps, entanglement, 1.0, DataMap.PI_MINUS);
    }

    public ZZFeatureMap(int numQubits, int reps, EntanglementSpec entanglement, double bandwidth, DataMap dataMap) {
        FeatureMapSupport.checkQubits("zz", numQubits);
        FeatureMapSupport.checkReps("zz", reps);
        FeatureMapSupport.checkBandwidth("zz", bandwidth);
        if (entanglement == null || dataMap == null) {
            throw new IllegalArgumentException("zz feature map needs an entanglement and a data map");
        }
        this.numQubits = numQubits;
        this.reps = reps;
        this.entanglement = entanglement;
        this.bandwidth = bandwidth;
        this.dataMap = dataMap;
        // One construction for both maps, so ZZ can never drift from the Pauli map with paulis Z, ZZ.
        this.template = new PauliFeatureMap(numQubits, reps, entanglement, List.of("Z", "ZZ"),
                PauliFeatureMap.DEFAULT_ALPHA, bandwidth, dataMap).template();
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

    public double bandwidth() {
        return bandwidth;
    }

    public DataMap dataMap() {
        return dataMap;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "zz(qubits=" + numQubits + ",reps=" + reps + ",entanglement=" + entanglement.label()
                + (dataMap == DataMap.PI_MINUS ? "" : ",dataMap=" + dataMap.label())
                + FeatureMapSupport.bandwidthSuffix(bandwidth) + ")";
    }
}
