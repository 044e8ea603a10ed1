package io.hqml.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.evaluate.MetricRow;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ad hoc example end to end on local Spark, and the lineage tables it writes. */
class HqmlJobTest {
    @TempDir
    static Path warehouse;

    private static final SparkSession spark = SparkTestSession.get();
    private static RunSummary first;

    @BeforeAll
    static void runOnce() {
        first = run("adhoc-test-1");
    }

    private static RunSummary run(String runId) {
        ConfigLoader.Loaded cfg = ConfigLoader.load(SparkTestSession.example("adhoc-qsvm.yaml"), List.of());
        return new HqmlJob(spark, warehouse.toString()).run(cfg, runId);
    }

    private static Dataset<Row> table(String name) {
        return spark.read().format("delta").load(warehouse.resolve(name).toString());
    }

    private static double metric(RunSummary s, String model, String split, String metric) {
        return s.metrics().stream().filter(m -> m.model().equals(model) && m.split().equals(split)
                && m.metric().equals(metric)).mapToDouble(MetricRow::value).findFirst().orElseThrow();
    }

    @Test
    void quantumModelAndBothBaselinesAreReportedOnBothSplits() {
        assertEquals(40, first.trainRows());
        assertEquals(10, first.testRows());
        assertEquals(List.of("quantum_kernel_svm", "rbf_svm", "logistic_regression", "linear_svc", "random_forest"),
                first.models().stream().map(RunSummary.ModelLine::model).toList());
        assertEquals(5 * 2 * 4, first.metrics().size());
        // The ZZ kernel is the ad hoc labelling's own feature map: it should separate the test set.
        assertTrue(metric(first, "quantum_kernel_svm", "test", "accuracy") >= 0.9);
        for (MetricRow m : first.metrics()) {
            assertTrue(m.value() >= 0 && m.value() <= 1, m.toString());
        }
    }

    @Test
    void lineageTablesHoldOneRunsRowAndAllItsRows() {
        Dataset<Row> runs = table("hqml_runs").filter(col("run_id").equalTo("adhoc-test-1"));
        assertEquals(1, runs.count());
        Row r = runs.first();
        assertEquals(first.datasetHash(), r.getString(r.fieldIndex("dataset_hash")));
        assertTrue(r.getString(r.fieldIndex("circuit_qasm")).contains("p(2*(pi - x[0])*(pi - x[1])) q[1];"));
        // quantum.engine auto: the native engine of simulator-native, which this build always carries and loads.
        assertTrue(io.hqml.nativeengine.NativeLibrary.isLoaded(), io.hqml.nativeengine.NativeLibrary.failure());
        assertTrue(r.getString(r.fieldIndex("engine")).startsWith("native-statevector-"), r.toString());
        assertEquals(42L, r.getLong(r.fieldIndex("split_seed")));
        assertTrue(r.isNullAt(r.fieldIndex("nystroem_landmarks")) && r.isNullAt(r.fieldIndex("nystroem_rank")),
                "no Nystroem model in the default config");
        assertEquals(40, table("hqml_metrics").filter(col("run_id").equalTo("adhoc-test-1")).count());
        assertEquals(5 * 50, table("hqml_predictions").filter(col("run_id").equalTo("adhoc-test-1")).count());
        // Every stage but "record", which is still running while the rows are written.
        assertEquals(first.stageTimings().size() - 1,
                table("hqml_stage_timings").filter(col("run_id").equalTo("adhoc-test-1")).count());
        assertTrue(!r.getString(r.fieldIndex("spark_conf")).toLowerCase().contains("secret"));
    }

    @Test
    void theJavaEngineGivesTheSameMetricsAndRecordsItself() {
        ConfigLoader.Loaded cfg = ConfigLoader.load(SparkTestSession.example("adhoc-qsvm.yaml"),
                List.of("quantum.engine=java"));
        RunSummary java = new HqmlJob(spark, warehouse.toString()).run(cfg, "adhoc-test-java");
        assertEquals(first.metrics(), java.metrics());
        Row r = table("hqml_runs").filter(col("run_id").equalTo("adhoc-test-java")).first();
        assertEquals("java-statevector", r.getString(r.fieldIndex("engine")));
    }

    @Test
    void reRunningARunIdReplacesItsRowsAndReproducesItsMetrics() {
        RunSummary again = run("adhoc-test-1");
        assertEquals(1, table("hqml_runs").filter(col("run_id").equalTo("adhoc-test-1")).count());
        assertEquals(40, table("hqml_metrics").filter(col("run_id").equalTo("adhoc-test-1")).count());
        assertEquals(250, table("hqml_predictions").filter(col("run_id").equalTo("adhoc-test-1")).count());
        assertEquals(first.metrics(), again.metrics(), "same config and seed must give identical metrics");
        assertEquals(first.datasetHash(), again.datasetHash());
    }
}
