package io.hqml.quantum.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import io.hqml.quantum.noise.NoiseModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static Target line3() {
        CalibrationSnapshot cal = new CalibrationSnapshot("line3@t", "t",
                List.of(new QubitProperties(100, 80, 0.02, 0.01), new QubitProperties(90, 70, Double.NaN, 0.04),
                        QubitProperties.unknown()),
                Map.of("cz", Map.of(List.of(0, 1), new GateProperties(0.01, 68)),
                        "ecr", Map.of(List.of(1, 2), new GateProperties(0.008, 660)),
                        "sx", Map.of(List.of(0), new GateProperties(3e-4, 36))));
        return Target.builder("line3", 3).basisGates("CZ", "rz", "sx", "x", "ecr")
                .couplingEdges(List.of(new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 2}, new int[] {1, 2}))
                .calibration(cal).maxShots(1000).maxCircuitsPerJob(10).build();
    }

    @Test
    void holdsTheDeviceData() {
        Target t = line3();
        assertEquals("line3", t.name());
        assertEquals(3, t.numQubits());
        assertEquals(Set.of("cz", "ecr", "rz", "sx", "x"), t.basisGates());
        assertTrue(t.supports("CZ") && t.supports("ecr") && !t.supports("cx"));
        assertEquals(3, t.couplingEdges().size(), "the duplicate [1, 2] is dropped");
        assertTrue(t.hasEdge(0, 1) && t.hasEdge(1, 0) && t.hasEdge(1, 2));
        assertFalse(t.hasEdge(2, 1), "directed: [1, 2] only");
        assertFalse(t.hasEdge(0, 2) || t.hasEdge(-1, 0) || t.hasEdge(0, 3));
        assertFalse(t.isAllToAll());
        assertEquals(1000, t.maxShots());
        assertEquals(10, t.maxCircuitsPerJob());
        t.couplingEdges().get(0)[0] = 2;
        assertEquals(0, t.couplingEdges().get(0)[0], "edges are copies");
    }

    @Test
    void looksUpErrorsAndDurations() {
        Target t = line3();
        assertEquals(0.01, t.instructionError("cz", 0, 1));
        assertEquals(0.01, t.instructionError("cz", 1, 0), "cz is symmetric: reversed pair");
        assertEquals(68.0, t.instructionDurationNs("cz", 1, 0));
        assertEquals(0.008, t.instructionError("ecr", 1, 2));
        assertTrue(Double.isNaN(t.instructionError("ecr", 2, 1)), "ecr is not symmetric");
        assertEquals(3e-4, t.instructionError("sx", 0));
        assertTrue(Double.isNaN(t.instructionError("sx", 1)));
        assertTrue(Double.isNaN(t.instructionError("h", 0)));
        assertEquals(0.015, t.readoutError(0), 1e-15);
        assertEquals(0.04, t.readoutError(1), "only P(1|0) reported");
        assertTrue(Double.isNaN(t.readoutError(2)));
        assertEquals(0.015, t.instructionError("measure", 0), 1e-15);
        assertEquals(100.0, t.t1Us(0));
        assertEquals(70.0, t.t2Us(1));
        assertThrows(IllegalArgumentException.class, () -> t.instructionError("cz", 0, 3));
        // the calibration builds a noise model as a NoiseModel's source
        NoiseModel m = NoiseModel.fromCalibration(t.calibration());
        assertFalse(m.isIdeal());
    }

    @Test
    void allToAllWhenNoCouplingMapOrEveryPair() {
        Target free = Target.builder("ions", 4).basisGates("gpi", "gpi2", "ms").build();
        assertTrue(free.isAllToAll());
        assertEquals(12, free.couplingEdges().size());
        assertTrue(free.hasEdge(3, 0));
        assertEquals(Target.NO_LIMIT, free.maxShots());
        assertEquals(4, free.calibration().numQubits());
        assertTrue(Double.isNaN(free.readoutError(3)));
        Target listed = Target.builder("pairs", 2).basisGates("cx").couplingEdges(List.of(new int[] {0, 1}, new int[] {1, 0})).build();
        assertTrue(listed.isAllToAll());
        Target oneWay = Target.builder("oneway", 2).basisGates("cx").couplingEdges(List.of(new int[] {0, 1})).build();
        assertFalse(oneWay.isAllToAll());
        assertTrue(oneWay.toBuilder().allToAll().build().isAllToAll());
    }

    @Test
    void withBasisGatesKeepsEverythingElse() {
        Target t = line3().withBasisGates(List.of("rx", "ry", "rz", "cz"));
        assertEquals(Set.of("cz", "rx", "ry", "rz"), t.basisGates());
        assertFalse(t.hasEdge(2, 1));
        assertEquals(0.01, t.instructionError("cz", 0, 1));
        assertEquals(1000, t.maxShots());
    }

    @Test
    void rejectsInconsistentData() {
        assertMessage("at least 1", () -> Target.builder("x", 0));
        assertMessage("no basis gates", () -> Target.builder("x", 2).build());
        assertMessage("names qubit 2", () -> Target.builder("x", 2).basisGates("cx").couplingEdges(List.of(new int[] {0, 2})).build());
        assertMessage("to itself", () -> Target.builder("x", 2).basisGates("cx").couplingEdges(List.of(new int[] {1, 1})).build());
        assertMessage("describes 1", () -> Target.builder("x", 2).basisGates("cx")
                .calibration(new CalibrationSnapshot("c", "", List.of(QubitProperties.unknown()), Map.of())).build());
        assertMessage("must be >= 1", () -> Target.builder("x", 2).maxShots(0));
    }

    static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), ex.getMessage());
    }
}
