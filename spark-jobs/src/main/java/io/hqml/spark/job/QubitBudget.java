package io.hqml.spark.job;

import io.hqml.spark.config.JobConfig;
import io.hqml.spark.errors.HqmlErrors;

/**
 * Stage 3a, the qubit budget: how many qubits the feature map gets, checked against the feature
 * count and the statevector limit before any circuit is built.
 */
final class QubitBudget {
    private QubitBudget() {
    }

    static int resolve(JobConfig cfg, int features) {
        boolean reduces = !"none".equals(cfg.preprocess.reduce);
        int qubits;
        if (cfg.quantum.encodesAmplitudes()) {
            // 2^q amplitudes hold the features; preprocessing may still reduce them first.
            int kept = reduces && cfg.quantum.qubits != null ? Math.min(features, 1 << cfg.quantum.qubits) : features;
            qubits = cfg.quantum.qubits != null ? cfg.quantum.qubits : io.hqml.spark.config.QuantumConfig.amplitudeQubits(kept);
            if (!reduces && features > (1L << qubits)) {
                throw HqmlErrors.tooManyFeatures(features, qubits);
            }
            if (qubits > cfg.quantum.maxQubits) {
                throw HqmlErrors.tooManyQubits(qubits, cfg.quantum.maxQubits);
            }
            return qubits;
        }
        if (cfg.quantum.qubits != null) {
            qubits = cfg.quantum.qubits;
        } else if (!reduces) {
            qubits = features;
        } else {
            throw HqmlErrors.invalidConfig("quantum.qubits", "is missing while preprocess.reduce is "
                    + cfg.preprocess.reduce, "set quantum.qubits to the number of features to keep");
        }
        if (features > qubits && !reduces) {
            throw HqmlErrors.tooManyFeatures(features, qubits);
        }
        if (features < qubits) {
            throw HqmlErrors.tooFewFeatures(features, qubits);
        }
        if (qubits > cfg.quantum.maxQubits) {
            throw HqmlErrors.tooManyQubits(qubits, cfg.quantum.maxQubits);
        }
        return qubits;
    }

    /**
     * Features the map encodes after preprocessing: one per qubit, or for amplitude encoding the input
     * features (or, when reducing, up to 2^qubits of them).
     */
    static int encodedFeatures(JobConfig cfg, int features, int qubits) {
        if (!cfg.quantum.encodesAmplitudes()) {
            return qubits;
        }
        return "none".equals(cfg.preprocess.reduce) ? features : (int) Math.min(features, 1L << qubits);
    }
}
