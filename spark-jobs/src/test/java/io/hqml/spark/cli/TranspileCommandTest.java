package io.hqml.spark.cli;

import static io.hqml.spark.cli.CliTest.hqml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.engine.JavaStatevectorEngineTest;
import io.hqml.quantum.qasm.QasmDialect;
import io.hqml.quantum.qasm.QasmExporter;
import io.hqml.quantum.qasm.QasmImporter;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.target.TargetJson;
import io.hqml.quantum.transpile.Equivalence;
import io.hqml.quantum.transpile.TranspileResult;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.spark.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hqml transpile} as a user runs it: report, OpenQASM output that simulates like the input, one-line errors. */
class TranspileCommandTest {
    @TempDir
    static Path dir;

    private static Path target(String file) {
        return SparkTestSession.projectRoot().resolve("conf/targets").resolve(file);
    }

    private static Path qasm(String name, Circuit c) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, QasmExporter.export(c, QasmDialect.STDGATES));
        return p;
    }

    @Test
    void transpilesForEveryExampleTargetAndTheOutputSimulatesLikeTheInput() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        for (String file : List.of("line-7.json", "grid-3x3.json", "heavy-hex-16.json", "ion-trap-11.json")) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(5, 30, rnd);
            Path in = qasm("in-" + file + ".qasm", c);
            Path out = dir.resolve("out-" + file + ".qasm");
            CliTest.Result r = hqml("transpile", "--target", target(file).toString(), "--input", in.toString(),
                    "--output", out.toString(), "--seed", "7", "--json");
            assertEquals(0, r.code(), r.err());
            JsonNode report = new ObjectMapper().readTree(r.out());
            Target t = TargetJson.load(target(file));
            assertEquals(t.name(), report.get("target").asText());
            String text = Files.readString(out);
            assertTrue(text.startsWith("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n"), text);
            assertTrue(text.contains("c[4] = measure $"), "measures every virtual qubit");
            Circuit back = QasmImporter.importCircuit(text);
            GateSequence physical = new GateSequence(t.numQubits(), back.operations());
            assertEquals(report.get("output").get("gates").asInt(), physical.size());
            assertEquals(report.get("output").get("two_qubit_gates").asInt(), physical.twoQubitCount());
            assertEquals(report.get("output").get("depth").asInt(), physical.depth());
            for (Operation op : physical.ops()) {
                assertTrue(t.supports(op.gate().qasmName()), file + ": " + op);
                assertTrue(op.gate().arity() == 1 || t.hasEdge(op.qubit(0), op.qubit(1)), file + ": " + op);
            }
            double p = report.get("estimated_success_probability").asDouble();
            assertTrue(p > 0 && p < 1, "probability " + p);
            Layout initial = layout(report.get("initial_layout"), t.numQubits());
            Layout fin = layout(report.get("final_layout"), t.numQubits());
            for (int v = 0; v < 5; v++) {
                assertTrue(text.contains("c[" + v + "] = measure $" + fin.physical(v) + ";"), "bit v reads virtual v");
            }
            TranspileResult asRead = new TranspileResult(t.name(), 7, physical, initial, fin, p, 0, List.of(), 0, 0, 0);
            Equivalence.assertEquivalent(c, asRead, rnd, file);
        }
    }

    private static Layout layout(JsonNode node, int numPhysical) {
        int[] p = new int[node.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = node.get(i).asInt();
        }
        return Layout.of(numPhysical, p);
    }

    @Test
    void textReportAndDeterminism() throws Exception {
        Circuit c = JavaStatevectorEngineTest.randomCircuit(6, 40, new SplittableRandom(3));
        Path in = qasm("det.qasm", c);
        Path a = dir.resolve("a.qasm"), b = dir.resolve("b.qasm");
        CliTest.Result ra = hqml("transpile", "--target", target("heavy-hex-16.json").toString(), "--input", in.toString(),
                "--output", a.toString(), "--seed", "5");
        CliTest.Result rb = hqml("transpile", "--target", target("heavy-hex-16.json").toString(), "--input", in.toString(),
                "--output", b.toString(), "--seed", "5");
        assertEquals(0, ra.code(), ra.err());
        assertEquals(Files.readString(a), Files.readString(b), "same seed, same circuit");
        for (String line : List.of("for target heavy-hex-16 (16 qubits, basis ecr rz sx x), seed 5", "  input:   6 qubits, ",
                "  output:  ", " two-qubit, depth ", "  estimated success probability: 0.", "  initial layout: {0 -> ",
                "  final layout:   {0 -> ", "  stages (gates/two-qubit/depth): init ", "wrote " + a)) {
            assertTrue(ra.out().contains(line), line + " in\n" + ra.out());
        }
        // the basis can be overridden: the same device with cz instead of ecr is refused (no cz calibrations needed)
        Path cz = dir.resolve("cz.qasm");
        CliTest.Result rc = hqml("transpile", "--target", target("heavy-hex-16.json").toString(), "--input", in.toString(),
                "--output", cz.toString(), "--basis", "rz,sx,x,cz", "--no-measure", "--dialect", "braket");
        assertEquals(0, rc.code(), rc.err());
        String text = Files.readString(cz);
        assertTrue(text.contains("cz $") && !text.contains("ecr") && !text.contains("measure") && !text.contains("include"), text);
        assertTrue(rc.out().contains("uncalibrated"), "cz is not calibrated on this device: " + rc.out());
    }

    @Test
    void errorsAreOneLineAndWriteNothing() throws Exception {
        Path out = dir.resolve("never.qasm");
        Path wide = qasm("wide.qasm", JavaStatevectorEngineTest.randomCircuit(8, 10, new SplittableRandom(1)));
        Path small = qasm("small.qasm", JavaStatevectorEngineTest.randomCircuit(4, 40, new SplittableRandom(2)));
        Path badQasm = dir.resolve("bad.qasm");
        Files.writeString(badQasm, "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nfoo q[0];\n");
        Path badTarget = dir.resolve("bad.json");
        Files.writeString(badTarget, "{\"name\": \"x\", \"num_qubits\": 2, \"basis_gates\": [\"cz\"], \"coupling\": []}");
        String line7 = target("line-7.json").toString();
        expectError("TRANSPILE_FAILED", "circuit has 8 qubits but target 'line-7' has 7; use a target with at least 8 qubits",
                "transpile", "--target", line7, "--input", wide.toString(), "--output", out.toString());
        expectError("TRANSPILE_FAILED", "over the depth budget of 3; raise the budget (--max-depth)",
                "transpile", "--target", line7, "--input", small.toString(), "--output", out.toString(), "--max-depth", "3");
        expectError("QASM_INVALID", "line 4: unknown gate 'foo'",
                "transpile", "--target", line7, "--input", badQasm.toString(), "--output", out.toString());
        expectError("TARGET_INVALID", "unknown key 'coupling'",
                "transpile", "--target", badTarget.toString(), "--input", small.toString(), "--output", out.toString());
        expectError("FILE_NOT_FOUND", "target '" + dir.resolve("none.json") + "' does not exist",
                "transpile", "--target", dir.resolve("none.json").toString(), "--input", small.toString(), "--output", out.toString());
        expectError("ARGUMENT_INVALID", "--basis names unknown gate 'cnot'",
                "transpile", "--target", line7, "--input", small.toString(), "--output", out.toString(), "--basis", "rz,sx,cnot");
        expectError("ARGUMENT_INVALID", "--max-depth must be >= 1",
                "transpile", "--target", line7, "--input", small.toString(), "--output", out.toString(), "--max-depth", "0");
        assertFalse(Files.exists(out));
    }

    private static void expectError(String code, String fragment, String... args) {
        CliTest.Result r = hqml(args);
        assertEquals(HqmlMain.USER_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error [" + code + "]: ") && r.err().contains(fragment), r.err());
        assertEquals(1, r.err().trim().lines().count(), r.err());
    }
}
