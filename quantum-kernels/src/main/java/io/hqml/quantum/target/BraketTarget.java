package io.hqml.quantum.target;

import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Amazon Braket device's capabilities (PROVIDERS.md section 2) into a {@link Target}. Accepts the
 * capabilities document itself or the whole {@code GetDevice} response, whose {@code deviceCapabilities} is
 * that document as a JSON string and whose {@code deviceName} names the target (a bare capabilities
 * document is named {@code braket-<vendor>} after its schema header).
 *
 * <ul>
 *   <li>qubits: {@code paradigm.qubitCount}, raised to the highest qubit index + 1 when indices are 1-based
 *       or sparse (Braket's indices are kept, as the device's physical qubit numbers).</li>
 *   <li>basis: {@code paradigm.nativeGateSet} (simulators have none: the supported operations), Braket names
 *       mapped to stdgates names ({@code cnot -> cx}, {@code v -> sx}, {@code phaseshift -> p}, ...).</li>
 *   <li>coupling: {@code connectivity.fullyConnected} = all-to-all, else {@code connectivityGraph}
 *       {@code {"0": ["1", "7"]}} as directed edges 0->1, 0->7.</li>
 *   <li>{@code service.shotsRange[1]} = max shots; one circuit per quantum task.</li>
 *   <li>calibration ({@code standardized} v1/v2): T1/T2, {@code RANDOMIZED_BENCHMARKING} fidelity = error of
 *       every one-qubit basis gate on that qubit, {@code READOUT} fidelity = readout error, two-qubit
 *       fidelities per gate name on {@code direction} (or the key's pair). Errors are {@code 1 - fidelity}.</li>
 * </ul>
 */
final class BraketTarget {
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("cnot", "cx"), Map.entry("ccnot", "ccx"),
            Map.entry("si", "sdg"), Map.entry("ti", "tdg"), Map.entry("i", "id"), Map.entry("phaseshift", "p"),
            Map.entry("cphaseshift", "cp"), Map.entry("v", "sx"), Map.entry("vi", "sxdg"), Map.entry("xx", "rxx"),
            Map.entry("yy", "ryy"), Map.entry("zz", "rzz"));
    private static final String OPENQASM = "braket.ir.openqasm.program";

    private BraketTarget() {
    }

    /** The hqml (stdgates) name of a Braket gate name, lower case. */
    static String hqmlName(String braket) {
        String g = braket.toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(g, g);
    }

    static Target convert(String json) {
        JsonValues v = new JsonValues("Braket device capabilities");
        Map<String, Object> root = v.object(IbmTarget.parse(json, "Braket device capabilities"), "the document");
        String name = null;
        if (root.get("deviceCapabilities") instanceof String caps) {
            name = root.get("deviceName") == null ? null : v.string(root.get("deviceName"), "deviceName");
            root = v.object(IbmTarget.parse(caps, "Braket deviceCapabilities"), "deviceCapabilities");
        }
        if (name == null) {
            name = nameFromHeader(root);
        }
        Map<String, Object> paradigm = v.object(root.get("paradigm"), "paradigm");
        int n = v.index(paradigm.get("qubitCount"), "paradigm.qubitCount");
        List<int[]> edges = null;
        Object conn = paradigm.get("connectivity");
        if (conn != null) {
            Map<String, Object> c = v.object(conn, "paradigm.connectivity");
            if (!Boolean.TRUE.equals(c.get("fullyConnected"))) {
                edges = new ArrayList<>();
                for (Map.Entry<String, Object> e : v.object(c.get("connectivityGraph"), "paradigm.connectivity.connectivityGraph").entrySet()) {
                    int a = v.indexOrString(e.getKey(), "connectivityGraph key");
                    for (Object t : v.array(e.getValue(), "connectivityGraph[\"" + e.getKey() + "\"]")) {
                        int b = v.indexOrString(t, "connectivityGraph[\"" + e.getKey() + "\"] entry");
                        edges.add(new int[] {a, b});
                        n = Math.max(n, Math.max(a, b) + 1);
                    }
                }
            }
        }
        List<String> basis = new ArrayList<>();
        Object gateSet = paradigm.get("nativeGateSet");
        if (gateSet == null) {
            Map<String, Object> actions = v.object(root.get("action"), "action");
            gateSet = v.object(actions.get(OPENQASM), "action[\"" + OPENQASM + "\"]").get("supportedOperations");
        }
        for (Object g : v.array(gateSet, "paradigm.nativeGateSet (or the supportedOperations)")) {
            basis.add(hqmlName(v.string(g, "native gate")));
        }
        Map<String, Object> standardized = root.get("standardized") == null ? null : v.object(root.get("standardized"), "standardized");
        if (standardized != null) {
            n = Math.max(n, highestQubit(v, standardized) + 1);
        }
        Target.Builder b = Target.builder(name, n).basisGates(basis);
        if (edges != null) {
            b.couplingEdges(edges);
        }
        Object service = root.get("service");
        if (service != null && v.object(service, "service").get("shotsRange") != null) {
            List<Object> range = v.array(v.object(service, "service").get("shotsRange"), "service.shotsRange");
            if (range.size() != 2) {
                throw v.error("service.shotsRange", "must be [min, max]", range);
            }
            b.maxShots(v.index(range.get(1), "service.shotsRange[1]"));
        }
        b.maxCircuitsPerJob(1);
        if (standardized != null) {
            Target uncalibrated = b.build();
            b.calibration(calibration(v, standardized, uncalibrated, name));
        }
        return b.build();
    }

    private static String nameFromHeader(Map<String, Object> root) {
        if (root.get("braketSchemaHeader") instanceof Map<?, ?> header && header.get("name") instanceof String s) {
            String[] parts = s.split("\\.");
            // braket.device_schema.<vendor>.<vendor>_device_capabilities
            if (parts.length >= 4 && parts[1].equals("device_schema")) {
                return "braket-" + parts[2];
            }
        }
        return "braket-device";
    }

    private static int highestQubit(JsonValues v, Map<String, Object> std) {
        int max = -1;
        if (std.get("oneQubitProperties") != null) {
            for (String k : v.object(std.get("oneQubitProperties"), "standardized.oneQubitProperties").keySet()) {
                max = Math.max(max, v.indexOrString(k, "oneQubitProperties key"));
            }
        }
        if (std.get("twoQubitProperties") != null) {
            for (String k : v.object(std.get("twoQubitProperties"), "standardized.twoQubitProperties").keySet()) {
                for (int q : pair(v, k)) {
                    max = Math.max(max, q);
                }
            }
        }
        return max;
    }

    private static CalibrationSnapshot calibration(JsonValues v, Map<String, Object> std, Target t, String name) {
        int n = t.numQubits();
        QubitProperties[] qubits = new QubitProperties[n];
        Arrays.fill(qubits, QubitProperties.unknown());
        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        if (std.get("oneQubitProperties") != null) {
            for (Map.Entry<String, Object> e : v.object(std.get("oneQubitProperties"), "standardized.oneQubitProperties").entrySet()) {
                int q = v.indexOrString(e.getKey(), "oneQubitProperties key");
                String where = "oneQubitProperties[\"" + e.getKey() + "\"]";
                Map<String, Object> p = v.object(e.getValue(), where);
                double rb = Double.NaN, readout = Double.NaN;
                if (p.get("oneQubitFidelity") != null) {
                    for (Object f : v.array(p.get("oneQubitFidelity"), where + ".oneQubitFidelity")) {
                        Map<String, Object> fid = v.object(f, where + ".oneQubitFidelity entry");
                        String type = v.string(v.object(fid.get("fidelityType"), where + " fidelityType").get("name"), where + " fidelityType.name");
                        double err = 1 - v.number(fid.get("fidelity"), where + " fidelity");
                        if (type.equals("READOUT") && Double.isNaN(readout)) {
                            readout = err;
                        } else if (type.endsWith("RANDOMIZED_BENCHMARKING") && Double.isNaN(rb)) {
                            rb = err;
                        }
                    }
                }
                qubits[q] = new QubitProperties(micros(v, p.get("T1"), where + ".T1"), micros(v, p.get("T2"), where + ".T2"),
                        readout, readout);
                if (!Double.isNaN(rb)) {
                    for (String g : t.basisGates()) {
                        if (isOneQubit(g)) {
                            gates.computeIfAbsent(g, k -> new LinkedHashMap<>()).put(List.of(q), new GateProperties(rb, Double.NaN));
                        }
                    }
                }
            }
        }
        if (std.get("twoQubitProperties") != null) {
            for (Map.Entry<String, Object> e : v.object(std.get("twoQubitProperties"), "standardized.twoQubitProperties").entrySet()) {
                String where = "twoQubitProperties[\"" + e.getKey() + "\"]";
                int[] pair = pair(v, e.getKey());
                Map<String, Object> p = v.object(e.getValue(), where);
                for (Object f : v.array(p.get("twoQubitGateFidelity"), where + ".twoQubitGateFidelity")) {
                    Map<String, Object> fid = v.object(f, where + ".twoQubitGateFidelity entry");
                    String gate = hqmlName(v.string(fid.get("gateName"), where + " gateName"));
                    List<Integer> on = List.of(pair[0], pair[1]);
                    if (fid.get("direction") != null) {
                        Map<String, Object> d = v.object(fid.get("direction"), where + " direction");
                        on = List.of(v.indexOrString(d.get("control"), where + " direction.control"),
                                v.indexOrString(d.get("target"), where + " direction.target"));
                    }
                    double err = 1 - v.number(fid.get("fidelity"), where + " fidelity");
                    gates.computeIfAbsent(gate, k -> new LinkedHashMap<>()).putIfAbsent(on, new GateProperties(err, Double.NaN));
                }
            }
        }
        return new CalibrationSnapshot(name + "@braket", "", Arrays.asList(qubits), gates);
    }

    /** Whether an hqml basis gate name acts on one qubit (the gates a one-qubit RB fidelity describes). */
    private static boolean isOneQubit(String g) {
        io.hqml.quantum.circuit.Gate gate = io.hqml.quantum.circuit.Gate.fromQasmName(g);
        return gate != null ? gate.arity() == 1 : java.util.Set.of("gpi", "gpi2", "prx").contains(g);
    }

    /** {@code "0-1"} -> {0, 1}. */
    private static int[] pair(JsonValues v, String key) {
        String[] parts = key.split("-");
        if (parts.length != 2) {
            throw v.error("twoQubitProperties key", "must be \"a-b\"", key);
        }
        return new int[] {v.indexOrString(parts[0], "twoQubitProperties key"), v.indexOrString(parts[1], "twoQubitProperties key")};
    }

    /** A Braket time {@code {value, standardError, unit}} in microseconds; null = NaN. */
    private static double micros(JsonValues v, Object time, String where) {
        if (time == null) {
            return Double.NaN;
        }
        Map<String, Object> t = v.object(time, where);
        double value = v.number(t.get("value"), where + ".value");
        String unit = t.get("unit") == null ? "us" : v.string(t.get("unit"), where + ".unit");
        return switch (unit) {
            case "us", "µs", "μs" -> value;
            case "ns" -> value * 1e-3;
            case "ms" -> value * 1e3;
            case "s" -> value * 1e6;
            default -> throw v.error(where + ".unit", "must be s, ms, us or ns", unit);
        };
    }
}
