package io.hqml.quantum.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationSnapshotTest {

    /** The 3-qubit IBM {@code properties} fixture in test resources, parsed. */
    static CalibrationSnapshot fixture() {
        try (InputStream in = CalibrationSnapshotTest.class.getResourceAsStream("ibm_properties_small.json")) {
            return CalibrationSnapshot.fromIbmProperties(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void parsesTheIbmPropertiesFixture() {
        CalibrationSnapshot s = fixture();
        assertEquals("fake_small@2025-06-16T09:05:17+00:00", s.id());
        assertEquals("2025-06-16T09:05:17+00:00", s.timestamp());
        assertEquals(3, s.numQubits());
        assertEquals(new QubitProperties(100, 80, 0.03, 0.01), s.qubits().get(0));
        assertEquals(new QubitProperties(150, 120, 0.04, 0.02), s.qubits().get(1));
        // T1 given in ms; no prob_meas* so readout_error is used for both directions; T2 kept as reported
        QubitProperties q2 = s.qubits().get(2);
        assertEquals(50.0, q2.t1Us(), 1e-12);
        assertEquals(130.0, q2.t2Us());
        assertEquals(0.05, q2.probMeas0Prep1());
        assertEquals(0.05, q2.probMeas1Prep0());
        assertEquals(new GateProperties(0.00025, 36), s.gate("sx", 0));
        assertEquals(new GateProperties(0.009, 320), s.gate("cx", 1, 0));
        assertEquals(0.012, s.gate("cx", 1, 2).error());
        assertEquals(400.0, s.gate("cx", 1, 2).durationNs(), 1e-9, "0.4 us");
        assertTrue(Double.isNaN(s.gate("reset", 0).error()));
        assertEquals(1000.0, s.gate("reset", 0).durationNs());
        assertNull(s.gate("cx", 0, 2));
        assertNull(s.gate("cz", 0, 1));
        assertEquals(List.of("id", "rz", "sx", "x", "cx", "reset"), List.copyOf(s.gates().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.gates().remove("cx"));
        assertThrows(UnsupportedOperationException.class, () -> s.gates().get("cx").clear());
    }

    @Test
    void convertsTimeUnits() {
        CalibrationSnapshot s = CalibrationSnapshot.fromIbmProperties("""
                {"backend_name": "b", "last_update_date": "d",
                 "qubits": [[{"name": "T1", "unit": "s", "value": 1.2e-4}, {"name": "T2", "unit": "ns", "value": 9e4},
                             {"name": "frequency", "unit": "GHz", "value": true}]],
                 "gates": [{"gate": "X", "qubits": [0], "parameters": [{"name": "gate_length", "unit": "us", "value": 0.05}]}]}
                """);
        assertEquals(120.0, s.qubits().get(0).t1Us(), 1e-9);
        assertEquals(90.0, s.qubits().get(0).t2Us(), 1e-9);
        assertTrue(Double.isNaN(s.qubits().get(0).probMeas0Prep1()));
        assertEquals(50.0, s.gate("x", 0).durationNs(), 1e-9, "gate names are lower-cased");
    }

    @Test
    void rejectsMalformedDocumentsWithClearMessages() {
        assertMessage("[]", "properties document must be a JSON object");
        assertMessage("{\"qubits\": []}", "backend_name must be a JSON string");
        assertMessage("{\"backend_name\": \"b\", \"qubits\": [[{\"name\": \"T1\", \"unit\": \"h\", \"value\": 1}]]}",
                "unit 'h'");
        assertMessage("{\"backend_name\": \"b\", \"qubits\": [[{\"name\": \"T1\", \"unit\": \"us\", \"value\": \"x\"}]]}",
                "T1 must be a JSON number");
        assertMessage("{\"backend_name\": \"b\", \"qubits\": [[{\"name\": \"T1\", \"unit\": \"us\", \"value\": -5}]]}",
                "T1 = -5.0");
        String gate = "{\"gate\": \"x\", \"qubits\": [0], \"parameters\": []}";
        assertMessage("{\"backend_name\": \"b\", \"qubits\": [[]], \"gates\": [" + gate + ", " + gate + "]}",
                "listed twice");
        assertMessage("{\"backend_name\": \"b\", \"qubits\": [[]], \"gates\": [{\"gate\": \"x\", \"qubits\": [3]}]}",
                "qubit 3");
        assertMessage("{\"backend_name\": \"b\", \"qubits\": [[]], \"gates\": [{\"gate\": \"x\", \"qubits\": [0.5]}]}",
                "not a non-negative integer");
        assertMessage("{\"backend_name\": \"b\",}", "invalid JSON");
        assertThrows(IllegalArgumentException.class, () -> new GateProperties(1.5, 10));
        assertThrows(IllegalArgumentException.class, () -> new GateProperties(0.1, -1));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationSnapshot("i", "t", List.of(QubitProperties.unknown()),
                Map.of("cx", Map.of(List.of(0, 0), new GateProperties(0.1, 1)))));
    }

    private static void assertMessage(String json, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalibrationSnapshot.fromIbmProperties(json));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
