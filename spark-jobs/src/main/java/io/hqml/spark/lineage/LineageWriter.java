package io.hqml.spark.lineage;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes one run's rows to the Delta lineage tables under a warehouse directory.
 *
 * <p>Contract (LINEAGE.md, "Write rules"):
 * <ol>
 *   <li>Idempotent per run: each table write is one Delta commit that atomically replaces every row of
 *       that run id ({@code replaceWhere run_id = ...}). A re-run of the same run id, or a retried Spark
 *       task, never leaves duplicate rows.</li>
 *   <li>{@code hqml_runs} is written last: a run id present there has all its other rows written.
 *       Readers join through {@code hqml_runs}; rows of a run id missing from it belong to an
 *       interrupted write and are replaced when that run id is written again.</li>
 *   <li>Nothing is written for a run that failed validation: every check runs before the first write.</li>
 * </ol>
 */
public final class LineageWriter {
    private static final Pattern SAFE_RUN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final SparkSession spark;
    private final String warehouse;

    public LineageWriter(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public static boolean isSafeRunId(String runId) {
        return runId != null && SAFE_RUN_ID.matcher(runId).matches();
    }

    public String tablePath(String table) {
        return warehouse + "/" + table;
    }

    /** Writes all four tables for {@code runId}, runs last. */
    public void write(String runId, Row run, List<Row> metrics, List<Row> timings, List<Row> predictions) {
        if (!isSafeRunId(runId)) {
            throw new IllegalArgumentException("run id '" + runId + "' must match " + SAFE_RUN_ID.pattern());
        }
        replace(LineageSchemas.PREDICTIONS, LineageSchemas.PREDICTIONS_SCHEMA, runId, predictions);
        replace(LineageSchemas.METRICS, LineageSchemas.METRICS_SCHEMA, runId, metrics);
        replace(LineageSchemas.STAGE_TIMINGS, LineageSchemas.STAGE_TIMINGS_SCHEMA, runId, timings);
        replace(LineageSchemas.RUNS, LineageSchemas.RUNS_SCHEMA, runId, List.of(run));
    }

    private void replace(String table, StructType schema, String runId, List<Row> rows) {
        // mergeSchema: a table written before columns were added gains them (older rows read null).
        spark.createDataFrame(rows, schema).coalesce(1).write().format("delta").mode("overwrite")
                .option("replaceWhere", "run_id = '" + runId + "'").option("mergeSchema", "true")
                .save(tablePath(table));
    }
}
