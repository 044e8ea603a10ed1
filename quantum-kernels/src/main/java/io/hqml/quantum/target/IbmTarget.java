package io.hqml.quantum.target;

import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.internal.MiniJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IBM's {@code GET /backends/{name}/configuration} (PROVIDERS.md section 1) plus {@code /properties} into a
 * {@link Target}: {@code backend_name}, {@code n_qubits}, {@code basis_gates}, {@code coupling_map} (directed
 * pairs; null or absent on simulators = all-to-all), {@code max_shots}, {@code max_experiments} (= circuits
 * per job); the calibration is {@link CalibrationSnapshot#fromIbmProperties} of the properties document.
 */
final class IbmTarget {
    private IbmTarget() {
    }

    static Target convert(String configurationJson, String propertiesJson) {
        JsonValues v = new JsonValues("IBM configuration");
        Map<String, Object> conf = v.object(parse(configurationJson, "IBM configuration"), "the document");
        String name = v.string(conf.get("backend_name"), "backend_name");
        int n = v.index(conf.get("n_qubits"), "n_qubits");
        Target.Builder b = Target.builder(name, n);
        List<String> basis = new ArrayList<>();
        for (Object g : v.array(conf.get("basis_gates"), "basis_gates")) {
            basis.add(v.string(g, "basis_gates entry"));
        }
        b.basisGates(basis);
        if (conf.get("coupling_map") != null) {
            List<int[]> edges = new ArrayList<>();
            for (Object e : v.array(conf.get("coupling_map"), "coupling_map")) {
                List<Object> pair = v.array(e, "coupling_map entry");
                if (pair.size() != 2) {
                    throw v.error("coupling_map entry", "must be a pair [control, target]", pair);
                }
                edges.add(new int[] {v.index(pair.get(0), "coupling_map qubit"), v.index(pair.get(1), "coupling_map qubit")});
            }
            b.couplingEdges(edges);
        }
        if (conf.get("max_shots") != null) {
            b.maxShots(v.index(conf.get("max_shots"), "max_shots"));
        }
        if (conf.get("max_experiments") != null) {
            b.maxCircuitsPerJob(v.index(conf.get("max_experiments"), "max_experiments"));
        }
        if (propertiesJson != null) {
            CalibrationSnapshot cal;
            try {
                cal = CalibrationSnapshot.fromIbmProperties(propertiesJson);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("IBM properties: " + e.getMessage(), e);
            }
            if (cal.numQubits() != n) {
                throw new IllegalArgumentException("IBM properties list " + cal.numQubits() + " qubits but the configuration of "
                        + name + " has n_qubits " + n + "; fetch both documents for the same backend");
            }
            b.calibration(cal);
        }
        return b.build();
    }

    static Object parse(String json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + " is missing; pass the document's JSON text");
        }
        try {
            return MiniJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage() + "; pass the JSON body the API returned");
        }
    }
}
