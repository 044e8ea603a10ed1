package io.hqml.spark.job;

import io.hqml.spark.backend.BackendUsage;
import io.hqml.spark.evaluate.MetricRow;
import java.util.List;

/**
 * What {@code hqml run} reports: printed as a table, or as JSON with {@code --json}.
 *
 * @param backend what the backend model used; null without a {@code backend:} section
 */
public record RunSummary(String runId, String name, String warehouse, String datasetUri, String datasetHash,
                         long trainRows, long testRows, List<String> classes, String featureMap, int qubits,
                         String preprocessing, String engine, BackendUsage backend, List<ModelLine> models, List<MetricRow> metrics,
                         List<StageTimer.Timing> stageTimings, double totalSeconds) {

    /** A model and its description, in report order (quantum first, then baselines). */
    public record ModelLine(String model, String family, String description) {
    }
}
