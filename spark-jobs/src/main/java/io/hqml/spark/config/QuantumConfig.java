package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import io.hqml.quantum.featuremap.AmplitudeEncoding;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.spark.errors.HqmlErrors;
import java.util.List;

/** {@code quantum:} the feature map, its qubit budget and how kernel tiles are sized. */
public final class QuantumConfig {
    public static final String EXACT = "exact";
    public static final String NYSTROEM = "nystroem";

    /** {@code angle | zz | pauli | iqp | amplitude | basis}. */
    public String featureMap = "zz";
    /** Qubits = features after preprocessing; unset means "the number of features". */
    public Integer qubits;
    public int reps = 2;
    /** {@code linear | circular | full | pairwise}, or explicit pairs such as {@code 0-1,1-2} (zz, pauli, iqp). */
    public String entanglement = "linear";
    /** {@code rx | ry | rz} (angle). */
    public String rotation = "ry";
    /** Pauli strings of the pauli map, e.g. {@code [Z, ZZ]} or {@code [X, ZZ, ZZZ]}. */
    public List<String> paulis = FeatureMapSpec.DEFAULT_PAULIS;
    /** Pair data map of zz and pauli: {@code pi_minus} (Havlicek, (pi - x_i)(pi - x_j)) or {@code product} (x_i x_j). */
    public String dataMap = FeatureMapSpec.DEFAULT_DATA_MAP;
    /**
     * The quantum kernel models: {@code exact} (the full kernel in tiles, exact SVM; the driver holds N x N,
     * so at most {@code svm.maxTrainRows} training rows) and/or {@code nystroem} (m landmark features on the
     * executors, then LogisticRegression; N x m). Each comes with its RBF twin among the baselines.
     */
    public List<String> kernels = List.of(EXACT);
    public NystroemConfig nystroem = new NystroemConfig();
    /** Rows per kernel tile: a task computes tile I x tile J from the states of both tiles. */
    public int tileSize = 128;
    /**
     * Also train a model on projected quantum features (per-qubit Pauli expectations, Huang et al. 2021)
     * with LogisticRegression, next to the quantum kernel SVM.
     */
    public boolean projected = false;
    /** Statevector memory grows as 2^n: refuse larger circuits before anything runs. */
    public int maxQubits = 20;
    /**
     * Statevector engine: {@code auto} (the native SIMD engine where its library loads, else Java), {@code java} or
     * {@code native}. The engine used is recorded in lineage.
     */
    public String engine = "auto";

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
        if (featureMap == null || !FeatureMaps.NAMES.contains(featureMap)) {
            throw HqmlErrors.unknownFeatureMap(featureMap);
        }
        try {
            io.hqml.quantum.engine.Engines.create(engine);
        } catch (IllegalArgumentException e) {
            throw invalidConfig("quantum.engine", e.getMessage().split(";")[0],
                    "use one of " + io.hqml.quantum.engine.Engines.choices());
        }
        if (kernels == null || kernels.isEmpty() || !List.of(EXACT, NYSTROEM).containsAll(kernels)
                || kernels.stream().distinct().count() != kernels.size()) {
            throw invalidConfig("quantum.kernels", "is " + kernels, "use [exact], [nystroem] or [exact, nystroem]");
        }
        if (nystroem == null) {
            throw invalidConfig("quantum.nystroem", "is empty", "remove it or give it keys such as landmarks: 100");
        }
        nystroem.validate();
    }

    /** True when the exact kernel SVM (and its RBF twin) runs. */
    public boolean usesExactKernel() {
        return kernels.contains(EXACT);
    }

    /** True when the Nystroem models (quantum and RBF) run. */
    public boolean usesNystroem() {
        return kernels.contains(NYSTROEM);
    }

    /** True for amplitude encoding, where qubits = ceil(log2(features)) rather than one per feature. */
    public boolean encodesAmplitudes() {
        return "amplitude".equals(featureMap);
    }

    /** Qubits amplitude encoding needs for {@code features} values. */
    public static int amplitudeQubits(int features) {
        return AmplitudeEncoding.qubitsFor(features);
    }

    /**
     * The configured map on {@code n} qubits for rows of {@code features} values, with config errors
     * translated to one-line messages. Bandwidth is applied by preprocessing, so the map's own is 1.
     */
    public FeatureMap featureMap(int n, int features) {
        try {
            return FeatureMaps.create(FeatureMapSpec.of(featureMap, n).withFeatures(features).withReps(reps)
                    .withEntanglement(entanglement).withRotation(rotation).withPaulis(paulis).withDataMap(dataMap));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("unknown feature map")) {
                throw HqmlErrors.unknownFeatureMap(featureMap);
            }
            throw invalidConfig("quantum", "is invalid: " + e.getMessage(), "fix the quantum section");
        }
    }
}
