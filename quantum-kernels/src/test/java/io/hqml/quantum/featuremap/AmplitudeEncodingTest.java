package io.hqml.quantum.featuremap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AmplitudeEncodingTest {

    /** x / ||x||, zero-padded to 2^n, as interleaved complex amplitudes. */
    private static double[] expected(double[] x, int n) {
        double norm = 0;
        for (double v : x) {
            norm = Math.hypot(norm, v); // no overflow for 1e200
        }
        double[] s = new double[2 << n];
        for (int i = 0; i < x.length; i++) {
            s[2 * i] = x[i] / norm;
        }
        return s;
    }

    private static void check(double[] x, int n) {
        AmplitudeEncoding map = new AmplitudeEncoding(n, x.length);
        States.assertStatesEqual(expected(x, n), States.simulate(map, x), 1e-12);
    }

    @Test
    void preparesTheNormalisedPaddedVectorWithSigns() {
        SplittableRandom rnd = new SplittableRandom(21);
        for (int n = 1; n <= 6; n++) {
            for (int m : new int[] {1, (1 << n) - 1, 1 << n, (1 << (n - 1)) + 1}) {
                if (m < 1 || m > 1 << n) {
                    continue;
                }
                for (int t = 0; t < 5; t++) {
                    check(States.random(rnd, m, -3, 3), n);
                }
            }
        }
    }

    @Test
    void handlesZerosSparseBlocksAndExtremeScales() {
        check(new double[] {0, 0, 0, -1}, 2);
        check(new double[] {1, 0, 0, 0}, 2);
        check(new double[] {-2, 0, 0, 0}, 2);
        check(new double[] {0, 3}, 1);
        check(new double[] {0, -3}, 1);
        check(new double[] {-1, -1, 0, 0, 0, 0, 2, -5}, 3);
        check(new double[] {0, 0, 0, 0, 0, 1e-200, 0}, 3);
        check(new double[] {1e200, -3e200, 2e199}, 2);
        check(new double[] {0.5, 0, -0.5}, 5);
    }

    @Test
    void circuitIsMottonenSized() {
        for (int n = 1; n <= 5; n++) {
            AmplitudeEncoding map = new AmplitudeEncoding(n);
            Circuit c = map.circuit(States.random(new SplittableRandom(n), 1 << n, -1, 1));
            assertEquals((1 << n) - 1, c.gateCounts().get(Gate.RY));
            assertEquals((1 << n) - 2, c.gateCounts().getOrDefault(Gate.CX, 0));
            assertEquals(c.operations().size(), c.gateCounts().get(Gate.RY) + c.gateCounts().getOrDefault(Gate.CX, 0));
            assertEquals(2 * (1 << n) - 1, map.template().numFeatures()); // row + angles
        }
    }

    @Test
    void bindingTheRawRowFailsLoudly() {
        AmplitudeEncoding map = new AmplitudeEncoding(2);
        assertThrows(IllegalArgumentException.class, () -> map.template().bind(new double[] {1, 2, 3, 4}));
    }

    @Test
    void rejectsZeroRowsAndBadSizes() {
        AmplitudeEncoding map = new AmplitudeEncoding(2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[3]));
        assertTrue(e.getMessage().startsWith("amplitude encoding needs a feature row with non-zero norm"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new JavaStatevectorEngine().prepareStates(map, new double[][] {{0, 0, 0}}, new double[8]));
        assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[] {1, 2, 3, 4}));
        assertThrows(IllegalArgumentException.class, () -> map.circuit(new double[] {1, Double.NaN, 3}));
        e = assertThrows(IllegalArgumentException.class, () -> new AmplitudeEncoding(2, 5));
        assertTrue(e.getMessage().contains("use 3 qubit(s)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeEncoding(0));
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeEncoding(AmplitudeEncoding.MAX_QUBITS + 1));
        assertEquals(1, AmplitudeEncoding.qubitsFor(1));
        assertEquals(1, AmplitudeEncoding.qubitsFor(2));
        assertEquals(2, AmplitudeEncoding.qubitsFor(3));
        assertEquals(3, AmplitudeEncoding.qubitsFor(8));
        assertEquals(4, AmplitudeEncoding.qubitsFor(9));
        assertEquals("amplitude(qubits=2,features=3)", map.describe());
        assertEquals(3, map.numFeatures());
    }
}
