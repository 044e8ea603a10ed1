package io.hqml.quantum.target;

import static io.hqml.quantum.target.TargetTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetJsonTest {
    private static final String SMALL = """
            {"format": "hqml.target.v1", "name": "tiny", "num_qubits": 3, "description": "a test device",
             "basis_gates": ["cz", "rz", "sx", "x"],
             "coupling_map": [[0, 1], [1, 0], [1, 2]],
             "max_shots": 4000, "max_circuits_per_job": 7,
             "calibration": {"id": "tiny@1", "timestamp": "2025-06-16T00:00:00Z",
               "qubits": [{"t1_us": 100, "t2_us": 90, "readout_error": 0.02},
                          {"t1_us": 80, "prob_meas0_prep1": 0.03, "prob_meas1_prep0": 0.01},
                          {}],
               "gates": [{"gate": "cz", "qubits": [0, 1], "error": 0.009, "duration_ns": 68},
                         {"gate": "sx", "qubits": [2], "error": 0.0004}]}}
            """;

    @Test
    void parsesTheHqmlFormat() {
        Target t = TargetJson.parse(SMALL);
        assertEquals("tiny", t.name());
        assertEquals(Set.of("cz", "rz", "sx", "x"), t.basisGates());
        assertTrue(t.hasEdge(1, 2) && !t.hasEdge(2, 1));
        assertEquals(4000, t.maxShots());
        assertEquals(7, t.maxCircuitsPerJob());
        assertEquals("tiny@1", t.calibration().id());
        assertEquals(new QubitProperties(100, 90, 0.02, 0.02), t.calibration().qubits().get(0));
        assertEquals(0.02, t.readoutError(1), 1e-15);
        assertTrue(Double.isNaN(t.t1Us(2)));
        assertEquals(0.009, t.instructionError("cz", 1, 0));
        assertEquals(68.0, t.instructionDurationNs("cz", 0, 1));
        assertEquals(4e-4, t.instructionError("sx", 2));
        assertTrue(Double.isNaN(t.instructionDurationNs("sx", 2)));
    }

    @Test
    void absentCouplingMapAndLimitsMeanAllToAllAndNoLimit() {
        Target t = TargetJson.parse("{\"name\": \"free\", \"num_qubits\": 3, \"basis_gates\": [\"gpi\", \"gpi2\", \"ms\"]}");
        assertTrue(t.isAllToAll());
        assertEquals(Target.NO_LIMIT, t.maxShots());
        assertTrue(Double.isNaN(t.instructionError("ms", 0, 1)));
    }

    @Test
    void writesAndReadsBackTheSameTarget() {
        for (Target t : List.of(TargetJson.parse(SMALL), ExampleTargets.load("heavy-hex-16.json"))) {
            Target back = TargetJson.parse(TargetJson.toJson(t));
            assertEquals(t.name(), back.name());
            assertEquals(t.numQubits(), back.numQubits());
            assertEquals(t.basisGates(), back.basisGates());
            assertEquals(t.isAllToAll(), back.isAllToAll());
            assertEquals(t.couplingEdges().size(), back.couplingEdges().size());
            for (int[] e : t.couplingEdges()) {
                assertTrue(back.hasEdge(e[0], e[1]));
            }
            assertEquals(t.maxShots(), back.maxShots());
            assertEquals(t.maxCircuitsPerJob(), back.maxCircuitsPerJob());
            assertEquals(t.calibration(), back.calibration(), "bit-exact numbers");
        }
    }

    @Test
    void exampleTargetsAreComplete() {
        List<Target> all = ExampleTargets.all();
        assertEquals(List.of("grid-3x3", "heavy-hex-16", "ion-trap-11", "line-7"), all.stream().map(Target::name).toList());
        for (Target t : all) {
            for (int q = 0; q < t.numQubits(); q++) {
                assertTrue(t.readoutError(q) > 1e-3 && t.readoutError(q) < 0.1, t.name() + " readout " + q);
                assertTrue(t.t1Us(q) > 50 && t.t2Us(q) > 50, t.name() + " T1/T2 " + q);
                for (String g : t.basisGates()) {
                    if (!g.equals("ecr") && !g.equals("cz") && !g.equals("ms")) {
                        double e = t.instructionError(g, q);
                        assertTrue(e >= 0 && e < 5e-3, t.name() + " " + g + " on " + q + ": " + e);
                    }
                }
            }
            for (int[] e : t.couplingEdges()) {
                String twoQubit = t.supports("ms") ? "ms" : t.supports("ecr") ? "ecr" : "cz";
                double err = t.instructionError(twoQubit, e[0], e[1]);
                assertTrue(err >= 4e-3 && err < 0.1, t.name() + " " + twoQubit + " " + e[0] + "," + e[1] + ": " + err);
            }
        }
        assertTrue(ExampleTargets.load("ion-trap-11.json").isAllToAll());
        assertFalse(ExampleTargets.load("heavy-hex-16.json").isAllToAll());
    }

    @Test
    void badDocumentsFailWithOneClearLine() {
        assertMessage("line 1, column 2", () -> TargetJson.parse("{,}"));
        assertMessage("unknown key 'couplings'", () -> TargetJson.parse(
                "{\"name\": \"x\", \"num_qubits\": 2, \"basis_gates\": [\"cx\"], \"couplings\": []}"));
        assertMessage("num_qubits must be a non-negative integer", () -> TargetJson.parse(
                "{\"name\": \"x\", \"num_qubits\": 2.5, \"basis_gates\": [\"cx\"]}"));
        assertMessage("basis_gates must be a JSON array", () -> TargetJson.parse("{\"name\": \"x\", \"num_qubits\": 2}"));
        assertMessage("must be a pair", () -> TargetJson.parse(
                "{\"name\": \"x\", \"num_qubits\": 2, \"basis_gates\": [\"cx\"], \"coupling_map\": [[0, 1, 2]]}"));
        assertMessage("names qubit 5", () -> TargetJson.parse(
                "{\"name\": \"x\", \"num_qubits\": 2, \"basis_gates\": [\"cx\"], \"coupling_map\": [[0, 5]]}"));
        assertMessage("has 1 entries but num_qubits is 2", () -> TargetJson.parse(
                "{\"name\": \"x\", \"num_qubits\": 2, \"basis_gates\": [\"cx\"], \"calibration\": {\"qubits\": [{}]}}"));
        assertMessage("is not a probability", () -> TargetJson.parse(
                "{\"name\": \"x\", \"num_qubits\": 1, \"basis_gates\": [\"x\"], \"calibration\": {\"qubits\": [{\"readout_error\": 2}]}}"));
        assertMessage("format must be", () -> TargetJson.parse(
                "{\"format\": \"v0\", \"name\": \"x\", \"num_qubits\": 1, \"basis_gates\": [\"x\"]}"));
        assertMessage("listed twice", () -> TargetJson.parse("{\"name\": \"x\", \"num_qubits\": 1, \"basis_gates\": [\"x\"],"
                + " \"calibration\": {\"gates\": [{\"gate\": \"x\", \"qubits\": [0]}, {\"gate\": \"x\", \"qubits\": [0]}]}}"));
    }
}
