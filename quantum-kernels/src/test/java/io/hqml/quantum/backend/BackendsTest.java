package io.hqml.quantum.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.target.TargetJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Backends by name through ServiceLoader, as a job config names them. */
class BackendsTest {
    @Test
    void theLocalBackendsAreRegisteredAndBuiltFromASpec() {
        assertTrue(Backends.names().containsAll(java.util.List.of("local-statevector", "local-density-matrix")));
        Backend dm = Backends.open(new BackendSpec("local-density-matrix", TargetJson.toJson(ConformanceTargets.noisy()),
                Map.of()));
        assertInstanceOf(LocalDensityMatrixBackend.class, dm);
        assertEquals("conformance-line-4@noisy", dm.calibrationId());
        assertFalse(dm.noiseless());
        Backend sv = Backends.open(new BackendSpec("local-statevector"));
        assertEquals(LocalStatevectorBackend.DEFAULT_QUBITS, sv.target().numQubits());
        assertTrue(sv.noiseless());
        BackendSpec spec = new BackendSpec("local-statevector");
        assertSame(Backends.shared(spec), Backends.shared(new BackendSpec("local-statevector")));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Backends.open(new BackendSpec("qpu-of-dreams")));
        assertTrue(e.getMessage().startsWith("unknown backend 'qpu-of-dreams'; available: "), e.getMessage());
        assertTrue(e.getMessage().contains("local-statevector"));
        assertThrows(IllegalArgumentException.class, () -> new BackendSpec("x").requireOption("url"));
    }
}
