package io.hqml.spark.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hqml.spark.backend.BackendUsage;
import io.hqml.spark.evaluate.MetricRow;
import io.hqml.spark.evaluate.ModelEvaluation;
import io.hqml.spark.job.RunSummary;
import io.hqml.spark.job.StageTimer;
import java.util.Locale;

/** Renders a {@link RunSummary}: a models x metrics table for people, or JSON for pipelines. */
public final class SummaryPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryPrinter() {
    }

    public static String table(RunSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("hqml run ").append(s.runId()).append("  (").append(s.name()).append(")\n");
        sb.append("data      ").append(s.datasetUri()).append("  ").append(s.datasetHash()).append('\n');
        sb.append("split     train ").append(s.trainRows()).append(", test ").append(s.testRows())
                .append(", classes ").append(s.classes()).append('\n');
        sb.append("quantum   ").append(s.featureMap()).append(" on ").append(s.engine()).append('\n');
        sb.append("features  ").append(s.preprocessing()).append('\n');
        if (s.backend() != null) {
            BackendUsage b = s.backend();
            sb.append("backend   ").append(b.id()).append('@').append(b.version()).append(" on ").append(b.target())
                    .append(" (calibration ").append(b.calibrationId()).append("), ").append(b.shots())
                    .append(" shots: ").append(b.circuits()).append(" circuits in ").append(b.jobs()).append(" jobs")
                    .append(b.compiler().equals("none") ? "" : ", " + b.compiler()).append('\n');
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-22s %-10s %-6s", "model", "family", "split"));
        for (String m : ModelEvaluation.METRICS) {
            sb.append(String.format(Locale.ROOT, " %17s", m));
        }
        sb.append('\n');
        for (RunSummary.ModelLine model : s.models()) {
            for (String split : new String[] {"train", "test"}) {
                sb.append(String.format(Locale.ROOT, "%-22s %-10s %-6s", model.model(), model.family(), split));
                for (String metric : ModelEvaluation.METRICS) {
                    sb.append(String.format(Locale.ROOT, " %17s", format(value(s, model.model(), split, metric))));
                }
                sb.append('\n');
            }
        }
        sb.append("\nstage timings (s)\n");
        for (StageTimer.Timing t : s.stageTimings()) {
            sb.append(String.format(Locale.ROOT, "  %-22s %8.3f%n", t.stage(), t.seconds()));
        }
        sb.append(String.format(Locale.ROOT, "  %-22s %8.3f%n", "total", s.totalSeconds()));
        sb.append("\nlineage   ").append(s.warehouse()).append("/{hqml_runs,hqml_metrics,hqml_stage_timings,hqml_predictions}  run_id = ")
                .append(s.runId()).append('\n');
        return sb.toString();
    }

    public static String json(RunSummary s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", s.runId()).put("name", s.name()).put("warehouse", s.warehouse())
                .put("dataset_uri", s.datasetUri()).put("dataset_hash", s.datasetHash())
                .put("train_rows", s.trainRows()).put("test_rows", s.testRows())
                .put("feature_map", s.featureMap()).put("qubits", s.qubits()).put("preprocessing", s.preprocessing())
                .put("engine", s.engine());
        if (s.backend() != null) {
            BackendUsage b = s.backend();
            root.putObject("backend").put("id", b.id()).put("version", b.version()).put("target", b.target())
                    .put("calibration_id", b.calibrationId()).put("shots", b.shots()).put("compiler", b.compiler())
                    .put("circuits", b.circuits())
                    .put("jobs", b.jobs()).put("shots_total", b.shotsTotal());
        }
        ArrayNode classes = root.putArray("classes");
        s.classes().forEach(classes::add);
        ArrayNode models = root.putArray("models");
        for (RunSummary.ModelLine m : s.models()) {
            ObjectNode node = models.addObject().put("model", m.model()).put("family", m.family())
                    .put("description", m.description());
            for (String split : new String[] {"train", "test"}) {
                ObjectNode values = node.putObject(split);
                for (String metric : ModelEvaluation.METRICS) {
                    double v = value(s, m.model(), split, metric);
                    if (Double.isNaN(v)) {
                        values.putNull(metric);
                    } else {
                        values.put(metric, v);
                    }
                }
            }
        }
        ObjectNode timings = root.putObject("stage_timings_seconds");
        s.stageTimings().forEach(t -> timings.put(t.stage(), t.seconds()));
        root.put("total_seconds", s.totalSeconds());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double value(RunSummary s, String model, String split, String metric) {
        for (MetricRow r : s.metrics()) {
            if (r.model().equals(model) && r.split().equals(split) && r.metric().equals(metric)) {
                return r.value();
            }
        }
        return Double.NaN;
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
