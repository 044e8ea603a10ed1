package io.hqml.spark.learn;

import io.hqml.spark.config.BaselinesConfig;
import io.hqml.spark.config.QuantumConfig;
import io.hqml.spark.ml.feature.ProjectedQuantumFeatures;
import io.hqml.spark.preprocess.PreprocessingPipeline;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage 6, learn (projected quantum features): the feature-map state's per-qubit Pauli expectations
 * (Huang et al. 2021), computed on the executors by {@link ProjectedQuantumFeatures}, fed to MLlib
 * LogisticRegression with the baseline's settings, so it differs from the LR baseline only in its features.
 */
public final class ProjectedQuantumModel {
    static final String PROJECTED = "hqml_projected";

    private ProjectedQuantumModel() {
    }

    public static ModelOutcome train(Dataset<Row> train, Dataset<Row> test, QuantumConfig q, BaselinesConfig b) {
        ProjectedQuantumFeatures features = new ProjectedQuantumFeatures().setInputCol(PreprocessingPipeline.ANGLES)
                .setOutputCol(PROJECTED).setFeatureMap(q.featureMap).setReps(q.reps).setEntanglement(q.entanglement)
                .setRotation(q.rotation).setPaulis(q.paulis.toArray(String[]::new)).setDataMap(q.dataMap);
        Dataset<Row> tr = features.transform(train).cache();
        Dataset<Row> te = features.transform(test).cache();
        try {
            LogisticRegression lr = new LogisticRegression().setFeaturesCol(PROJECTED)
                    .setLabelCol(PreprocessingPipeline.CLASS).setRegParam(b.logisticRegParam)
                    .setMaxIter(b.logisticMaxIter).setFamily("multinomial");
            String description = "logistic-regression[projected(" + q.featureMap + ",reps=" + q.reps + ")]";
            return MllibBaselines.outcome("quantum_projected_lr", "quantum", description, lr.fit(tr), tr, te,
                    "probability");
        } finally {
            tr.unpersist();
            te.unpersist();
        }
    }
}
