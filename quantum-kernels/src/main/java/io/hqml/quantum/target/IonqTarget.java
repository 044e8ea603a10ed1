package io.hqml.quantum.target;

import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An IonQ characterization ({@code GET /backends/{backend}/characterizations/{id}}, PROVIDERS.md section 3)
 * and optionally the backend object into a {@link Target}:
 * <pre>
 * {"id", "date", "backend": "qpu.aria-1", "qubits": 25, "connectivity": [[0, 1], [0, 2], ...],
 *  "fidelity": {"spam": {"median": 0.9962}, "1q": {"median": ...}, "2q": {"median": ...}},
 *  "timing": {"readout": .., "reset": .., "1q": .., "2q": .., "t1": 10, "t2": 1}}          times in seconds
 * </pre>
 * IonQ reports device-level medians, so every qubit gets the same T1, T2 and readout error
 * ({@code 1 - spam}), every {@code gpi}/{@code gpi2} the {@code 1q} error and every {@code ms} the {@code 2q}
 * error on every connected pair. Connectivity pairs are undirected (both directions become edges); no
 * connectivity = all-to-all. The basis is the backend's {@code supported_native_gates} (IonQ's {@code zz}
 * is hqml's {@code rzz}) or, without a backend object, {@code gpi, gpi2, ms}. The backend object may be the
 * object of {@code GET /backends/{backend}} or the list of {@code GET /backends} (the entry whose
 * {@code backend} matches is used). Angles: hqml's gates take radians; IonQ's native JSON takes turns.
 */
final class IonqTarget {
    private IonqTarget() {
    }

    static Target convert(String characterizationJson, String backendJson) {
        JsonValues v = new JsonValues("IonQ characterization");
        Map<String, Object> ch = v.object(IbmTarget.parse(characterizationJson, "IonQ characterization"), "the document");
        String name = v.string(ch.get("backend"), "backend");
        Map<String, Object> backend = backendJson == null ? null : backend(backendJson, name);
        Object qubitCount = ch.get("qubits") != null ? ch.get("qubits") : backend == null ? null : backend.get("qubits");
        int n = v.index(qubitCount, "qubits");
        List<int[]> edges = null;
        if (ch.get("connectivity") != null) {
            edges = new ArrayList<>();
            for (Object e : v.array(ch.get("connectivity"), "connectivity")) {
                List<Object> pair = v.array(e, "connectivity entry");
                if (pair.size() != 2) {
                    throw v.error("connectivity entry", "must be a pair [a, b]", pair);
                }
                int a = v.index(pair.get(0), "connectivity qubit"), b = v.index(pair.get(1), "connectivity qubit");
                edges.add(new int[] {a, b});
                edges.add(new int[] {b, a});
            }
        }
        List<String> basis = new ArrayList<>(List.of("gpi", "gpi2", "ms"));
        if (backend != null && backend.get("supported_native_gates") != null) {
            JsonValues bv = new JsonValues("IonQ backend");
            basis.clear();
            for (Object g : bv.array(backend.get("supported_native_gates"), "supported_native_gates")) {
                String gate = bv.string(g, "supported_native_gates entry").toLowerCase(Locale.ROOT);
                basis.add(gate.equals("zz") ? "rzz" : gate);
            }
        }
        Target.Builder b = Target.builder(name, n).basisGates(basis);
        if (edges != null) {
            b.couplingEdges(edges);
        }
        Target shape = b.build();
        b.calibration(calibration(v, ch, shape));
        return b.build();
    }

    private static Map<String, Object> backend(String json, String name) {
        JsonValues v = new JsonValues("IonQ backend");
        Object parsed = IbmTarget.parse(json, "IonQ backend");
        if (parsed instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> b = v.object(o, "backends entry");
                if (name.equals(b.get("backend"))) {
                    return b;
                }
            }
            throw new IllegalArgumentException("IonQ backend list has no entry with backend \"" + name
                    + "\"; pass the backends of the characterization's device");
        }
        Map<String, Object> b = v.object(parsed, "the document");
        if (b.get("backend") != null && !name.equals(b.get("backend"))) {
            throw new IllegalArgumentException("IonQ backend object is " + b.get("backend") + " but the characterization is of "
                    + name + "; pass documents of the same device");
        }
        return b;
    }

    private static CalibrationSnapshot calibration(JsonValues v, Map<String, Object> ch, Target t) {
        Map<String, Object> fidelity = ch.get("fidelity") == null ? Map.of() : v.object(ch.get("fidelity"), "fidelity");
        Map<String, Object> timing = ch.get("timing") == null ? Map.of() : v.object(ch.get("timing"), "timing");
        double readout = 1 - median(v, fidelity, "spam");
        double e1 = 1 - median(v, fidelity, "1q"), e2 = 1 - median(v, fidelity, "2q");
        double t1Us = seconds(v, timing, "t1") * 1e6, t2Us = seconds(v, timing, "t2") * 1e6;
        double d1 = seconds(v, timing, "1q") * 1e9, d2 = seconds(v, timing, "2q") * 1e9;
        QubitProperties q = new QubitProperties(t1Us, t2Us, readout, readout);
        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        for (String g : t.basisGates()) {
            Map<List<Integer>, GateProperties> on = new LinkedHashMap<>();
            if (g.equals("gpi") || g.equals("gpi2")) {
                for (int a = 0; a < t.numQubits(); a++) {
                    on.put(List.of(a), new GateProperties(e1, d1));
                }
            } else if (g.equals("ms") || g.equals("rzz")) {
                for (int[] e : t.couplingEdges()) {
                    on.put(List.of(e[0], e[1]), new GateProperties(e2, d2));
                }
            }
            if (!on.isEmpty()) {
                gates.put(g, on);
            }
        }
        String id = ch.get("id") == null ? t.name() : v.string(ch.get("id"), "id");
        String date = ch.get("date") == null ? "" : v.string(ch.get("date"), "date");
        return new CalibrationSnapshot(t.name() + "@" + id, date, Collections.nCopies(t.numQubits(), q), gates);
    }

    /** {@code fidelity.<key>.median}; NaN when absent or null. */
    private static double median(JsonValues v, Map<String, Object> fidelity, String key) {
        if (fidelity.get(key) == null) {
            return Double.NaN;
        }
        Object m = v.object(fidelity.get(key), "fidelity." + key).get("median");
        return m == null ? Double.NaN : v.number(m, "fidelity." + key + ".median");
    }

    private static double seconds(JsonValues v, Map<String, Object> timing, String key) {
        return timing.get(key) == null ? Double.NaN : v.number(timing.get(key), "timing." + key);
    }
}
