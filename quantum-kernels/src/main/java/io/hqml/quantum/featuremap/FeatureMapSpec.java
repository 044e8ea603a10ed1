package io.hqml.quantum.featuremap;

import java.util.ArrayList;
import java.util.List;

/**
 * A feature map as configured: the values {@link FeatureMaps#create(FeatureMapSpec)} builds a map from.
 * Options a map does not use are ignored (entanglement for angle, rotation for everything but angle,
 * paulis/alpha for everything but pauli, reps/bandwidth for amplitude and basis), so one config section
 * can switch maps by changing only the name. Null strings or lists mean the default.
 *
 * @param name        {@code angle|zz|pauli|iqp|amplitude|basis}
 * @param qubits      qubit count (>= 1)
 * @param features    features per row; 0 means the map's own count (qubits, or 2^qubits for amplitude);
 *                    otherwise only amplitude may take fewer than 2^qubits, and the other maps need it to
 *                    equal qubits
 * @param reps        repetitions (default 2, as Qiskit)
 * @param entanglement a name {@code linear|circular|full|pairwise} or pairs {@code 0-1,1-2} (default linear)
 * @param rotation    {@code rx|ry|rz}, angle only (default ry)
 * @param bandwidth   the data scale c in x -> c x (default 1)
 * @param paulis      Pauli strings, pauli only (default Z, ZZ)
 * @param dataMap     {@code pi_minus|product} for multi-qubit terms, zz and pauli (default pi_minus)
 * @param alpha       phase scale of the pauli map, {@code P(alpha phi)} (default 2, as Qiskit)
 */
public record FeatureMapSpec(String name, int qubits, int features, int reps, String entanglement, String rotation,
        double bandwidth, List<String> paulis, String dataMap, double alpha) {

    public static final int DEFAULT_REPS = 2;
    public static final String DEFAULT_ENTANGLEMENT = "linear";
    public static final String DEFAULT_ROTATION = "ry";
    public static final List<String> DEFAULT_PAULIS = List.of("Z", "ZZ");
    public static final String DEFAULT_DATA_MAP = "pi_minus";

    public FeatureMapSpec {
        entanglement = entanglement == null ? DEFAULT_ENTANGLEMENT : entanglement;
        rotation = rotation == null ? DEFAULT_ROTATION : rotation;
        paulis = paulis == null ? DEFAULT_PAULIS : List.copyOf(paulis);
        dataMap = dataMap == null ? DEFAULT_DATA_MAP : dataMap;
    }

    /** The named map on {@code qubits} qubits with every option at its default. */
    public static FeatureMapSpec of(String name, int qubits) {
        return new FeatureMapSpec(name, qubits, 0, DEFAULT_REPS, null, null, 1.0, null, null,
                PauliFeatureMap.DEFAULT_ALPHA);
    }

    public FeatureMapSpec withFeatures(int features) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    public FeatureMapSpec withReps(int reps) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    public FeatureMapSpec withEntanglement(String entanglement) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    public FeatureMapSpec withRotation(String rotation) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    public FeatureMapSpec withBandwidth(double bandwidth) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    public FeatureMapSpec withPaulis(List<String> paulis) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    /** Comma- or space-separated strings, e.g. {@code "Z,ZZ,XY"}. */
    public FeatureMapSpec withPaulis(String paulis) {
        List<String> list = new ArrayList<>();
        for (String p : paulis.trim().split("[,\\s]+")) {
            if (!p.isEmpty()) {
                list.add(p);
            }
        }
        return withPaulis(list);
    }

    public FeatureMapSpec withDataMap(String dataMap) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }

    public FeatureMapSpec withAlpha(double alpha) {
        return new FeatureMapSpec(name, qubits, features, reps, entanglement, rotation, bandwidth, paulis, dataMap, alpha);
    }
}
