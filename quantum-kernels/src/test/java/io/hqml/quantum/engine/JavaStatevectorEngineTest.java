package io.hqml.quantum.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java engine against the dense Kronecker-product reference; tolerance 1e-12 per amplitude. */
public class JavaStatevectorEngineTest {
    private static final double TOL = 1e-12;
    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void randomCircuitsOfEveryGateMatchDenseReference(int n) {
        SplittableRandom rnd = new SplittableRandom(1000 + n);
        for (int trial = 0; trial < 20; trial++) {
            Circuit c = randomCircuit(n, 40, rnd);
            assertArrayEquals(DenseReference.run(c), engine.run(c), TOL, () -> io.hqml.quantum.qasm.QasmExporter.export(c, io.hqml.quantum.qasm.QasmDialect.STDGATES));
        }
    }

    @Test
    void fusedParityPatternEqualsItsGates() {
        // CX(0,2) P(t) q2 CX(0,2) is fused into one diagonal pass; the dense reference applies 3 matrices.
        Circuit c = Circuit.builder(3).add(Gate.H, 0).add(Gate.H, 1).add(Gate.H, 2)
                .add(Gate.CX, 0, 2).add(Gate.P, 0.731, 2).add(Gate.CX, 0, 2)
                .add(Gate.CX, 2, 1).add(Gate.P, -1.3, 1).add(Gate.CX, 2, 1).build();
        assertArrayEquals(DenseReference.run(c), engine.run(c), TOL);
    }

    @Test
    void zzFeatureMapMatchesDenseReference() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (Entanglement e : Entanglement.values()) {
            ZZFeatureMap map = new ZZFeatureMap(4, 2, e);
            double[] x = {rnd.nextDouble(0, 6.3), rnd.nextDouble(0, 6.3), rnd.nextDouble(0, 6.3), rnd.nextDouble(0, 6.3)};
            Circuit c = map.circuit(x);
            assertArrayEquals(DenseReference.run(c), engine.run(c), TOL, e.toString());
        }
    }

    @Test
    void preservesNorm() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] s = engine.run(randomCircuit(8, 200, rnd));
        double norm = 0;
        for (double v : s) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-12);
    }

    @Test
    void prepareStatesWritesOneStatePerRowInOrder() {
        ZZFeatureMap map = new ZZFeatureMap(3, 2, Entanglement.FULL);
        double[][] rows = {{0.1, 0.2, 0.3}, {1.5, -0.4, 2.2}, {3.0, 3.1, 0.0}};
        double[] out = new double[3 * 16];
        engine.prepareStates(map, rows, out);
        for (int r = 0; r < rows.length; r++) {
            double[] expected = DenseReference.run(map.circuit(rows[r]));
            double[] got = java.util.Arrays.copyOfRange(out, r * 16, (r + 1) * 16);
            assertArrayEquals(expected, got, TOL);
        }
    }

    @Test
    void rejectsWrongStateSizeAndSmallBuffers() {
        Circuit c = Circuit.builder(2).add(Gate.H, 0).build();
        assertThrows(IllegalArgumentException.class, () -> engine.apply(c, new double[4]));
        ZZFeatureMap map = new ZZFeatureMap(2, 1, Entanglement.LINEAR);
        assertThrows(IllegalArgumentException.class,
                () -> engine.prepareStates(map, new double[][] {{1, 2}, {3, 4}}, new double[8]));
        assertThrows(IllegalArgumentException.class,
                () -> engine.prepareStates(map, new double[][] {{1, Double.NaN}}, new double[8]));
    }

    /** Random gates of every kind, with random qubits and angles, plus the CX P CX pattern the engine fuses. */
    public static Circuit randomCircuit(int n, int length, SplittableRandom rnd) {
        Circuit.Builder b = Circuit.builder(n);
        Gate[] gates = java.util.Arrays.stream(Gate.values()).filter(g -> g.arity() <= n).toArray(Gate[]::new);
        for (int k = 0; k < length; k++) {
            Gate g = gates[rnd.nextInt(gates.length)];
            int[] qubits = distinctQubits(n, g.arity(), rnd);
            double[] params = new double[g.numParams()];
            for (int i = 0; i < params.length; i++) {
                params[i] = rnd.nextDouble(-2 * Math.PI, 2 * Math.PI);
            }
            b.add(new io.hqml.quantum.circuit.Operation(g, qubits, params));
            if (n >= 2 && rnd.nextInt(6) == 0) {
                int[] q = distinctQubits(n, 2, rnd);
                b.add(Gate.CX, q[0], q[1]).add(Gate.P, rnd.nextDouble(-3, 3), q[1]).add(Gate.CX, q[0], q[1]);
            }
        }
        return b.build();
    }

    static int[] distinctQubits(int n, int k, SplittableRandom rnd) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }
}
