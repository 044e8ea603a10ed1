package io.hqml.quantum.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache-blocked Hadamard layer and the |0> shortcut against one single-qubit kernel per qubit (itself
 * checked against the dense reference), at sizes where the high-qubit column phase runs.
 */
class HadamardLayerTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 12, 13, 16})
    void blockedLayerEqualsOneKernelPerQubit(int n) {
        SplittableRandom rnd = new SplittableRandom(n);
        for (int trial = 0; trial < 3; trial++) {
            int mask = trial == 0 ? (1 << n) - 1 : rnd.nextInt(1 << n);
            double[] s = new double[2 << n];
            for (int i = 0; i < s.length; i++) {
                s[i] = rnd.nextDouble(-1, 1);
            }
            double[] expected = s.clone();
            for (int q = 0; q < n; q++) {
                if ((mask >> q & 1) == 1) {
                    StateKernels.hadamard(q, expected);
                }
            }
            HadamardLayer.apply(mask, n, s, 0, Math.pow(2, -0.5 * Integer.bitCount(mask)), null);
            assertArrayEquals(expected, s, 1e-13, "mask " + Integer.toBinaryString(mask));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 14})
    void templateFromZeroEqualsCircuitApplication(int n) {
        // A leading H layer from |0> is written directly; the general path applies it gate by gate.
        CircuitTemplate.Builder b = CircuitTemplate.builder(n);
        for (int q = 0; q < n; q += 2) {
            b.add(Gate.H, q);
        }
        b.add(Gate.RY, io.hqml.quantum.circuit.ParamExpr.x(0), n - 1);
        b.add(Gate.H, 1);
        CircuitTemplate t = b.build();
        double[] row = {0.7};
        double[] viaTemplate = new double[2 << n];
        new JavaStatevectorEngine().prepareStates(t, new double[][] {row}, new double[0], viaTemplate);
        Circuit c = t.bind(row);
        double[] viaGates = new double[2 << n];
        viaGates[0] = 1;
        JavaStatevectorEngine perGate = new JavaStatevectorEngine();
        for (io.hqml.quantum.circuit.Operation op : c.operations()) {
            perGate.apply(Circuit.builder(n).add(op).build(), viaGates);
        }
        assertArrayEquals(viaGates, viaTemplate, 1e-13);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 13, 14})
    void fusedZzRepetitionsEqualGateByGateApplication(int n) {
        SplittableRandom rnd = new SplittableRandom(100 + n);
        for (io.hqml.quantum.featuremap.Entanglement e : io.hqml.quantum.featuremap.Entanglement.values()) {
            io.hqml.quantum.featuremap.ZZFeatureMap map = new io.hqml.quantum.featuremap.ZZFeatureMap(n, 2, e);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextDouble(0, 2 * Math.PI);
            }
            double[] fused = new double[2 << n];
            new JavaStatevectorEngine().prepareStates(map, new double[][] {x}, fused);
            double[] viaGates = new double[2 << n];
            viaGates[0] = 1;
            JavaStatevectorEngine perGate = new JavaStatevectorEngine();
            for (io.hqml.quantum.circuit.Operation op : map.circuit(x).operations()) {
                perGate.apply(Circuit.builder(n).add(op).build(), viaGates);
            }
            assertArrayEquals(viaGates, fused, 1e-12, e.toString());
        }
    }
}
