package io.hqml.quantum.noise;

import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import io.hqml.quantum.noise.internal.MiniJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads IBM's backend {@code properties} document ({@code GET /backends/{name}/properties}):
 * <pre>
 * {"backend_name": "ibm_fez", "last_update_date": "...",
 *  "qubits": [[{"date": .., "name": "T1", "unit": "us", "value": 123.4}, ...], ...],   one list per qubit
 *  "gates": [{"gate": "cz", "qubits": [0, 1], "name": "cz0_1",
 *             "parameters": [{"name": "gate_error", "unit": "", "value": 0.003},
 *                            {"name": "gate_length", "unit": "ns", "value": 68}]}, ...],
 *  "general": [...]}
 * </pre>
 * Each entry is an Nduv ({@code date, name, unit, value}). Read: per qubit {@code T1}, {@code T2},
 * {@code prob_meas0_prep1}, {@code prob_meas1_prep0} and, when those two are absent, the symmetric
 * {@code readout_error} (as Qiskit Aer does); per gate {@code gate_error} and {@code gate_length}. Times are
 * converted from their {@code unit} (s, ms, us, ns; empty = IBM's default) to microseconds for T1/T2 and
 * nanoseconds for gate lengths. Other entries (frequency, readout_length, general, ...) are ignored.
 * The snapshot id is {@code backend_name@last_update_date}.
 */
final class IbmProperties {
    private IbmProperties() {
    }

    static CalibrationSnapshot parse(String json) {
        Map<String, Object> root = object(MiniJson.parse(json), "properties document");
        String backend = string(root.get("backend_name"), "backend_name");
        String updated = root.containsKey("last_update_date") ? string(root.get("last_update_date"), "last_update_date") : "";
        List<QubitProperties> qubits = new ArrayList<>();
        for (Object q : array(root.getOrDefault("qubits", List.of()), "qubits")) {
            qubits.add(qubit(array(q, "qubits[" + qubits.size() + "]"), qubits.size()));
        }
        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        for (Object g : array(root.getOrDefault("gates", List.of()), "gates")) {
            Map<String, Object> gate = object(g, "gates entry");
            String name = string(gate.get("gate"), "gate").toLowerCase(Locale.ROOT);
            List<Integer> on = new ArrayList<>();
            for (Object q : array(gate.get("qubits"), name + " qubits")) {
                double v = number(q, name + " qubit");
                if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("gate " + name + " qubit index " + v + " is not a non-negative integer");
                }
                on.add((int) v);
            }
            Map<String, Double> params = nduvs(array(gate.getOrDefault("parameters", List.of()), name + " parameters"), name);
            double error = params.getOrDefault("gate_error", Double.NaN);
            double length = params.containsKey("gate_length") ? params.get("gate_length") : Double.NaN;
            GateProperties previous = gates.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .put(on, new GateProperties(error, length));
            if (previous != null) {
                throw new IllegalArgumentException("gate " + name + " on qubits " + on + " is listed twice");
            }
        }
        return new CalibrationSnapshot(backend + "@" + updated, updated, qubits, gates);
    }

    private static QubitProperties qubit(List<Object> entries, int index) {
        Map<String, Double> v = nduvs(entries, "qubit " + index);
        double readout = v.getOrDefault("readout_error", Double.NaN);
        return new QubitProperties(v.getOrDefault("T1", Double.NaN), v.getOrDefault("T2", Double.NaN),
                v.getOrDefault("prob_meas0_prep1", readout), v.getOrDefault("prob_meas1_prep0", readout));
    }

    /** The Nduvs this parser reads, by name, with times converted (T1/T2 to us, gate_length to ns). */
    private static Map<String, Double> nduvs(List<Object> entries, String where) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Object e : entries) {
            Map<String, Object> nduv = object(e, where + " entry");
            String name = string(nduv.get("name"), where + " entry name");
            String unit = nduv.get("unit") == null ? "" : string(nduv.get("unit"), where + " " + name + " unit");
            double scale;
            switch (name) {
                case "T1", "T2" -> scale = toMicros(unit, where + " " + name);
                case "gate_length" -> scale = 1000 * toMicros(unit.isEmpty() ? "ns" : unit, where + " " + name);
                case "gate_error", "readout_error", "prob_meas0_prep1", "prob_meas1_prep0" -> scale = 1;
                default -> {
                    continue;
                }
            }
            out.put(name, scale * number(nduv.get("value"), where + " " + name));
        }
        return out;
    }

    /** Factor converting a time in {@code unit} to microseconds; an empty unit means IBM's default, us. */
    private static double toMicros(String unit, String where) {
        return switch (unit) {
            case "", "us", "µs", "μs" -> 1;
            case "ns" -> 1e-3;
            case "ms" -> 1e3;
            case "s" -> 1e6;
            default -> throw new IllegalArgumentException(where + " has unit '" + unit + "'; expected s, ms, us or ns");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String what) {
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw new IllegalArgumentException(what + " must be a JSON object, got " + describe(v));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object v, String what) {
        if (v instanceof List) {
            return (List<Object>) v;
        }
        throw new IllegalArgumentException(what + " must be a JSON array, got " + describe(v));
    }

    private static String string(Object v, String what) {
        if (v instanceof String str) {
            return str;
        }
        throw new IllegalArgumentException(what + " must be a JSON string, got " + describe(v));
    }

    private static double number(Object v, String what) {
        if (v instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException(what + " must be a JSON number, got " + describe(v));
    }

    private static String describe(Object v) {
        return v == null ? "null (or missing)" : v instanceof Map ? "an object" : v instanceof List ? "an array" : "'" + v + "'";
    }
}
