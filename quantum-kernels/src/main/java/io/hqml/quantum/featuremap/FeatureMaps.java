package io.hqml.quantum.featuremap;

import java.util.List;
import java.util.Locale;

/** Builds a feature map from its config values; the one place that knows every map's name. */
public final class FeatureMaps {
    /** Every name {@link #create(FeatureMapSpec)} accepts. */
    public static final List<String> NAMES = List.of("angle", "zz", "pauli", "iqp", "amplitude", "basis");

    private FeatureMaps() {
    }

    /**
     * The convenience form the CLI and config have always used: other options at their defaults.
     *
     * @param entanglement used by zz, pauli and iqp
     * @param rotation used by angle ({@code rx|ry|rz})
     */
    public static FeatureMap create(String name, int qubits, int reps, String entanglement, String rotation) {
        return create(FeatureMapSpec.of(name, qubits).withReps(reps).withEntanglement(entanglement)
                .withRotation(rotation));
    }

    /**
     * @throws IllegalArgumentException for an unknown name (message starts {@code unknown feature map '})
     *         or an invalid option (message names it)
     */
    public static FeatureMap create(FeatureMapSpec spec) {
        String key = spec.name() == null ? "" : spec.name().trim().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(key)) {
            throw new IllegalArgumentException("unknown feature map '" + spec.name() + "'; use one of "
                    + String.join(", ", NAMES));
        }
        if (spec.features() != 0 && !key.equals("amplitude") && spec.features() != spec.qubits()) {
            throw new IllegalArgumentException(key + " feature map encodes one feature per qubit, but " + spec.features()
                    + " features were given for " + spec.qubits() + " qubit(s)");
        }
        return switch (key) {
            case "angle" -> new AngleFeatureMap(spec.qubits(), spec.reps(), AngleFeatureMap.Rotation.parse(spec.rotation()),
                    spec.bandwidth());
            case "zz" -> new ZZFeatureMap(spec.qubits(), spec.reps(), EntanglementSpec.parse(spec.entanglement()),
                    spec.bandwidth(), ZZFeatureMap.DataMap.parse(spec.dataMap()));
            case "pauli" -> new PauliFeatureMap(spec.qubits(), spec.reps(), EntanglementSpec.parse(spec.entanglement()),
                    spec.paulis(), spec.alpha(), spec.bandwidth(), ZZFeatureMap.DataMap.parse(spec.dataMap()));
            case "iqp" -> new IqpFeatureMap(spec.qubits(), spec.reps(), EntanglementSpec.parse(spec.entanglement()),
                    spec.bandwidth());
            case "amplitude" -> spec.features() == 0 ? new AmplitudeEncoding(spec.qubits())
                    : new AmplitudeEncoding(spec.qubits(), spec.features());
            default -> new BasisEncoding(spec.qubits());
        };
    }
}
