package io.hqml.quantum.target;

import static io.hqml.quantum.target.TargetTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provider converters on JSON bodies shaped as PROVIDERS.md describes them. */
class ProviderTargetsTest {
    private static final String IBM_CONFIGURATION = """
            {"backend_name": "fake_small", "backend_version": "1.0.7", "n_qubits": 3,
             "basis_gates": ["cx", "id", "rz", "sx", "x"],
             "coupling_map": [[0, 1], [1, 0], [1, 2], [2, 1]],
             "supported_instructions": ["cx", "id", "delay", "measure", "reset", "rz", "sx", "x", "if_else", "for_loop", "switch_case"],
             "max_shots": 100000, "max_experiments": 300,
             "processor_type": {"family": "Heron", "revision": "2"},
             "supported_features": ["qobj", "parameters", "qasm3"], "dynamic_reprate_enabled": true,
             "rep_delay_range": [0.0, 500.0], "default_rep_delay": 250.0, "credits_required": true,
             "online_date": "2024-07-01T00:00:00Z", "clops_h": 195000}
            """;

    private static String ibmProperties() throws IOException {
        try (InputStream in = ProviderTargetsTest.class.getResourceAsStream("/io/hqml/quantum/noise/ibm_properties_small.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ibmConfigurationAndProperties() throws IOException {
        Target t = TargetJson.fromIbm(IBM_CONFIGURATION, ibmProperties());
        assertEquals("fake_small", t.name());
        assertEquals(3, t.numQubits());
        assertEquals(Set.of("cx", "id", "rz", "sx", "x"), t.basisGates());
        assertTrue(t.hasEdge(2, 1) && !t.hasEdge(0, 2));
        assertEquals(100000, t.maxShots());
        assertEquals(300, t.maxCircuitsPerJob());
        assertEquals(0.009, t.instructionError("cx", 1, 0));
        assertTrue(Double.isNaN(t.instructionError("cx", 2, 1)), "cx is directed; the fixture calibrates 1->2 only");
        assertEquals(0.00025, t.instructionError("sx", 0));
        assertEquals(0.02, t.readoutError(0), 1e-15, "mean of prob_meas0_prep1 0.03 and prob_meas1_prep0 0.01");
        assertEquals(100.0, t.t1Us(0));
        Target simulator = TargetJson.fromIbm(IBM_CONFIGURATION.replace("\"coupling_map\": [[0, 1], [1, 0], [1, 2], [2, 1]]",
                "\"coupling_map\": null"), null);
        assertTrue(simulator.isAllToAll());
        assertTrue(Double.isNaN(simulator.readoutError(0)));
        assertMessage("n_qubits 5", () -> TargetJson.fromIbm(IBM_CONFIGURATION.replace("\"n_qubits\": 3", "\"n_qubits\": 5"), ibmProperties()));
        assertMessage("IBM configuration: n_qubits must be", () -> TargetJson.fromIbm("{\"backend_name\": \"b\"}", null));
        assertMessage("IBM properties", () -> TargetJson.fromIbm(IBM_CONFIGURATION, "{\"qubits\": 3}"));
    }

    private static final String BRAKET_IONQ = """
            {"braketSchemaHeader": {"name": "braket.device_schema.ionq.ionq_device_capabilities", "version": "1"},
             "service": {"executionWindows": [{"executionDay": "Everyday", "windowStartHour": "00:00", "windowEndHour": "23:59"}],
                         "shotsRange": [1, 5000], "deviceCost": {"price": 0.03, "unit": "shot"},
                         "updatedAt": "2024-10-15T19:06:58Z", "getTaskPollIntervalMillis": 200},
             "action": {"braket.ir.openqasm.program": {"actionType": "braket.ir.openqasm.program", "version": ["1"],
                        "supportedOperations": ["x", "y", "z", "rx", "ry", "rz", "h", "cnot", "s", "si", "t", "ti", "v", "vi", "xx", "yy", "zz", "swap"],
                        "supportedModifiers": [], "supportedPragmas": ["verbatim"], "forbiddenPragmas": [],
                        "supportedResultTypes": [{"name": "Probability", "minShots": 1, "maxShots": 5000}],
                        "requiresAllQubitsMeasurement": true, "requiresContiguousQubitIndices": true,
                        "supportPhysicalQubits": false, "supportsPartialVerbatimBox": false, "disabledQubitRewiringSupported": false}},
             "paradigm": {"qubitCount": 25, "nativeGateSet": ["GPI", "GPI2", "MS"],
                          "connectivity": {"fullyConnected": true, "connectivityGraph": {}}},
             "deviceParameters": {}, "provider": {"braketSchemaHeader": {"name": "braket.device_schema.ionq.ionq_provider_properties", "version": "1"}}}
            """;

    /** IQM-like: 1-based qubit ids, a native gate hqml has no gate for (prx), standardized calibration. */
    private static final String BRAKET_IQM = """
            {"braketSchemaHeader": {"name": "braket.device_schema.iqm.iqm_device_capabilities", "version": "1"},
             "service": {"shotsRange": [1, 20000]},
             "action": {"braket.ir.openqasm.program": {"actionType": "braket.ir.openqasm.program", "version": ["1"],
                        "supportedOperations": ["cz", "prx", "cnot"]}},
             "paradigm": {"qubitCount": 3, "nativeGateSet": ["cz", "prx"],
                          "connectivity": {"fullyConnected": false, "connectivityGraph": {"1": ["2"], "2": ["3"]}}},
             "standardized": {"braketSchemaHeader": {"name": "braket.device_schema.standardized_gate_model_qpu_device_properties", "version": "1"},
               "oneQubitProperties": {
                 "1": {"T1": {"value": 45.5, "standardError": null, "unit": "us"}, "T2": {"value": 0.0000301, "unit": "s"},
                       "oneQubitFidelity": [{"fidelityType": {"name": "RANDOMIZED_BENCHMARKING"}, "fidelity": 0.9991, "standardError": null},
                                            {"fidelityType": {"name": "READOUT"}, "fidelity": 0.97, "standardError": null}]},
                 "2": {"T1": {"value": 50.0, "unit": "us"}, "T2": {"value": 20.0, "unit": "us"}, "oneQubitFidelity": []}},
               "twoQubitProperties": {
                 "1-2": {"twoQubitGateFidelity": [{"direction": {"control": 1, "target": 2}, "gateName": "CZ", "fidelity": 0.99,
                                                   "standardError": null, "fidelityType": {"name": "INTERLEAVED_RANDOMIZED_BENCHMARKING"}}]},
                 "2-3": {"twoQubitGateFidelity": [{"gateName": "CZ", "fidelity": 0.985, "fidelityType": {"name": "RANDOMIZED_BENCHMARKING"}}]}}}}
            """;

    @Test
    void braketCapabilities() {
        Target ionq = TargetJson.fromBraket(BRAKET_IONQ);
        assertEquals("braket-ionq", ionq.name());
        assertEquals(25, ionq.numQubits());
        assertEquals(Set.of("gpi", "gpi2", "ms"), ionq.basisGates());
        assertTrue(ionq.isAllToAll());
        assertEquals(5000, ionq.maxShots());
        assertEquals(1, ionq.maxCircuitsPerJob(), "one circuit per quantum task");

        Target iqm = TargetJson.fromBraket(BRAKET_IQM);
        assertEquals(4, iqm.numQubits(), "ids 1..3 kept as physical numbers");
        assertEquals(Set.of("cz", "prx"), iqm.basisGates());
        assertTrue(iqm.hasEdge(1, 2) && iqm.hasEdge(2, 3) && !iqm.hasEdge(2, 1) && !iqm.hasEdge(0, 1));
        assertEquals(45.5, iqm.t1Us(1));
        assertEquals(30.1, iqm.t2Us(1), 1e-9, "seconds converted");
        assertEquals(0.03, iqm.readoutError(1), 1e-12);
        assertTrue(Double.isNaN(iqm.readoutError(2)));
        assertEquals(0.0009, iqm.instructionError("prx", 1), 1e-12);
        assertEquals(0.01, iqm.instructionError("cz", 1, 2), 1e-12);
        assertEquals(0.015, iqm.instructionError("cz", 3, 2), 1e-12, "no direction: the key's pair, cz symmetric");
        assertTrue(Double.isNaN(iqm.t1Us(0)));

        // the whole GetDevice response carries the capabilities as a JSON string and names the device
        String wrapped = "{\"deviceArn\": \"arn:aws:braket:us-east-1::device/qpu/ionq/Aria-1\", \"deviceName\": \"Aria 1\","
                + " \"deviceStatus\": \"ONLINE\", \"deviceCapabilities\": " + quoteJson(BRAKET_IONQ) + "}";
        Target named = TargetJson.fromBraket(wrapped);
        assertEquals("Aria 1", named.name());
        assertEquals(25, named.numQubits());

        Target sv1 = TargetJson.fromBraket(BRAKET_IONQ.replace("\"nativeGateSet\": [\"GPI\", \"GPI2\", \"MS\"],", ""));
        assertTrue(sv1.basisGates().containsAll(Set.of("cx", "sdg", "sx", "rxx", "rzz", "swap")), "supported operations, stdgates names");
        assertMessage("paradigm must be a JSON object", () -> TargetJson.fromBraket("{\"service\": {}}"));
        assertMessage("must be \"a-b\"", () -> TargetJson.fromBraket(BRAKET_IQM.replace("\"2-3\"", "\"2_3\"")));
    }

    private static final String IONQ_CHARACTERIZATION = """
            {"id": "5f2c1a8e-0d0f-4c2e-9a57-0123456789ab", "date": "2025-06-16T00:00:00Z", "backend": "qpu.forte-1", "qubits": 4,
             "connectivity": [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]],
             "fidelity": {"spam": {"median": 0.9962, "stderr": null}, "1q": {"median": 0.9998, "stderr": null},
                          "2q": {"median": 0.9900, "stderr": null}},
             "timing": {"readout": 0.0003, "reset": 0.00002, "1q": 0.000135, "2q": 0.0006, "t1": 10, "t2": 1}}
            """;
    private static final String IONQ_BACKENDS = """
            [{"backend": "qpu.aria-1", "status": "available", "qubits": 25, "supported_native_gates": ["gpi", "gpi2", "ms"]},
             {"backend": "qpu.forte-1", "status": "available", "qubits": 36, "average_queue_time": 1181215,
              "last_updated": "2025-06-16T00:00:00Z", "characterization_id": "5f2c1a8e-0d0f-4c2e-9a57-0123456789ab",
              "degraded": false, "supported_gates": ["x", "y", "z", "rx", "ry", "rz", "h", "not", "cnot", "s", "si", "t", "ti", "v", "vi", "swap"],
              "supported_native_gates": ["gpi", "gpi2", "ms", "zz"], "supported_error_mitigations": ["debiasing"]}]
            """;

    @Test
    void ionqCharacterization() {
        Target t = TargetJson.fromIonq(IONQ_CHARACTERIZATION, null);
        assertEquals("qpu.forte-1", t.name());
        assertEquals(4, t.numQubits());
        assertEquals(Set.of("gpi", "gpi2", "ms"), t.basisGates());
        assertTrue(t.isAllToAll(), "every pair listed, both directions");
        assertEquals(0.0038, t.readoutError(2), 1e-12);
        assertEquals(1e7, t.t1Us(0), 1e-3, "10 s");
        assertEquals(1e6, t.t2Us(3), 1e-3);
        assertEquals(2e-4, t.instructionError("gpi2", 1), 1e-12);
        assertEquals(0.01, t.instructionError("ms", 3, 1), 1e-12);
        assertEquals(135000.0, t.instructionDurationNs("gpi", 0), 1e-6);
        assertEquals(600000.0, t.instructionDurationNs("ms", 0, 1), 1e-6);
        assertEquals(Target.NO_LIMIT, t.maxShots());

        Target withBackend = TargetJson.fromIonq(IONQ_CHARACTERIZATION, IONQ_BACKENDS);
        assertEquals(Set.of("gpi", "gpi2", "ms", "rzz"), withBackend.basisGates(), "IonQ zz is rzz");
        Target line = TargetJson.fromIonq(IONQ_CHARACTERIZATION.replace("[[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]", "[[0, 1], [1, 2]]"), null);
        assertFalse(line.isAllToAll());
        assertTrue(line.hasEdge(2, 1) && !line.hasEdge(0, 2));
        assertMessage("no entry with backend \"qpu.forte-1\"", () -> TargetJson.fromIonq(IONQ_CHARACTERIZATION,
                "[{\"backend\": \"qpu.aria-1\"}]"));
        assertMessage("fidelity.spam.median must be a JSON number", () -> TargetJson.fromIonq(
                IONQ_CHARACTERIZATION.replace("\"median\": 0.9962", "\"median\": \"high\""), null));
    }

    private static String quoteJson(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
