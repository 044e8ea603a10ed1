package io.hqml.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.errors.HqmlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input ends in one HqmlException with a stable code and a one-line message, and
 * leaves the lineage tables exactly as they were (a good run is recorded first to have something to lose).
 */
class BadInputTest {
    @TempDir
    static Path dir;

    private static final SparkSession spark = SparkTestSession.get();
    private static long[] before;

    @BeforeAll
    static void recordAGoodRun() {
        run("name: good\ndata: {format: moons, generator: {samples: 40}}\n", "good-run");
        before = counts();
    }

    private static RunSummary run(String yaml, String runId) {
        ConfigLoader.Loaded cfg = ConfigLoader.parse(yaml, "test.yaml", List.of());
        return new HqmlJob(spark, dir.resolve("wh").toString()).run(cfg, runId);
    }

    private static long[] counts() {
        String[] tables = {"hqml_runs", "hqml_metrics", "hqml_stage_timings", "hqml_predictions"};
        long[] out = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            out[i] = spark.read().format("delta").load(dir.resolve("wh").resolve(tables[i]).toString()).count();
        }
        return out;
    }

    private static String csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    private static void assertRejected(String code, String messagePart, String yaml) {
        HqmlException e = assertThrows(HqmlException.class, () -> run(yaml, "bad-run"));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertTrue(!e.oneLine().contains("\n") && e.oneLine().contains("; "), "one line with a fix: " + e.oneLine());
        assertEquals(List.of(before[0], before[1], before[2], before[3]), List.of(counts()[0], counts()[1], counts()[2], counts()[3]),
                "lineage tables changed after a rejected run");
    }

    private static String goodCsv() throws IOException {
        StringBuilder sb = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 20; i++) {
            sb.append(i * 0.1).append(',').append(i % 3).append(',').append(i % 2).append('\n');
        }
        return csv("good.csv", sb.toString());
    }

    @Test
    void missingFile() {
        assertRejected("DATA_NOT_FOUND", "does not exist", "data: {format: csv, path: " + dir.resolve("nope.csv") + "}\n");
    }

    @Test
    void missingLabelColumn() throws IOException {
        assertRejected("DATA_COLUMN_MISSING", "label column 'target'",
                "data: {format: csv, path: " + goodCsv() + ", label: target}\n");
    }

    @Test
    void missingFeatureColumn() throws IOException {
        assertRejected("DATA_COLUMN_MISSING", "feature column 'c'",
                "data: {format: csv, path: " + goodCsv() + ", features: [a, c]}\n");
    }

    @Test
    void nonNumericFeature() throws IOException {
        String path = csv("text.csv", "a,colour,label\n1.0,red,0\n2.0,blue,1\n3.0,red,0\n4.0,blue,1\n");
        assertRejected("DATA_NON_NUMERIC", "'colour' has type string", "data: {format: csv, path: " + path + "}\n");
    }

    @Test
    void nanAndMissingFeatures() throws IOException {
        String path = csv("nan.csv", "a,b,label\n1.0,NaN,0\n2.0,1.0,1\n3.0,,0\n4.0,2.0,1\n5.0,2.0,1\n6.0,1.0,0\n");
        assertRejected("DATA_NON_FINITE", "2 row(s)", "data: {format: csv, path: " + path + "}\n");
    }

    @Test
    void oneClassOnly() throws IOException {
        String path = csv("one.csv", "a,b,label\n1,2,1\n3,4,1\n5,6,1\n");
        assertRejected("DATA_ONE_CLASS", "single class ('1')", "data: {format: csv, path: " + path + "}\n");
    }

    @Test
    void emptyData() throws IOException {
        String path = csv("empty.csv", "a,b,label\n");
        assertRejected("DATA_EMPTY", "no rows", "data: {format: csv, path: " + path + ", features: [a, b]}\n");
    }

    @Test
    void moreFeaturesThanQubitsWithoutReduction() throws IOException {
        assertRejected("BUDGET_FEATURES", "2 features exceed", "data: {format: csv, path: " + goodCsv()
                + "}\nquantum: {qubits: 1}\n");
    }

    @Test
    void unknownFeatureMap() {
        HqmlException e = assertThrows(HqmlException.class,
                () -> run("data: {format: moons}\nquantum: {featureMap: magic}\n", "bad-run"));
        assertEquals("CONFIG_INVALID", e.code());
        assertTrue(e.getMessage().contains("unknown feature map 'magic'"));
    }

    @Test
    void tooManyTrainingRowsForTheExactSvm() {
        assertRejected("BUDGET_ROWS", "svm.maxTrainRows = 10",
                "data: {format: moons, generator: {samples: 40}}\nsvm: {maxTrainRows: 10}\n");
        // With the exact kernel asked for alongside Nystroem the refusal stands, and names the way on.
        assertRejected("BUDGET_ROWS", "set quantum.kernels: [nystroem]", "data: {format: moons, generator: {samples: 40}}"
                + "\nsvm: {maxTrainRows: 10}\nquantum: {kernels: [exact, nystroem]}\n");
    }
}
