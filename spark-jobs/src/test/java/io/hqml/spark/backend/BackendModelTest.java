package io.hqml.spark.backend;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hqml.backends.emulated.server.EmulatedCloudServer;
import io.hqml.backends.emulated.server.EmulatorSettings;
import io.hqml.backends.http.BearerToken;
import io.hqml.quantum.backend.LocalDensityMatrixBackend;
import io.hqml.quantum.target.TargetJson;
import io.hqml.spark.SparkTestSession;
import io.hqml.spark.cli.HqmlMain;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.errors.HqmlException;
import io.hqml.spark.evaluate.MetricRow;
import io.hqml.spark.job.HqmlJob;
import io.hqml.spark.job.RunSummary;
import io.hqml.spark.lineage.LineageSchemas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of the backend section: the ad hoc example with its shot kernel on the noisy local
 * density-matrix backend and on the emulated cloud (through the CLI), reported next to the noiseless kernel,
 * with circuits, jobs and shots in lineage; and the one-line errors of a bad backend section.
 */
class BackendModelTest {
    @TempDir
    static Path dir;

    private static final SparkSession spark = SparkTestSession.get();
    private static final Path TARGET = SparkTestSession.projectRoot().resolve("conf/targets/line-7.json");
    private static RunSummary noisy;

    // The ad hoc example: 40 training and 10 test rows; the noisy backend measures the Gram diagonal too.
    private static final long TRAIN_CIRCUITS = 40 * 39 / 2 + 40;
    private static final long TEST_CIRCUITS = 10 * 40;

    @BeforeAll
    static void runTheNoisyExample() throws Exception {
        // A table written before the backend columns existed: the run must add them, keeping the old row.
        StructType old = new StructType();
        for (var f : LineageSchemas.RUNS_SCHEMA.fields()) {
            if (!f.name().startsWith("backend_") && !f.name().equals("calibration_id")) {
                old = old.add(f);
            }
        }
        Object[] values = new Object[old.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = dummy(old.fields()[i].dataType());
        }
        values[0] = "old-run";
        spark.createDataFrame(List.of(RowFactory.create(values)), old).write().format("delta")
                .save(dir.resolve("wh").resolve(LineageSchemas.RUNS).toString());
        ConfigLoader.Loaded cfg = ConfigLoader.load(SparkTestSession.example("adhoc-qsvm-noisy.yaml"),
                List.of("backend.target=" + TARGET));
        noisy = new HqmlJob(spark, dir.resolve("wh").toString()).run(cfg, "noisy-1");
    }

    private static Object dummy(org.apache.spark.sql.types.DataType t) {
        String n = t.typeName();
        return switch (n) {
            case "string" -> "x";
            case "timestamp" -> new java.sql.Timestamp(0);
            case "double" -> 0.0;
            case "long" -> 0L;
            case "integer" -> 0;
            case "array" -> new String[0];
            default -> null;
        };
    }

    private static double accuracy(RunSummary s, String model) {
        return s.metrics().stream().filter(m -> m.model().equals(model) && m.split().equals("test")
                && m.metric().equals("accuracy")).mapToDouble(MetricRow::value).findFirst().orElseThrow();
    }

    @Test
    void theNoisyBackendModelIsReportedNextToTheNoiselessKernel() {
        assertEquals(List.of("quantum_kernel_svm", "quantum_backend_svm", "rbf_svm", "logistic_regression",
                "linear_svc", "random_forest"), noisy.models().stream().map(RunSummary.ModelLine::model).toList());
        BackendUsage b = noisy.backend();
        assertEquals("local-density-matrix", b.id());
        assertEquals("line-7", b.target());
        assertEquals("line-7@2025-06-16", b.calibrationId());
        assertTrue(b.compiler().startsWith("transpile(seed=42"), "line-7 needs the transpiler: " + b.compiler());
        assertEquals(1000, b.shots());
        assertEquals(TRAIN_CIRCUITS + TEST_CIRCUITS, b.circuits());
        assertEquals(3 + 2, b.jobs(), "820 training circuits in jobs of 300, 400 test circuits likewise");
        assertEquals(b.circuits() * 1000, b.shotsTotal());
        // Noise shrinks the kernel, but the ZZ map still carries the ad hoc labelling.
        assertTrue(accuracy(noisy, "quantum_backend_svm") >= 0.7, "backend accuracy " + accuracy(noisy, "quantum_backend_svm"));
        assertTrue(accuracy(noisy, "quantum_kernel_svm") >= 0.9);
        String table = io.hqml.spark.report.SummaryPrinter.table(noisy);
        assertTrue(table.contains("backend   local-density-matrix@1 on line-7 (calibration line-7@2025-06-16), "
                + "1000 shots: 1220 circuits in 5 jobs, transpile(seed=42"), table);
        assertTrue(table.contains("quantum_backend_svm"), table);
    }

    @Test
    void lineageRecordsTheBackendAndOlderTablesGainTheColumns() {
        List<Row> rows = spark.read().format("delta").load(dir.resolve("wh").resolve(LineageSchemas.RUNS).toString())
                .orderBy("run_id").collectAsList();
        assertEquals(2, rows.size());
        Row old = rows.get(1).getString(0).equals("old-run") ? rows.get(1) : rows.get(0);
        Row run = old == rows.get(0) ? rows.get(1) : rows.get(0);
        assertTrue(old.isNullAt(old.fieldIndex("backend_circuits")), "rows written before keep nulls");
        assertEquals("local-density-matrix", run.getString(run.fieldIndex("backend_id")));
        assertEquals(1000, run.getInt(run.fieldIndex("shots")));
        assertEquals("line-7@2025-06-16", run.getString(run.fieldIndex("calibration_id")));
        assertEquals("line-7", run.getString(run.fieldIndex("backend_target")));
        assertEquals(TRAIN_CIRCUITS + TEST_CIRCUITS, run.getLong(run.fieldIndex("backend_circuits")));
        assertEquals(5L, run.getLong(run.fieldIndex("backend_jobs")));
        assertEquals((TRAIN_CIRCUITS + TEST_CIRCUITS) * 1000, run.getLong(run.fieldIndex("backend_shots")));
        assertTrue(run.getString(run.fieldIndex("config_json")).contains("\"backend\""));
        List<String> stages = spark.read().format("delta").load(dir.resolve("wh").resolve(LineageSchemas.STAGE_TIMINGS)
                .toString()).filter(col("run_id").equalTo("noisy-1")).orderBy("stage_order").collectAsList().stream()
                .map(r -> r.getString(2)).toList();
        assertTrue(stages.containsAll(List.of("backend_kernel_train", "backend_kernel_test", "backend_svm")), stages.toString());
    }

    @Test
    void theEmulatedCloudGivesTheLocalDevicesResultsThroughTheCommandLine() throws Exception {
        String secret = "emu-" + Long.toHexString(System.nanoTime());
        Path tokenFile = Files.writeString(dir.resolve("token"), secret + "\n");
        try (EmulatedCloudServer server = EmulatedCloudServer.start(new InetSocketAddress("127.0.0.1", 0),
                new LocalDensityMatrixBackend(TargetJson.load(TARGET)), EmulatorSettings.defaults()
                        .withExecutionTime(java.time.Duration.ofMillis(20), java.time.Duration.ZERO),
                BearerToken.of(secret), Clock.systemUTC())) {
            Result r = hqml("run", SparkTestSession.example("adhoc-qsvm-emulated-cloud.yaml").toString(), "--warehouse",
                    dir.resolve("wh-cloud").toString(), "--run-id", "cloud-1", "--json",
                    "--set", "backend.url=" + server.apiUri(), "--set", "backend.tokenFile=" + tokenFile);
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().contains(secret) || r.err().contains(secret), "the token never appears in output");
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertEquals("emulated-cloud", json.get("backend").get("id").asText());
            assertEquals("line-7@2025-06-16", json.get("backend").get("calibration_id").asText());
            assertEquals(TRAIN_CIRCUITS + TEST_CIRCUITS, json.get("backend").get("circuits").asLong());
            Map<String, Double> cloud = new TreeMap<>();
            for (JsonNode m : json.get("models")) {
                cloud.put(m.get("model").asText(), m.get("test").get("accuracy").asDouble());
            }
            assertTrue(cloud.containsKey("quantum_backend_svm") && cloud.containsKey("quantum_kernel_svm"), cloud.toString());
            // Same device, calibration, shots and seeds as the local density-matrix run: the same kernel.
            assertEquals(accuracy(noisy, "quantum_backend_svm"), cloud.get("quantum_backend_svm"));
            for (String split : List.of("train", "test")) {
                for (String metric : List.of("accuracy", "balanced_accuracy", "f1", "roc_auc")) {
                    double local = noisy.metrics().stream().filter(m -> m.model().equals("quantum_backend_svm")
                            && m.split().equals(split) && m.metric().equals(metric)).mapToDouble(MetricRow::value)
                            .findFirst().orElseThrow();
                    assertEquals(local, json.get("models").get(1).get(split).get(metric).asDouble(), split + " " + metric);
                }
            }
        }
    }

    @Test
    void withoutATargetTheIdealStatevectorBackendSkipsTheGramDiagonal() {
        ConfigLoader.Loaded cfg = ConfigLoader.load(SparkTestSession.example("adhoc-qsvm-noisy.yaml"), List.of(
                "backend.name=local-statevector", "backend.target=null", "backend.shots=2000"));
        RunSummary s = new HqmlJob(spark, dir.resolve("wh-ideal").toString()).run(cfg, "ideal-1");
        BackendUsage b = s.backend();
        assertEquals("ideal", b.calibrationId());
        assertEquals("none", b.compiler(), "the ideal device executes the feature map's gates as they are");
        assertEquals(40 * 39 / 2 + TEST_CIRCUITS, b.circuits(), "a noiseless diagonal is 1 without a circuit");
        assertEquals(2, b.jobs(), "one job per kernel: the ideal device takes 10,000 circuits per job");
        assertEquals(b.circuits() * 2000, b.shotsTotal());
        assertTrue(accuracy(s, "quantum_backend_svm") >= 0.9, "ideal shot kernel " + accuracy(s, "quantum_backend_svm"));
    }

    @Test
    void badBackendSectionsAreOneLineErrorsAndWriteNothing() throws Exception {
        Path wh = dir.resolve("wh-bad");
        Result unknown = hqml("run", SparkTestSession.example("adhoc-qsvm.yaml").toString(), "--warehouse", wh.toString(),
                "--set", "backend.name=ibm-quantum-magic");
        assertEquals(HqmlMain.USER_ERROR, unknown.code());
        assertTrue(unknown.err().startsWith("error [CONFIG_INVALID]: config key 'backend.name'"), unknown.err());
        assertTrue(unknown.err().contains("local-density-matrix"), unknown.err());

        Result missing = hqml("run", SparkTestSession.example("adhoc-qsvm-noisy.yaml").toString(), "--warehouse",
                wh.toString(), "--set", "backend.target=/nowhere/target.json");
        assertEquals(HqmlMain.USER_ERROR, missing.code());
        assertTrue(missing.err().contains("'backend.target' names '/nowhere/target.json'"), missing.err());

        // line-7 executes cz/rz/sx/x only: without the transpiler the feature map's h, p and cx do not fit.
        Result rejected = hqml("run", SparkTestSession.example("adhoc-qsvm-noisy.yaml").toString(), "--warehouse",
                wh.toString(), "--set", "backend.target=" + SparkTestSession.projectRoot().resolve("conf/targets/line-7.json"),
                "--set", "backend.transpile=never");
        assertEquals(HqmlMain.USER_ERROR, rejected.code());
        assertTrue(rejected.err().startsWith("error [BACKEND_REJECTED]: backend local-density-matrix: circuit 0: gate"),
                rejected.err());
        assertEquals(1, rejected.err().trim().lines().count(), rejected.err());

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Result down = hqml("run", SparkTestSession.example("adhoc-qsvm-emulated-cloud.yaml").toString(), "--warehouse",
                wh.toString(), "--set", "backend.url=http://127.0.0.1:" + closed + "/api/v1");
        assertEquals(HqmlMain.USER_ERROR, down.code());
        assertTrue(down.err().startsWith("error [BACKEND_UNAVAILABLE]: backend emulated-cloud"), down.err());
        assertFalse(Files.exists(wh), "nothing may be written for a rejected backend");

        HqmlException both = assertThrows(HqmlException.class, () -> ConfigLoader.parse(
                "data: {format: moons}\nbackend: {name: emulated-cloud, url: 'http://x', tokenEnv: A, tokenFile: B}\n", "t.yaml", List.of()));
        assertEquals("CONFIG_INVALID", both.code());
        String plain = ConfigLoader.parse("name: t\ndata: {format: moons}\n", "t.yaml", List.of()).canonicalJson();
        assertFalse(plain.contains("backend"), "an absent backend section leaves the config hash as before");
        assertNotEquals(plain, ConfigLoader.parse("name: t\ndata: {format: moons}\nbackend: {name: local-statevector}\n", "t.yaml", List.of())
                .canonicalJson());
    }

    record Result(int code, String out, String err) {
    }

    static synchronized Result hqml(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = HqmlMain.execute(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
