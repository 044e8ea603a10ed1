package io.hqml.spark.learn;

import io.hqml.spark.config.BaselinesConfig;
import io.hqml.spark.config.NystroemConfig;
import io.hqml.spark.config.QuantumConfig;
import io.hqml.spark.ml.feature.NystroemParams;
import io.hqml.spark.ml.feature.QuantumKernelNystroem;
import io.hqml.spark.ml.feature.QuantumKernelNystroemModel;
import io.hqml.spark.preprocess.PreprocessingPipeline;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage 6, learn (Nystroem kernel models): an MLlib {@link Pipeline} of {@link QuantumKernelNystroem} (m
 * landmark features on the executors) and LogisticRegression with the baseline's settings, for the quantum
 * fidelity kernel ({@code quantum_nystroem_lr}) and for the RBF kernel ({@code rbf_nystroem_lr}), so the two
 * differ only in their kernel.
 *
 * <p>Why LogisticRegression and not LinearSVC: it is multinomial (one model for any number of classes, where
 * MLlib's binary LinearSVC needs one-vs-rest, C fits of one Spark job per iteration each), its scores are
 * probabilities for ROC AUC, and it is the learner of the other feature models ({@code logistic_regression},
 * {@code quantum_projected_lr}). The price: Nystroem + LR approximates kernel logistic regression, so next to
 * the exact SVM it also changes the loss (log-loss instead of hinge), not only the kernel.
 */
public final class NystroemModels {
    static final String FEATURES = "hqml_nystroem";

    private NystroemModels() {
    }

    /** A trained Nystroem model and what lineage records of it. */
    public record Trained(ModelOutcome outcome, int landmarks, String selection, int rank) {
    }

    public static Trained quantum(Dataset<Row> train, Dataset<Row> test, QuantumConfig q, BaselinesConfig b) {
        QuantumKernelNystroem stage = stage(q.nystroem).setKernel(NystroemParams.QUANTUM).setFeatureMap(q.featureMap)
                .setReps(q.reps).setEntanglement(q.entanglement).setRotation(q.rotation)
                .setPaulis(q.paulis.toArray(String[]::new)).setDataMap(q.dataMap);
        return fit("quantum_nystroem_lr", "quantum", "fidelity[" + q.featureMap + ",reps=" + q.reps + "]", stage,
                train, test, q.nystroem, b);
    }

    public static Trained rbf(Dataset<Row> train, Dataset<Row> test, double gamma, NystroemConfig n, BaselinesConfig b) {
        QuantumKernelNystroem stage = stage(n).setKernel(NystroemParams.RBF).setRbfGamma(gamma);
        return fit("rbf_nystroem_lr", "classical", "rbf[gamma=" + gamma + "]", stage, train, test, n, b);
    }

    private static QuantumKernelNystroem stage(NystroemConfig n) {
        return new QuantumKernelNystroem().setInputCol(PreprocessingPipeline.ANGLES).setOutputCol(FEATURES)
                .setNumLandmarks(n.landmarks).setLandmarkSelection(n.selection).setSeed(n.seed);
    }

    private static Trained fit(String name, String family, String kernel, QuantumKernelNystroem stage,
                               Dataset<Row> train, Dataset<Row> test, NystroemConfig n, BaselinesConfig b) {
        LogisticRegression lr = new LogisticRegression().setFeaturesCol(FEATURES)
                .setLabelCol(PreprocessingPipeline.CLASS).setRegParam(b.logisticRegParam).setMaxIter(b.logisticMaxIter)
                .setFamily("multinomial");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {stage, lr}).fit(train);
        QuantumKernelNystroemModel nystroem = (QuantumKernelNystroemModel) model.stages()[0];
        String description = "logistic-regression[nystroem(" + kernel + ",m=" + nystroem.numLandmarksUsed() + ","
                + n.selection + ",seed=" + n.seed + ",rank=" + nystroem.rank() + "),regParam=" + b.logisticRegParam
                + ",maxIter=" + b.logisticMaxIter + "]";
        ModelOutcome outcome = MllibBaselines.outcome(name, family, description, model, train, test, "probability");
        return new Trained(outcome, nystroem.numLandmarksUsed(), n.selection, nystroem.rank());
    }
}
