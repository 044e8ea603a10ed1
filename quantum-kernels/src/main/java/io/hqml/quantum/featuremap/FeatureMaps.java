package io.hqml.quantum.featuremap;

import java.util.Locale;

/** Builds a feature map from its config name; the one place that knows every map's name. */
public final class FeatureMaps {
    private FeatureMaps() {
    }

    /**
     * @param name {@code zz} or {@code angle}
     * @param entanglement used by {@code zz}
     * @param rotation used by {@code angle} ({@code rx|ry})
     */
    public static FeatureMap create(String name, int qubits, int reps, String entanglement, String rotation) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "zz" -> new ZZFeatureMap(qubits, reps, Entanglement.parse(entanglement));
            case "angle" -> new AngleFeatureMap(qubits, reps, AngleFeatureMap.Rotation.parse(rotation));
            default -> throw new IllegalArgumentException("unknown feature map '" + name + "'; use zz or angle");
        };
    }
}
