package io.hqml.spark.job;

import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.errors.HqmlErrors;
import io.hqml.spark.evaluate.MetricRow;
import io.hqml.spark.ingest.DatasetIngest;
import io.hqml.spark.ingest.IngestedData;
import io.hqml.spark.lineage.LineageReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * {@code hqml runs reproduce RUN_ID}: re-runs a recorded run from its stored effective config (seeds
 * included), after checking that the data still hash to the recorded value, and compares every metric
 * bit for bit. The re-run is recorded as its own run, {@code RUN_ID.reproduce-N}.
 */
public final class ReproduceRun {
    /** The outcome: which metrics differ (empty when the run reproduced exactly). */
    public record Result(String runId, String reproducedRunId, String datasetHash, int metricsCompared,
                         List<String> mismatches) {
        public boolean reproduced() {
            return mismatches.isEmpty();
        }
    }

    private final SparkSession spark;
    private final String warehouse;

    public ReproduceRun(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public Result reproduce(String runId) {
        LineageReader reader = new LineageReader(spark, warehouse);
        if (!reader.exists(runId)) {
            throw HqmlErrors.runNotFound(runId, warehouse);
        }
        LineageReader.RecordedRun recorded = reader.recorded(runId);
        ConfigLoader.Loaded loaded = ConfigLoader.parse(recorded.configJson(), "hqml_runs.config_json of " + runId, List.of());
        IngestedData data = DatasetIngest.load(spark, loaded.config().data);
        if (!data.contentHash().equals(recorded.datasetHash())) {
            throw HqmlErrors.datasetChanged(runId, recorded.datasetHash(), data.contentHash(), data.uri());
        }
        data.rows().unpersist();
        String newId = nextId(reader, runId);
        RunSummary summary = new HqmlJob(spark, warehouse).run(loaded, newId);
        Map<String, Double> before = reader.metrics(runId);
        Map<String, Double> after = new TreeMap<>();
        for (MetricRow m : summary.metrics()) {
            after.put(m.model() + "/" + m.split() + "/" + m.metric(), m.value());
        }
        List<String> mismatches = new ArrayList<>();
        for (String key : before.keySet()) {
            Double a = after.get(key);
            // Bit-for-bit: Double.compare treats NaN == NaN and distinguishes every other bit pattern.
            if (a == null || Double.compare(before.get(key), a) != 0) {
                mismatches.add(key + ": recorded " + before.get(key) + ", reproduced " + a);
            }
        }
        for (String key : after.keySet()) {
            if (!before.containsKey(key)) {
                mismatches.add(key + ": not recorded, reproduced " + after.get(key));
            }
        }
        return new Result(runId, newId, recorded.datasetHash(), before.size(), mismatches);
    }

    private static String nextId(LineageReader reader, String runId) {
        for (int i = 1; ; i++) {
            String id = runId + ".reproduce-" + i;
            if (!reader.exists(id)) {
                return id;
            }
        }
    }
}
