package io.hqml.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.evaluate.MetricRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped real-data examples run end to end with the quantum model and both baselines side by side.
 * Accuracy floors are far below what the runs reach (breast cancer ~0.90-0.98, iris ~0.89-0.93); they
 * catch a broken pipeline, not a tuning regression.
 */
class ExamplesTest {
    @TempDir
    static Path warehouse;

    @ParameterizedTest
    @CsvSource({"breast-cancer-qsvm.yaml, conf/data/breast_cancer.csv, 8, 2",
                "iris-qsvm.yaml, conf/data/iris.csv, 4, 3"})
    void exampleRunsWithQuantumAndBaselines(String file, String data, int qubits, int classes) {
        String path = SparkTestSession.projectRoot().resolve(data).toString();
        ConfigLoader.Loaded cfg = ConfigLoader.load(SparkTestSession.example(file), List.of("data.path=" + path));
        RunSummary s = new HqmlJob(SparkTestSession.get(), warehouse.toString()).run(cfg, file.replace(".yaml", ""));
        assertEquals(qubits, s.qubits());
        assertEquals(classes, s.classes().size());
        for (String model : List.of("quantum_kernel_svm", "rbf_svm", "logistic_regression", "linear_svc", "random_forest")) {
            double acc = s.metrics().stream().filter(m -> m.model().equals(model) && m.split().equals("test")
                    && m.metric().equals("accuracy")).mapToDouble(MetricRow::value).findFirst().orElseThrow();
            assertTrue(acc > 0.8, model + " test accuracy " + acc);
        }
    }
}
