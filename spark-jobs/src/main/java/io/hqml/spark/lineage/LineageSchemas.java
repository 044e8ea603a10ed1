package io.hqml.spark.lineage;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/** Column layout of the lineage tables; LINEAGE.md documents every column and must stay in step. */
public final class LineageSchemas {
    public static final String RUNS = "hqml_runs";
    public static final String METRICS = "hqml_metrics";
    public static final String STAGE_TIMINGS = "hqml_stage_timings";
    public static final String PREDICTIONS = "hqml_predictions";

    private LineageSchemas() {
    }

    public static final StructType RUNS_SCHEMA = new StructType()
            .add("run_id", StringType, false)
            .add("name", StringType, false)
            .add("status", StringType, false)
            .add("started_at", TimestampType, false)
            .add("finished_at", TimestampType, false)
            .add("duration_seconds", DoubleType, false)
            .add("config_json", StringType, false)
            .add("config_hash", StringType, false)
            .add("code_version", StringType, false)
            .add("dataset_uri", StringType, false)
            .add("dataset_hash", StringType, false)
            .add("dataset_rows", LongType, false)
            .add("train_rows", LongType, false)
            .add("test_rows", LongType, false)
            .add("feature_columns", createArrayType(StringType, false), false)
            .add("classes", createArrayType(StringType, false), false)
            .add("preprocessing", StringType, false)
            .add("preprocessing_path", StringType, false)
            .add("feature_map", StringType, false)
            .add("qubits", IntegerType, false)
            .add("reps", IntegerType, false)
            .add("kernel", StringType, false)
            .add("circuit_qasm", StringType, false)
            .add("circuit_depth", IntegerType, false)
            .add("two_qubit_gates", IntegerType, false)
            .add("engine", StringType, false)
            .add("backend_id", StringType, false)
            .add("shots", IntegerType, true)
            .add("seed", LongType, false)
            .add("split_seed", LongType, false)
            .add("kernel_tile_size", IntegerType, false)
            .add("kernel_tiles", IntegerType, false)
            .add("spark_master", StringType, false)
            .add("spark_version", StringType, false)
            .add("spark_conf", StringType, false)
            // Null when the run has no Nystroem models (quantum.kernels without nystroem).
            .add("nystroem_landmarks", IntegerType, true)
            .add("nystroem_selection", StringType, true)
            .add("nystroem_rank", IntegerType, true)
            // Added with the backend SPI: nullable, at the end, so older tables gain them by schema evolution.
            .add("backend_version", StringType, true)
            .add("backend_target", StringType, true)
            .add("calibration_id", StringType, true)
            .add("backend_circuits", LongType, true)
            .add("backend_jobs", LongType, true)
            .add("backend_shots", LongType, true);

    public static final StructType METRICS_SCHEMA = new StructType()
            .add("run_id", StringType, false)
            .add("model", StringType, false)
            .add("family", StringType, false)
            .add("split", StringType, false)
            .add("metric", StringType, false)
            .add("value", DoubleType, true);

    public static final StructType STAGE_TIMINGS_SCHEMA = new StructType()
            .add("run_id", StringType, false)
            .add("stage_order", IntegerType, false)
            .add("stage", StringType, false)
            .add("seconds", DoubleType, false);

    public static final StructType PREDICTIONS_SCHEMA = new StructType()
            .add("run_id", StringType, false)
            .add("model", StringType, false)
            .add("split", StringType, false)
            .add("row_id", LongType, false)
            .add("label", StringType, false)
            .add("prediction", StringType, false)
            .add("score", DoubleType, false);
}
