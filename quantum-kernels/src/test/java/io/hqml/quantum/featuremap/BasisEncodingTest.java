package io.hqml.quantum.featuremap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BasisEncodingTest {

    @Test
    void everyBitStringGivesItsBasisStateWithoutPhase() {
        BasisEncoding map = new BasisEncoding(3);
        for (int b = 0; b < 8; b++) {
            double[] x = {b & 1, (b >> 1) & 1, (b >> 2) & 1};
            double[] expected = new double[16];
            expected[2 * b] = 1; // |b>, b = sum x_i 2^i, amplitude exactly 1
            States.assertStatesEqual(expected, States.simulate(map, x), 1e-12);
        }
    }

    @Test
    void rejectsNonBits() {
        BasisEncoding map = new BasisEncoding(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[] {1, 0.5}));
        assertTrue(e.getMessage().contains("feature 1 is 0.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[] {2, 0}));
        assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[] {-1, 0}));
        assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new BasisEncoding(0));
        assertEquals("basis(qubits=2)", map.describe());
    }
}
