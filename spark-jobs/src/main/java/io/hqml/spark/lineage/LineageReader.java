package io.hqml.spark.lineage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads runs back for {@code hqml runs}; only runs present in {@code hqml_runs} exist (write rule 2). */
public final class LineageReader {
    private final SparkSession spark;
    private final LineageWriter paths;

    public LineageReader(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.paths = new LineageWriter(spark, warehouse);
    }

    private boolean tableExists(String table) {
        try {
            return io.delta.tables.DeltaTable.isDeltaTable(spark, paths.tablePath(table));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Dataset<Row> table(String table) {
        return spark.read().format("delta").load(paths.tablePath(table));
    }

    public boolean exists(String runId) {
        return tableExists(LineageSchemas.RUNS) && !table(LineageSchemas.RUNS).filter(col("run_id").equalTo(lit(runId)))
                .isEmpty();
    }

    private Dataset<Row> listing() {
        Dataset<Row> runs = table(LineageSchemas.RUNS);
        Dataset<Row> accuracy = table(LineageSchemas.METRICS)
                .filter(col("split").equalTo("test").and(col("metric").equalTo("accuracy")))
                .groupBy("run_id").pivot("family", List.of("quantum", "classical")).max("value");
        return runs.join(accuracy, "run_id")
                .select(col("run_id"), col("started_at"), col("name"), col("feature_map"), col("dataset_uri"),
                        col("train_rows"), col("test_rows"), col("quantum").as("quantum_test_accuracy"),
                        col("classical").as("best_baseline_test_accuracy"))
                .orderBy(col("started_at").desc(), col("run_id"));
    }

    public String listTable() {
        if (!tableExists(LineageSchemas.RUNS)) {
            return "no runs in " + paths.tablePath(LineageSchemas.RUNS) + "\n";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-44s %-20s %-40s %9s %9s%n", "run_id",
                "started_at", "feature_map", "quantum", "baseline"));
        for (Row r : listing().collectAsList()) {
            sb.append(String.format(Locale.ROOT, "%-44s %-20s %-40s %9.4f %9.4f%n", r.getString(0),
                    r.getTimestamp(1).toInstant().toString().substring(0, 19), r.getString(3), r.getDouble(7),
                    r.getDouble(8)));
        }
        return sb.toString();
    }

    public String listJson() {
        if (!tableExists(LineageSchemas.RUNS)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : listing().toJSON().collectAsList()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** The recorded effective config (canonical JSON) and dataset hash of a run. */
    public record RecordedRun(String runId, String configJson, String datasetHash) {
    }

    public RecordedRun recorded(String runId) {
        Row r = table(LineageSchemas.RUNS).filter(col("run_id").equalTo(lit(runId))).first();
        return new RecordedRun(runId, r.getString(r.fieldIndex("config_json")), r.getString(r.fieldIndex("dataset_hash")));
    }

    /** (model, split, metric) -> value of a run; a null value (undefined metric) is NaN. */
    public java.util.Map<String, Double> metrics(String runId) {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        for (Row m : forRun(LineageSchemas.METRICS, runId).collectAsList()) {
            out.put(m.getString(1) + "/" + m.getString(3) + "/" + m.getString(4), m.isNullAt(5) ? Double.NaN : m.getDouble(5));
        }
        return out;
    }

    public String showJson(String runId) {
        String run = table(LineageSchemas.RUNS).filter(col("run_id").equalTo(lit(runId))).toJSON().first();
        List<String> metrics = forRun(LineageSchemas.METRICS, runId).orderBy("model", "split", "metric").toJSON().collectAsList();
        List<String> timings = forRun(LineageSchemas.STAGE_TIMINGS, runId).orderBy("stage_order").toJSON().collectAsList();
        return "{\"run\":" + run + ",\"metrics\":[" + String.join(",", metrics) + "],\"stage_timings\":["
                + String.join(",", timings) + "]}\n";
    }

    public String showText(String runId) {
        Row run = table(LineageSchemas.RUNS).filter(col("run_id").equalTo(lit(runId))).first();
        StringBuilder sb = new StringBuilder();
        for (String field : run.schema().fieldNames()) {
            if (field.equals("circuit_qasm") || field.equals("config_json") || field.equals("spark_conf")) {
                continue;
            }
            Object v = run.get(run.fieldIndex(field));
            String text = v instanceof scala.collection.Seq<?> seq
                    ? seq.mkString("[", ", ", "]") : String.valueOf(v);
            sb.append(String.format(Locale.ROOT, "%-20s %s%n", field, text));
        }
        sb.append("\nmetrics\n");
        for (Row m : forRun(LineageSchemas.METRICS, runId).orderBy("model", "split", "metric").collectAsList()) {
            sb.append(String.format(Locale.ROOT, "  %-22s %-6s %-18s %s%n", m.getString(1), m.getString(3),
                    m.getString(4), m.isNullAt(5) ? "n/a" : String.format(Locale.ROOT, "%.4f", m.getDouble(5))));
        }
        sb.append("\nstage timings (s)\n");
        for (Row t : forRun(LineageSchemas.STAGE_TIMINGS, runId).orderBy("stage_order").collectAsList()) {
            sb.append(String.format(Locale.ROOT, "  %-22s %8.3f%n", t.getString(2), t.getDouble(3)));
        }
        sb.append("\ncircuit (OpenQASM 3)\n").append(run.getString(run.fieldIndex("circuit_qasm")));
        return sb.toString();
    }

    private Dataset<Row> forRun(String table, String runId) {
        return table(table).filter(col("run_id").equalTo(lit(runId)));
    }
}
