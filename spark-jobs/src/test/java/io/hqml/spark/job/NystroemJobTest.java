package io.hqml.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.evaluate.MetricRow;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quantum.kernels: exact and Nystroem models side by side, Nystroem alone above the exact limit, lineage. */
class NystroemJobTest {
    @TempDir
    static Path warehouse;

    private static final SparkSession spark = SparkTestSession.get();

    private static RunSummary run(String runId, String example, String... overrides) {
        ConfigLoader.Loaded cfg = ConfigLoader.load(SparkTestSession.example(example), List.of(overrides));
        return new HqmlJob(spark, warehouse.toString()).run(cfg, runId);
    }

    private static List<String> models(RunSummary s) {
        return s.models().stream().map(RunSummary.ModelLine::model).toList();
    }

    private static double accuracy(RunSummary s, String model) {
        return s.metrics().stream().filter(m -> m.model().equals(model) && m.split().equals("test")
                && m.metric().equals("accuracy")).mapToDouble(MetricRow::value).findFirst().orElseThrow();
    }

    private static Row runRow(String runId) {
        return spark.read().format("delta").load(warehouse.resolve("hqml_runs").toString())
                .filter(col("run_id").equalTo(runId)).first();
    }

    @Test
    void exactAndNystroemRunSideBySideWithTheirRbfTwins() {
        // 40 landmarks = every training row: Nystroem + LR is then kernel logistic regression on the exact kernel.
        RunSummary s = run("both", "adhoc-qsvm.yaml", "quantum.kernels=[exact, nystroem]", "quantum.nystroem.landmarks=40");
        assertEquals(List.of("quantum_kernel_svm", "quantum_nystroem_lr", "rbf_svm", "rbf_nystroem_lr",
                "logistic_regression", "linear_svc", "random_forest"), models(s));
        assertEquals(7 * 2 * 4, s.metrics().size());
        // The ad hoc labels come from the ZZ map, so its kernel separates them whichever learner sits on top;
        // the exact SVM reaches 1.0 and the RBF twins about 0.5 (see README).
        assertTrue(accuracy(s, "quantum_nystroem_lr") >= 0.8, "nystroem " + accuracy(s, "quantum_nystroem_lr"));
        assertTrue(s.models().get(1).description().contains("m=40,kmeans++,seed=42"), s.models().get(1).description());

        Row r = runRow("both");
        assertEquals(40, r.getInt(r.fieldIndex("nystroem_landmarks")));
        assertEquals("kmeans++", r.getString(r.fieldIndex("nystroem_selection")));
        int rank = r.getInt(r.fieldIndex("nystroem_rank"));
        // Pure states of 2 qubits: the kernel is an inner product of 4 x 4 density matrices, rank at most 16.
        assertTrue(rank >= 2 && rank <= 16, "rank " + rank);
        assertTrue(s.stageTimings().stream().anyMatch(t -> t.stage().equals("quantum_nystroem_lr")));
    }

    @Test
    void nystroemAloneRunsAboveTheExactLimitWithoutAnyNxNStep() {
        RunSummary s = run("nystroem-only", "moons-nystroem.yaml", "data.generator.samples=400", "svm.maxTrainRows=100",
                "quantum.nystroem.landmarks=24", "quantum.nystroem.selection=uniform");
        assertEquals(320, s.trainRows());
        assertEquals(List.of("quantum_nystroem_lr", "rbf_nystroem_lr", "logistic_regression", "linear_svc",
                "random_forest"), models(s));
        List<String> stages = s.stageTimings().stream().map(StageTimer.Timing::stage).toList();
        assertTrue(stages.stream().noneMatch(st -> st.startsWith("quantum_kernel") || st.equals("rbf_svm")), stages.toString());
        Row r = runRow("nystroem-only");
        assertEquals(0, r.getInt(r.fieldIndex("kernel_tiles")));
        assertEquals(24, r.getInt(r.fieldIndex("nystroem_landmarks")));
        assertEquals("uniform", r.getString(r.fieldIndex("nystroem_selection")));
        // Moons, noise 0.2, bandwidth 0.5: the quantum Nystroem model scores about 0.97 on this split and the linear
        // baselines about 0.84; the floor catches a broken pipeline, not a tuning regression.
        assertTrue(accuracy(s, "quantum_nystroem_lr") > 0.85, "nystroem " + accuracy(s, "quantum_nystroem_lr"));
    }
}
