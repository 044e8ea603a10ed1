package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.spark.errors.HqmlErrors;

/** {@code quantum:} the feature map, its qubit budget and how kernel tiles are sized. */
public final class QuantumConfig {
    /** {@code zz | angle}. */
    public String featureMap = "zz";
    /** Qubits = features after preprocessing; unset means "the number of features". */
    public Integer qubits;
    public int reps = 2;
    /** {@code linear | circular | full} (zz). */
    public String entanglement = "linear";
    /** {@code rx | ry} (angle). */
    public String rotation = "ry";
    /** Rows per kernel tile: a task computes tile I x tile J from the states of both tiles. */
    public int tileSize = 128;
    /** Statevector memory grows as 2^n: refuse larger circuits before anything runs. */
    public int maxQubits = 20;

    void validate() {
        if (reps < 1) {
            throw invalidConfig("quantum.reps", "is " + reps, "use 1 or more");
        }
        if (tileSize < 1) {
            throw invalidConfig("quantum.tileSize", "is " + tileSize, "use a positive row count such as 128");
        }
        if (qubits != null && qubits < 1) {
            throw invalidConfig("quantum.qubits", "is " + qubits, "use 1 or more");
        }
        if (qubits != null && qubits > maxQubits) {
            throw HqmlErrors.tooManyQubits(qubits, maxQubits);
        }
        featureMap(qubits == null ? 1 : qubits); // fail fast on unknown names
    }

    /** The configured map on {@code n} qubits, with config errors translated to one-line messages. */
    public FeatureMap featureMap(int n) {
        try {
            return FeatureMaps.create(featureMap, n, reps, entanglement, rotation);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("unknown feature map")) {
                throw HqmlErrors.unknownFeatureMap(featureMap);
            }
            throw invalidConfig("quantum", e.getMessage(), "fix the quantum section");
        }
    }
}
