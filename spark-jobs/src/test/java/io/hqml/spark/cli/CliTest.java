package io.hqml.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands as a user types them: exit codes, stdout, one-line errors on stderr. */
class CliTest {
    @TempDir
    static Path dir;

    /** Exit code, stdout and stderr of one invocation. */
    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void shareSession() {
        SparkTestSession.get(); // commands reuse it and, not owning it, leave it running
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

    @Test
    void datasetsAdhocWritesTheRequestedRows() throws Exception {
        Path csv = dir.resolve("adhoc.csv");
        Result r = hqml("datasets", "adhoc", "--qubits", "3", "--gap", "0.2", "--train-per-class", "4",
                "--test-per-class", "2", "--seed", "5", "--output", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x0,x1,x2,label,split", lines.get(0));
        assertEquals(1 + 12, lines.size());
        assertEquals(4, lines.stream().filter(l -> l.endsWith(",test")).count());
    }

    @Test
    void benchEnginesMeasuresOnlyTheNamedVariantsAndRefusesUnknownOnes() throws Exception {
        Result bad = hqml("bench", "engines", "--variants", "sparc");
        assertEquals(HqmlMain.USER_ERROR, bad.code());
        assertTrue(bad.err().startsWith("error [ARGUMENT_INVALID]") && bad.err().contains("sparc")
                && bad.err().trim().lines().count() == 1, bad.err());

        org.junit.jupiter.api.Assumptions.assumeTrue(io.hqml.nativeengine.NativeLibrary.isLoaded(), "native engine");
        Result r = hqml("bench", "engines", "--sizes", "4", "--zz-sizes", "4", "--seconds", "0.02", "--variants",
                "portable", "--json");
        assertEquals(0, r.code(), r.err());
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("rows");
        java.util.Set<String> variants = new java.util.TreeSet<>();
        rows.forEach(row -> variants.add(row.get("variant").asText()));
        assertEquals(java.util.Set.of("java", "native", "portable"), variants, "java, the native roofline, portable");
    }

    @Test
    void datasetsRejectBadArguments() {
        Result r = hqml("datasets", "adhoc", "--qubits", "5", "--output", dir.resolve("x.csv").toString());
        assertEquals(HqmlMain.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("error [ARGUMENT_INVALID]") && r.err().trim().lines().count() == 1, r.err());
        assertTrue(!Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void kernelCommandWritesTheFidelityMatrix() throws Exception {
        Path in = dir.resolve("rows.csv");
        Files.writeString(in, "a,b\n0.1,0.2\n1.0,2.0\n2.0,1.0\n3.1,0.4\n");
        Path out = dir.resolve("k.csv");
        Result r = hqml("kernel", "--feature-map", "zz", "--reps", "2", "--input", in.toString(),
                "--output", out.toString(), "--tile-size", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        double[][] rows = {{0.1, 0.2}, {1.0, 2.0}, {2.0, 1.0}, {3.1, 0.4}};
        double[] expected = new double[16];
        new FidelityKernel(new ZZFeatureMap(2, 2, Entanglement.LINEAR)).block(rows, rows, expected);
        for (int i = 0; i < 4; i++) {
            String[] values = lines.get(i).split(",");
            assertEquals(4, values.length);
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i * 4 + j], Double.parseDouble(values[j]), 1e-15);
            }
        }
        assertEquals(0.7840729693, Double.parseDouble(lines.get(1).split(",")[2]), 1e-10); // REFERENCES.md

        // The same kernel as a Delta table (i, j, value), written from the executors, next to the CSV.
        Path table = dir.resolve("gram");
        Path out2 = dir.resolve("k-again.csv");
        Result t = hqml("kernel", "--feature-map", "zz", "--input", in.toString(), "--output-table", table.toString(),
                "--table-entries", "upper", "--output", out2.toString(), "--tile-size", "3");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("wrote 10 entries (upper)"), t.out());
        assertEquals(lines, Files.readAllLines(out2));
        List<org.apache.spark.sql.Row> entries = SparkTestSession.get().read().format("delta").load(table.toString())
                .orderBy("i", "j").collectAsList();
        assertEquals(10, entries.size());
        for (org.apache.spark.sql.Row e : entries) {
            int i = (int) e.getLong(0), j = (int) e.getLong(1);
            assertTrue(i <= j);
            assertEquals(expected[i * 4 + j], e.getDouble(2), 1e-15);
        }
    }

    @Test
    void kernelCommandGivesTheSameMatrixOnTheJavaAndNativeEngines() throws Exception {
        Path in = dir.resolve("rows-engines.csv");
        StringBuilder csv = new StringBuilder("a,b,c,d,e\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int r = 0; r < 30; r++) {
            csv.append(rnd.nextDouble(0, 3)).append(',').append(rnd.nextDouble(0, 3)).append(',').append(rnd.nextDouble(0, 3))
                    .append(',').append(rnd.nextDouble(0, 3)).append(',').append(rnd.nextDouble(0, 3)).append('\n');
        }
        Files.writeString(in, csv.toString());
        List<List<String>> outputs = new java.util.ArrayList<>();
        for (String engine : List.of("java", "native")) {
            Path out = dir.resolve("k-" + engine + ".csv");
            Result r = hqml("kernel", "--feature-map", "zz", "--entanglement", "full", "--engine", engine,
                    "--input", in.toString(), "--output", out.toString(), "--tile-size", "7");
            assertEquals(0, r.code(), r.err());
            outputs.add(Files.readAllLines(out));
        }
        for (int i = 0; i < 30; i++) {
            String[] a = outputs.get(0).get(i).split(","), b = outputs.get(1).get(i).split(",");
            for (int j = 0; j < 30; j++) {
                assertEquals(Double.parseDouble(a[j]), Double.parseDouble(b[j]), 1e-12, i + "," + j);
            }
        }
        Result bad = hqml("kernel", "--feature-map", "zz", "--engine", "gpu", "--input", in.toString(),
                "--output", dir.resolve("k-gpu.csv").toString());
        assertEquals(HqmlMain.USER_ERROR, bad.code());
        assertTrue(bad.err().contains("unknown engine 'gpu'") && bad.err().trim().lines().count() == 1, bad.err());
    }

    @Test
    void kernelCommandErrors() throws Exception {
        Path in = dir.resolve("rows2.csv");
        Files.writeString(in, "a,b\n0.1,0.2\n1.0,2.0\n");
        Result kind = hqml("kernel", "--feature-map", "zz", "--kind", "quantum-magic", "--input", in.toString(),
                "--output", dir.resolve("k2.csv").toString());
        assertEquals(HqmlMain.USER_ERROR, kind.code());
        assertTrue(kind.err().contains("use --kind fidelity or --kind projected"), kind.err());
        Result qubits = hqml("kernel", "--feature-map", "zz", "--qubits", "3", "--input", in.toString(),
                "--output", dir.resolve("k3.csv").toString());
        assertEquals(HqmlMain.USER_ERROR, qubits.code());
        Result unknown = hqml("kernel", "--feature-map", "nope", "--input", in.toString(),
                "--output", dir.resolve("k4.csv").toString());
        assertEquals(HqmlMain.USER_ERROR, unknown.code());
        assertTrue(unknown.err().contains("unknown feature map 'nope'"), unknown.err());
        Result none = hqml("kernel", "--feature-map", "zz", "--input", in.toString());
        assertEquals(HqmlMain.USER_ERROR, none.code());
        assertTrue(none.err().contains("--output-table PATH"), none.err());
        Path csv = dir.resolve("k5.csv");
        Result tooMany = hqml("kernel", "--feature-map", "zz", "--input", in.toString(), "--output", csv.toString(),
                "--max-driver-rows", "1");
        assertEquals(HqmlMain.USER_ERROR, tooMany.code());
        assertTrue(tooMany.err().contains("2 rows exceed --max-driver-rows = 1") && tooMany.err().contains("--output-table"),
                tooMany.err());
        assertTrue(!Files.exists(csv), "nothing written");
        Result entries = hqml("kernel", "--feature-map", "zz", "--input", in.toString(), "--output-table",
                dir.resolve("g2").toString(), "--table-entries", "lower");
        assertEquals(HqmlMain.USER_ERROR, entries.code());
        assertTrue(entries.err().contains("use full or upper"), entries.err());
    }

    @Test
    void runThenListAndShowThroughTheCommandLine() throws Exception {
        String wh = dir.resolve("wh").toString();
        Result run = hqml("run", SparkTestSession.example("adhoc-qsvm.yaml").toString(), "--warehouse", wh,
                "--run-id", "cli-run-1", "--json", "--set", "quantum.reps=1", "--set", "quantum.projected=true");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("cli-run-1", json.get("run_id").asText());
        assertEquals("zz(qubits=2,reps=1,entanglement=linear)", json.get("feature_map").asText());
        assertEquals(6, json.get("models").size());
        assertEquals("quantum_projected_lr", json.get("models").get(1).get("model").asText());
        assertEquals("quantum", json.get("models").get(1).get("family").asText());
        assertTrue(json.get("models").get(0).get("test").get("accuracy").isNumber());

        Result list = hqml("runs", "list", "--warehouse", wh);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("cli-run-1"), list.out());
        Result show = hqml("runs", "show", "cli-run-1", "--warehouse", wh, "--json");
        assertEquals(0, show.code(), show.err());
        JsonNode shown = new ObjectMapper().readTree(show.out());
        assertEquals(json.get("dataset_hash").asText(), shown.get("run").get("dataset_hash").asText());
        assertEquals(48, shown.get("metrics").size());
        Result text = hqml("runs", "show", "cli-run-1", "--warehouse", wh);
        assertTrue(text.out().contains("OPENQASM 3.0;"), text.out());
        Result missing = hqml("runs", "show", "no-such-run", "--warehouse", wh);
        assertEquals(HqmlMain.USER_ERROR, missing.code());
        assertTrue(missing.err().startsWith("error [RUN_NOT_FOUND]"), missing.err());
    }

    @Test
    void badConfigsExitTwoWithOneLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nquantum: {reps: [1,\n");
        Result r = hqml("run", bad.toString(), "--warehouse", dir.resolve("wh2").toString());
        assertEquals(HqmlMain.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("error [CONFIG_MALFORMED]") && r.err().trim().lines().count() == 1, r.err());
        assertTrue(!Files.exists(dir.resolve("wh2")), "nothing may be written for a rejected config");
        Result usage = hqml("run");
        assertEquals(HqmlMain.USER_ERROR, usage.code());
        assertTrue(usage.err().startsWith("error [USAGE]"), usage.err());
    }

    private static double[][] kernelCsv(Path input, String... options) throws Exception {
        Path out = Files.createTempFile(dir, "k", ".csv");
        String[] args = new String[options.length + 5];
        args[0] = "kernel";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--input";
        args[options.length + 2] = input.toString();
        args[options.length + 3] = "--output";
        args[options.length + 4] = out.toString();
        Result r = hqml(args);
        assertEquals(0, r.code(), r.err());
        return Files.readAllLines(out).stream()
                .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    @Test
    void kernelCommandMatchesClosedFormsForEveryFeatureMap() throws Exception {
        double[][] x = {{0.3, 1.2, 2.5}, {1.7, 0.4, 0.9}, {2.2, 2.9, 0.1}, {0.0, 0.5, 1.0}};
        Path in = dir.resolve("three.csv");
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (double[] row : x) {
            csv.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append('\n');
        }
        Files.writeString(in, csv.toString());

        // angle (RY, reps 1, bandwidth 0.5): prod_i cos^2(0.5 (x_i - y_i) / 2)
        double[][] angle = kernelCsv(in, "--feature-map", "angle", "--reps", "1", "--bandwidth", "0.5");
        // amplitude: |<x/|x|, y/|y|>|^2 on 2 qubits (3 values zero-padded to 4)
        double[][] amplitude = kernelCsv(in, "--feature-map", "amplitude");
        // pauli with Z,ZZ is Qiskit's definition of the ZZ map: the same kernel
        double[][] zz = kernelCsv(in, "--feature-map", "zz", "--entanglement", "full");
        double[][] pauli = kernelCsv(in, "--feature-map", "pauli", "--paulis", "Z,ZZ", "--entanglement", "full");
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double a = 1, dot = 0, nx = 0, ny = 0;
                for (int k = 0; k < 3; k++) {
                    a *= Math.pow(Math.cos(0.5 * (x[i][k] - x[j][k]) / 2), 2);
                    dot += x[i][k] * x[j][k];
                    nx += x[i][k] * x[i][k];
                    ny += x[j][k] * x[j][k];
                }
                assertEquals(a, angle[i][j], 1e-12, "angle");
                if (nx > 0 && ny > 0) {
                    assertEquals(dot * dot / (nx * ny), amplitude[i][j], 1e-12, "amplitude");
                }
                assertEquals(zz[i][j], pauli[i][j], 1e-12, "pauli Z,ZZ vs zz");
            }
        }
    }

    @Test
    void projectedKernelEqualsPartialTracesOfTheDenseState() throws Exception {
        double[][] x = {{0.3, 1.2, 2.5}, {1.7, 0.4, 0.9}, {2.2, 2.9, 0.1}};
        Path in = dir.resolve("projected.csv");
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (double[] row : x) {
            csv.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append('\n');
        }
        Files.writeString(in, csv.toString());
        double gamma = 0.7;
        double[][] k = kernelCsv(in, "--feature-map", "zz", "--kind", "projected", "--gamma", "0.7");
        ZZFeatureMap map = new ZZFeatureMap(3, 2, Entanglement.LINEAR);
        double[][][][] rho = new double[x.length][][][];
        for (int i = 0; i < x.length; i++) {
            rho[i] = reducedStates(io.hqml.quantum.engine.DenseReference.run(map.circuit(x[i])), 3);
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double d = 0;
                for (int q = 0; q < 3; q++) {
                    for (int e = 0; e < 8; e++) {
                        double diff = rho[i][q][e / 2][e % 2 == 0 ? 0 : 1] - rho[j][q][e / 2][e % 2 == 0 ? 0 : 1];
                        d += diff * diff;
                    }
                }
                assertEquals(Math.exp(-gamma * d), k[i][j], 1e-12, "(" + i + "," + j + ")");
            }
        }
    }

    /**
     * One-qubit reduced density matrices by partial trace: rho_q[r][c] = sum over the other bits of
     * psi[b with bit q = r] * conj(psi[b with bit q = c]). Returned as [q][entry (r*2+c)][re, im].
     */
    private static double[][][] reducedStates(double[] psi, int n) {
        double[][][] out = new double[n][4][2];
        for (int q = 0; q < n; q++) {
            for (int b = 0; b < (1 << n); b++) {
                if ((b >> q & 1) != 0) {
                    continue;
                }
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 2; c++) {
                        int br = b | (r << q), bc = b | (c << q);
                        double ar = psi[2 * br], ai = psi[2 * br + 1], cr = psi[2 * bc], ci = -psi[2 * bc + 1];
                        out[q][r * 2 + c][0] += ar * cr - ai * ci;
                        out[q][r * 2 + c][1] += ar * ci + ai * cr;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void runsReproduceMatchesBitForBitAndNoticesChangedData() throws Exception {
        String wh = dir.resolve("wh-repro").toString();
        Path csv = dir.resolve("repro.csv");
        StringBuilder sb = new StringBuilder("a,b,label\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int i = 0; i < 30; i++) {
            int label = i % 2;
            sb.append(rnd.nextDouble() + label).append(',').append(rnd.nextDouble() - label).append(',').append(label).append('\n');
        }
        Files.writeString(csv, sb.toString());
        Path cfg = dir.resolve("repro.yaml");
        Files.writeString(cfg, "name: repro\nseed: 9\ndata: {format: csv, path: " + csv + "}\n");
        assertEquals(0, hqml("run", cfg.toString(), "--warehouse", wh, "--run-id", "r1").code());

        Result repro = hqml("runs", "reproduce", "r1", "--warehouse", wh, "--json");
        assertEquals(0, repro.code(), repro.err() + repro.out());
        JsonNode json = new ObjectMapper().readTree(repro.out());
        assertTrue(json.get("reproduced").asBoolean(), repro.out());
        assertEquals(40, json.get("metrics_compared").asInt());
        assertEquals("r1.reproduce-1", json.get("reproduced_run_id").asText());

        Files.writeString(csv, sb.toString().replaceFirst("\n0\\.", "\n0.5"), java.nio.charset.StandardCharsets.UTF_8);
        Result changed = hqml("runs", "reproduce", "r1", "--warehouse", wh);
        assertEquals(HqmlMain.USER_ERROR, changed.code(), changed.out());
        assertTrue(changed.err().startsWith("error [DATA_CHANGED]"), changed.err());
    }
}
