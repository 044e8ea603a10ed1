package io.hqml.spark.evaluate;

import io.hqml.quantum.metrics.ClassificationMetrics;
import io.hqml.spark.learn.ModelOutcome;
import java.util.ArrayList;
import java.util.List;

/** Every model, both splits, the same four metrics: accuracy, balanced accuracy, F1, ROC AUC. */
public final class ModelEvaluation {
    public static final List<String> METRICS = List.of("accuracy", "balanced_accuracy", "f1", "roc_auc");

    private ModelEvaluation() {
    }

    public static List<MetricRow> evaluate(ModelOutcome m, int[] trainTruth, int[] testTruth, int numClasses) {
        List<MetricRow> rows = new ArrayList<>();
        add(rows, m.model(), "train", ClassificationMetrics.evaluate(trainTruth, m.trainPredicted(), m.trainScores(), numClasses));
        add(rows, m.model(), "test", ClassificationMetrics.evaluate(testTruth, m.testPredicted(), m.testScores(), numClasses));
        return rows;
    }

    private static void add(List<MetricRow> rows, String model, String split, ClassificationMetrics.Report r) {
        rows.add(new MetricRow(model, split, "accuracy", r.accuracy()));
        rows.add(new MetricRow(model, split, "balanced_accuracy", r.balancedAccuracy()));
        rows.add(new MetricRow(model, split, "f1", r.f1()));
        rows.add(new MetricRow(model, split, "roc_auc", r.rocAuc()));
    }
}
