package io.hqml.spark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.qasm.QasmDialect;
import io.hqml.quantum.qasm.QasmException;
import io.hqml.quantum.qasm.QasmImporter;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.target.TargetJson;
import io.hqml.quantum.transpile.TranspileOptions;
import io.hqml.quantum.transpile.TranspileResult;
import io.hqml.quantum.transpile.Transpiler;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext.StageStats;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.spark.errors.HqmlErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hqml transpile}: compiles an OpenQASM 3 circuit for a device target (conf/targets/*.json) and
 * writes the physical circuit as OpenQASM 3 on hardware qubits {@code $k}, with the report Qiskit's
 * {@code transpile} gives: depth, two-qubit count, estimated success probability, initial and final layout.
 * No Spark.
 */
@Command(name = "transpile", mixinStandardHelpOptions = true,
        description = "Transpile an OpenQASM 3 circuit for a device target: layout, SABRE routing, basis translation, optimisation.")
final class TranspileCommand implements Callable<Integer> {
    @Option(names = "--target", required = true, paramLabel = "FILE",
            description = "hqml target JSON (see conf/targets and README).") Path target;
    @Option(names = "--input", required = true, paramLabel = "IN.qasm",
            description = "OpenQASM 3 circuit (stdgates or Braket names; detected from the include line).") Path input;
    @Option(names = "--output", required = true, paramLabel = "OUT.qasm", description = "OpenQASM 3 file to write.") Path output;
    @Option(names = "--seed", defaultValue = "0", description = "Seed of the routing (default: ${DEFAULT-VALUE}); same seed, same output.") long seed;
    @Option(names = "--json", description = "Print the report as JSON.") boolean json;
    @Option(names = "--basis", split = ",", paramLabel = "GATE",
            description = "Basis gates to use instead of the target's, e.g. rz,sx,x,cz or rx,ry,rz,cz or gpi,gpi2,ms.") List<String> basis;
    @Option(names = "--max-depth", paramLabel = "N", description = "Refuse output deeper than N.") Integer maxDepth;
    @Option(names = "--layout", defaultValue = "noise-aware", description = "noise-aware or trivial (default: ${DEFAULT-VALUE}).") String layout;
    @Option(names = "--dialect", defaultValue = "stdgates",
            description = "Output dialect: stdgates (IBM, with gate definitions for ecr, gpi, gpi2, ms) or braket (default: ${DEFAULT-VALUE}).") String dialect;
    @Option(names = "--no-measure", description = "Leave out the final measurements (c[v] = measure $k for every virtual qubit v).") boolean noMeasure;

    @Override
    public Integer call() throws IOException {
        TranspileOptions options = options();
        QasmDialect outDialect = dialect();
        Target t = loadTarget();
        if (basis != null) {
            t = t.withBasisGates(checkedBasis());
        }
        Circuit circuit = loadCircuit();
        TranspileResult r;
        try {
            r = Transpiler.transpile(circuit, t, options);
        } catch (TranspileException e) {
            throw HqmlErrors.transpileFailed(e.getMessage());
        }
        write(r.toQasm(outDialect, !noMeasure), output);
        System.out.print(json ? json(r, t) : text(r, t));
        return 0;
    }

    private TranspileOptions options() {
        TranspileOptions o = TranspileOptions.defaults().withSeed(seed);
        try {
            o = o.withLayout(TranspileOptions.LayoutMethod.of(layout));
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidArgument("--layout '" + layout + "' is unknown", "use --layout noise-aware or --layout trivial");
        }
        if (maxDepth != null) {
            if (maxDepth < 1) {
                throw HqmlErrors.invalidArgument("--max-depth must be >= 1, got " + maxDepth, "pass e.g. --max-depth 200");
            }
            o = o.withMaxDepth(maxDepth);
        }
        return o;
    }

    private QasmDialect dialect() {
        return switch (dialect.trim().toLowerCase(Locale.ROOT)) {
            case "stdgates" -> QasmDialect.STDGATES;
            case "braket" -> QasmDialect.BRAKET;
            default -> throw HqmlErrors.invalidArgument("--dialect '" + dialect + "' is unknown", "use --dialect stdgates or --dialect braket");
        };
    }

    private Target loadTarget() throws IOException {
        if (!Files.isRegularFile(target)) {
            throw HqmlErrors.fileNotFound("target", target.toString(), "pass a target JSON such as conf/targets/line-7.json");
        }
        try {
            return TargetJson.load(target);
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidTarget(target.toString(), e.getMessage());
        }
    }

    /** Every --basis name must be a gate hqml has; a typo would otherwise make a target nothing can run on. */
    private List<String> checkedBasis() {
        List<String> names = new ArrayList<>();
        for (String b : basis) {
            String name = b.trim().toLowerCase(Locale.ROOT);
            if (Gate.fromQasmName(name) == null) {
                StringJoiner known = new StringJoiner(",");
                for (Gate g : Gate.values()) {
                    known.add(g.qasmName());
                }
                throw HqmlErrors.invalidArgument("--basis names unknown gate '" + b + "'", "use hqml gate names: " + known);
            }
            names.add(name);
        }
        return names;
    }

    private Circuit loadCircuit() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw HqmlErrors.fileNotFound("input", input.toString(), "pass an OpenQASM 3 file with --input");
        }
        try {
            return QasmImporter.importCircuit(Files.readString(input, StandardCharsets.UTF_8));
        } catch (QasmException e) {
            throw HqmlErrors.invalidQasm(input.toString(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidQasm(input.toString(), e.getMessage() + "; fix the program");
        }
    }

    private String text(TranspileResult r, Target t) {
        StringBuilder sb = new StringBuilder();
        sb.append("transpiled ").append(input).append(" for target ").append(t.name()).append(" (").append(t.numQubits())
                .append(" qubits, basis ").append(String.join(" ", t.basisGates())).append("), seed ").append(r.seed()).append('\n');
        sb.append(String.format(Locale.ROOT, "  input:   %d qubits, %d gates, %d two-qubit, depth %d%n",
                r.initialLayout().numVirtual(), r.inputGates(), r.inputTwoQubitGates(), r.inputDepth()));
        sb.append(String.format(Locale.ROOT, "  output:  %d gates, %d two-qubit, depth %d%n", r.size(), r.twoQubitCount(), r.depth()));
        StringJoiner counts = new StringJoiner(", ");
        r.circuit().gateCounts().forEach((g, c) -> counts.add(g.qasmName() + " " + c));
        sb.append("  gates:   ").append(counts).append('\n');
        sb.append(String.format(Locale.ROOT, "  estimated success probability: %.6f%s%n", r.successProbability(),
                r.uncalibrated() > 0 ? " (" + r.uncalibrated() + " operations/readouts uncalibrated, counted as perfect)" : ""));
        sb.append("  initial layout: ").append(r.initialLayout()).append('\n');
        sb.append("  final layout:   ").append(r.finalLayout()).append('\n');
        StringJoiner stages = new StringJoiner(", ");
        for (StageStats s : r.stages()) {
            stages.add(s.stage() + " " + s.gates() + "/" + s.twoQubitGates() + "/" + s.depth());
        }
        sb.append("  stages (gates/two-qubit/depth): ").append(stages).append('\n');
        sb.append("wrote ").append(output).append('\n');
        return sb.toString();
    }

    private String json(TranspileResult r, Target t) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("target", t.name());
        ArrayNode basisNode = root.putArray("basis_gates");
        t.basisGates().forEach(basisNode::add);
        root.put("seed", r.seed());
        ObjectNode in = root.putObject("input");
        in.put("file", input.toString());
        in.put("qubits", r.initialLayout().numVirtual());
        in.put("gates", r.inputGates());
        in.put("two_qubit_gates", r.inputTwoQubitGates());
        in.put("depth", r.inputDepth());
        ObjectNode out = root.putObject("output");
        out.put("file", output.toString());
        out.put("gates", r.size());
        out.put("two_qubit_gates", r.twoQubitCount());
        out.put("depth", r.depth());
        ObjectNode counts = out.putObject("gate_counts");
        for (Map.Entry<Gate, Integer> e : r.circuit().gateCounts().entrySet()) {
            counts.put(e.getKey().qasmName(), e.getValue());
        }
        root.put("estimated_success_probability", r.successProbability());
        root.put("uncalibrated", r.uncalibrated());
        layout(root.putArray("initial_layout"), r.initialLayout());
        layout(root.putArray("final_layout"), r.finalLayout());
        ArrayNode stages = root.putArray("stages");
        for (StageStats s : r.stages()) {
            stages.addObject().put("stage", s.stage()).put("gates", s.gates()).put("two_qubit_gates", s.twoQubitGates())
                    .put("depth", s.depth());
        }
        return m.writeValueAsString(root) + "\n";
    }

    /** Physical qubit of each virtual qubit, in virtual order. */
    private static void layout(ArrayNode node, Layout l) {
        for (int p : l.physicalOfVirtuals()) {
            node.add(p);
        }
    }

    private static void write(String text, Path output) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".hqml-", ".qasm");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
