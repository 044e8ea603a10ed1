package io.hqml.quantum.target;

import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import io.hqml.quantum.noise.internal.MiniJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes targets. The hqml target format ({@code conf/targets/*.json}, documented in README.md):
 * <pre>
 * {"format": "hqml.target.v1",                      optional; when present it must be this
 *  "name": "line-7", "num_qubits": 7,
 *  "description": "...",                            optional, free text
 *  "basis_gates": ["cz", "rz", "sx", "x"],
 *  "coupling_map": [[0, 1], [1, 0], ...],           optional; absent or null = all-to-all; directed [a, b]
 *  "max_shots": 100000, "max_circuits_per_job": 300, optional; absent = no stated limit
 *  "calibration": {                                 optional; absent = nothing calibrated
 *    "id": "line-7@2025-06-16", "timestamp": "2025-06-16T00:00:00Z",
 *    "qubits": [{"t1_us": 120.5, "t2_us": 98.1, "readout_error": 0.012}, ...],   one per qubit; or
 *              prob_meas0_prep1 / prob_meas1_prep0 instead of the symmetric readout_error
 *    "gates": [{"gate": "cz", "qubits": [0, 1], "error": 0.008, "duration_ns": 68}, ...]}}
 * </pre>
 * Units as in {@link CalibrationSnapshot}: T1/T2 in microseconds, durations in nanoseconds, errors are
 * probabilities. Unknown keys are rejected (a typo would otherwise drop a setting silently); a missing or
 * {@code null} calibration value means "not reported" (NaN).
 *
 * <p>Provider documents convert with {@link #fromIbm}, {@link #fromBraket} and {@link #fromIonq}
 * (shapes as in PROVIDERS.md).
 */
public final class TargetJson {
    public static final String FORMAT = "hqml.target.v1";
    private static final Set<String> ROOT_KEYS = Set.of("format", "name", "num_qubits", "description", "basis_gates",
            "coupling_map", "max_shots", "max_circuits_per_job", "calibration");
    private static final Set<String> CALIBRATION_KEYS = Set.of("id", "timestamp", "qubits", "gates");
    private static final Set<String> QUBIT_KEYS = Set.of("t1_us", "t2_us", "readout_error", "prob_meas0_prep1",
            "prob_meas1_prep0");
    private static final Set<String> GATE_KEYS = Set.of("gate", "qubits", "error", "duration_ns");

    private TargetJson() {
    }

    /** Reads a target file; format errors name the file. */
    public static Target load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses a target document. */
    public static Target parse(String json) {
        return parse(json, "target JSON");
    }

    /** IBM {@code GET /backends/{name}/configuration} and {@code /properties} (properties may be null). */
    public static Target fromIbm(String configurationJson, String propertiesJson) {
        return IbmTarget.convert(configurationJson, propertiesJson);
    }

    /** A Braket device's {@code deviceCapabilities} document (the JSON string of {@code GetDevice}). */
    public static Target fromBraket(String deviceCapabilitiesJson) {
        return BraketTarget.convert(deviceCapabilitiesJson);
    }

    /** An IonQ characterization, with the backend object of {@code GET /backends/{backend}} when at hand (may be null). */
    public static Target fromIonq(String characterizationJson, String backendJson) {
        return IonqTarget.convert(characterizationJson, backendJson);
    }

    private static Target parse(String json, String source) {
        JsonValues v = new JsonValues(source);
        Object parsed;
        try {
            parsed = MiniJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage() + "; fix the JSON syntax");
        }
        Map<String, Object> root = v.object(parsed, "the document");
        v.onlyKeys(root, ROOT_KEYS, "the document");
        if (root.containsKey("format") && !FORMAT.equals(root.get("format"))) {
            throw v.error("format", "must be \"" + FORMAT + "\"", root.get("format"));
        }
        String name = v.string(root.get("name"), "name");
        int n = v.index(root.get("num_qubits"), "num_qubits");
        Target.Builder b;
        try {
            b = Target.builder(name, n);
            List<String> basis = new ArrayList<>();
            for (Object g : v.array(root.get("basis_gates"), "basis_gates")) {
                basis.add(v.string(g, "basis_gates entry"));
            }
            b.basisGates(basis);
            Object map = root.get("coupling_map");
            if (map != null) {
                List<int[]> edges = new ArrayList<>();
                for (Object e : v.array(map, "coupling_map")) {
                    List<Object> pair = v.array(e, "coupling_map entry");
                    if (pair.size() != 2) {
                        throw v.error("coupling_map entry", "must be a pair [control, target]", pair);
                    }
                    edges.add(new int[] {v.index(pair.get(0), "coupling_map qubit"), v.index(pair.get(1), "coupling_map qubit")});
                }
                b.couplingEdges(edges);
            }
            if (root.get("max_shots") != null) {
                b.maxShots(v.index(root.get("max_shots"), "max_shots"));
            }
            if (root.get("max_circuits_per_job") != null) {
                b.maxCircuitsPerJob(v.index(root.get("max_circuits_per_job"), "max_circuits_per_job"));
            }
            if (root.get("calibration") != null) {
                b.calibration(calibration(v, v.object(root.get("calibration"), "calibration"), name, n));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(source) ? e : new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static CalibrationSnapshot calibration(JsonValues v, Map<String, Object> cal, String name, int n) {
        v.onlyKeys(cal, CALIBRATION_KEYS, "calibration");
        String id = cal.get("id") == null ? name + "@calibration" : v.string(cal.get("id"), "calibration.id");
        String ts = cal.get("timestamp") == null ? "" : v.string(cal.get("timestamp"), "calibration.timestamp");
        List<QubitProperties> qubits = new ArrayList<>();
        if (cal.get("qubits") == null) {
            for (int q = 0; q < n; q++) {
                qubits.add(QubitProperties.unknown());
            }
        } else {
            for (Object o : v.array(cal.get("qubits"), "calibration.qubits")) {
                String field = "calibration.qubits[" + qubits.size() + "]";
                Map<String, Object> q = v.object(o, field);
                v.onlyKeys(q, QUBIT_KEYS, field);
                double readout = optional(v, q, "readout_error", field);
                qubits.add(new QubitProperties(optional(v, q, "t1_us", field), optional(v, q, "t2_us", field),
                        q.get("prob_meas0_prep1") != null ? optional(v, q, "prob_meas0_prep1", field) : readout,
                        q.get("prob_meas1_prep0") != null ? optional(v, q, "prob_meas1_prep0", field) : readout));
            }
            if (qubits.size() != n) {
                throw new IllegalArgumentException("calibration.qubits has " + qubits.size() + " entries but num_qubits is "
                        + n + "; give one entry per qubit (use {} for an uncalibrated qubit)");
            }
        }
        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        if (cal.get("gates") != null) {
            for (Object o : v.array(cal.get("gates"), "calibration.gates")) {
                Map<String, Object> g = v.object(o, "calibration.gates entry");
                v.onlyKeys(g, GATE_KEYS, "calibration.gates entry");
                String gate = v.string(g.get("gate"), "calibration.gates entry gate").toLowerCase(Locale.ROOT);
                List<Integer> on = new ArrayList<>();
                for (Object q : v.array(g.get("qubits"), "calibration.gates " + gate + " qubits")) {
                    on.add(v.index(q, "calibration.gates " + gate + " qubit"));
                }
                String field = "calibration.gates " + gate + on;
                GateProperties p = new GateProperties(optional(v, g, "error", field), optional(v, g, "duration_ns", field));
                if (gates.computeIfAbsent(gate, k -> new LinkedHashMap<>()).put(on, p) != null) {
                    throw new IllegalArgumentException(field + " is listed twice; keep one entry");
                }
            }
        }
        return new CalibrationSnapshot(id, ts, qubits, gates);
    }

    private static double optional(JsonValues v, Map<String, Object> o, String key, String field) {
        Object x = o.get(key);
        return x == null ? Double.NaN : v.number(x, field + "." + key);
    }

    /** The hqml target document of {@code t}; {@link #parse} reads it back to an equal target. */
    public static String toJson(Target t) {
        StringBuilder sb = new StringBuilder("{\n  \"format\": \"").append(FORMAT).append("\",\n");
        sb.append("  \"name\": ").append(quote(t.name())).append(",\n");
        sb.append("  \"num_qubits\": ").append(t.numQubits()).append(",\n");
        sb.append("  \"basis_gates\": [");
        int i = 0;
        for (String g : t.basisGates()) {
            sb.append(i++ == 0 ? "" : ", ").append(quote(g));
        }
        sb.append("],\n");
        if (!t.isAllToAll()) {
            sb.append("  \"coupling_map\": [");
            i = 0;
            for (int[] e : t.couplingEdges()) {
                sb.append(i++ == 0 ? "" : ", ").append('[').append(e[0]).append(", ").append(e[1]).append(']');
            }
            sb.append("],\n");
        }
        if (t.maxShots() != Target.NO_LIMIT) {
            sb.append("  \"max_shots\": ").append(t.maxShots()).append(",\n");
        }
        if (t.maxCircuitsPerJob() != Target.NO_LIMIT) {
            sb.append("  \"max_circuits_per_job\": ").append(t.maxCircuitsPerJob()).append(",\n");
        }
        CalibrationSnapshot c = t.calibration();
        sb.append("  \"calibration\": {\n    \"id\": ").append(quote(c.id())).append(",\n    \"timestamp\": ")
                .append(quote(c.timestamp())).append(",\n    \"qubits\": [");
        for (int q = 0; q < c.numQubits(); q++) {
            QubitProperties p = c.qubits().get(q);
            sb.append(q == 0 ? "\n      {" : ",\n      {");
            StringBuilder fields = new StringBuilder();
            field(fields, "t1_us", p.t1Us());
            field(fields, "t2_us", p.t2Us());
            field(fields, "prob_meas0_prep1", p.probMeas0Prep1());
            field(fields, "prob_meas1_prep0", p.probMeas1Prep0());
            sb.append(fields).append('}');
        }
        sb.append("],\n    \"gates\": [");
        i = 0;
        for (Map.Entry<String, Map<List<Integer>, GateProperties>> g : c.gates().entrySet()) {
            for (Map.Entry<List<Integer>, GateProperties> e : g.getValue().entrySet()) {
                sb.append(i++ == 0 ? "\n      {" : ",\n      {").append("\"gate\": ").append(quote(g.getKey()))
                        .append(", \"qubits\": ").append(e.getKey().toString());
                StringBuilder fields = new StringBuilder(", ");
                field(fields, "error", e.getValue().error());
                field(fields, "duration_ns", e.getValue().durationNs());
                sb.append(fields.length() > 2 ? fields : "").append('}');
            }
        }
        return sb.append("]\n  }\n}\n").toString();
    }

    /** Appends {@code "key": value} (comma-separated) unless the value is NaN (= not reported). */
    private static void field(StringBuilder sb, String key, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(", ");
        }
        sb.append('"').append(key).append("\": ").append(number(value));
    }

    /** Integers without a fraction, other values in the shortest form that parses back to the same double. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }
}
