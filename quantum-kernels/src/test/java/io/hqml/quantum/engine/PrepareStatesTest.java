package io.hqml.quantum.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.IqpFeatureMap;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code prepareStates}' shortcuts from |0...0> (the sum-of-products state across a cut, the phase fill with
 * absorbed Hadamards, the fused H + diagonal blocks) against the dense reference on few qubits, and against
 * one plain kernel per gate (themselves checked against the dense reference) on sizes where the cut, the
 * cache blocks and the high-qubit passes all come into play.
 */
class PrepareStatesTest {
    private static final double TOL = 1e-12;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void zzMapsMatchTheDenseReference(int n) {
        SplittableRandom rnd = new SplittableRandom(40 + n);
        for (Entanglement e : Entanglement.values()) {
            for (int reps = 1; reps <= 3; reps++) {
                ZZFeatureMap map = new ZZFeatureMap(n, reps, e);
                double[] x = features(n, rnd);
                double[] got = new double[2 << n];
                new JavaStatevectorEngine().prepareStates(map, new double[][] {x}, got);
                assertArrayEquals(DenseReference.run(map.circuit(x)), got, TOL, e + " reps " + reps);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 11, 12, 13, 14})
    void zzMapsMatchGateByGateApplication(int n) {
        SplittableRandom rnd = new SplittableRandom(70 + n);
        for (Entanglement e : Entanglement.values()) {
            for (int reps = 1; reps <= 3; reps++) {
                ZZFeatureMap map = new ZZFeatureMap(n, reps, e);
                double[] x = features(n, rnd);
                double[] got = new double[2 << n];
                new JavaStatevectorEngine().prepareStates(map, new double[][] {x}, got);
                assertArrayEquals(gateByGate(map.circuit(x)), got, TOL, e + " reps " + reps);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 19})
    void chainZzMapsOnLargerStatesMatchGateByGateApplication(int n) {
        SplittableRandom rnd = new SplittableRandom(90 + n);
        for (Entanglement e : new Entanglement[] {Entanglement.LINEAR, Entanglement.CIRCULAR}) {
            ZZFeatureMap map = new ZZFeatureMap(n, 2, e);
            double[] x = features(n, rnd);
            double[] got = new double[2 << n];
            new JavaStatevectorEngine().prepareStates(map, new double[][] {x}, got);
            assertArrayEquals(gateByGate(map.circuit(x)), got, TOL, e.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 12, 15})
    void aBlockOfRowsIsWrittenRowByRow(int n) {
        SplittableRandom rnd = new SplittableRandom(5 + n);
        JavaStatevectorEngine engine = new JavaStatevectorEngine();
        for (Entanglement e : new Entanglement[] {Entanglement.LINEAR, Entanglement.FULL}) {
            ZZFeatureMap map = new ZZFeatureMap(n, 2, e);
            double[][] rows = new double[3][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = features(n, rnd);
            }
            double[] block = new double[rows.length * (2 << n)];
            Arrays.fill(block, Double.NaN); // stale content must not leak into any row
            engine.prepareStates(map, rows, block);
            for (int r = 0; r < rows.length; r++) {
                double[] one = new double[2 << n];
                new JavaStatevectorEngine().prepareStates(map, new double[][] {rows[r]}, one);
                assertArrayEquals(one, Arrays.copyOfRange(block, r * (2 << n), (r + 1) * (2 << n)), 0.0, "row " + r);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 10, 13})
    void templatesOfHadamardsDiagonalsAndOtherGates(int n) {
        // H on all qubits, then diagonals (single-qubit, pairs across the cut, CX P CX), partial H layers and a
        // gate that ends the shortcuts: every prefix shape the engine takes a shortcut on.
        SplittableRandom rnd = new SplittableRandom(11 + n);
        for (int trial = 0; trial < 6; trial++) {
            CircuitTemplate.Builder b = CircuitTemplate.builder(n);
            for (int q = 0; q < n; q++) {
                b.add(Gate.H, q);
            }
            int layers = 1 + rnd.nextInt(4);
            for (int l = 0; l < layers; l++) {
                for (int k = 0; k < 1 + rnd.nextInt(2 * n); k++) {
                    int[] q = JavaStatevectorEngineTest.distinctQubits(n, Math.min(2, n), rnd);
                    ParamExpr t = ParamExpr.x(rnd.nextInt(n));
                    switch (rnd.nextInt(5)) {
                        case 0 -> b.add(Gate.P, t, q[0]);
                        case 1 -> b.add(Gate.RZ, t, q[0]);
                        case 2 -> b.add(Gate.T, q[0]);
                        default -> {
                            if (n > 1) {
                                b.add(Gate.CX, q[0], q[1]).add(Gate.P, t, q[1]).add(Gate.CX, q[0], q[1]);
                            }
                        }
                    }
                }
                int mask = trial % 2 == 0 ? (1 << n) - 1 : 1 + rnd.nextInt((1 << n) - 1);
                for (int q = 0; q < n; q++) {
                    if ((mask >> q & 1) == 1) {
                        b.add(Gate.H, q);
                    }
                }
            }
            if (trial >= 3) {
                b.add(Gate.RX, ParamExpr.x(0), n - 1);
                b.add(Gate.P, ParamExpr.x(0), 0);
            }
            CircuitTemplate t = b.build();
            double[] x = features(n, rnd);
            double[] got = new double[2 << n];
            new JavaStatevectorEngine().prepareStates(t, new double[][] {x}, new double[0], got);
            assertArrayEquals(gateByGate(t.bind(x)), got, TOL, "trial " + trial);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 12})
    void iqpMapsMatchGateByGateApplication(int n) {
        IqpFeatureMap map = new IqpFeatureMap(n, 2, Entanglement.LINEAR);
        double[] x = features(n, new SplittableRandom(n));
        double[] got = new double[2 << n];
        new JavaStatevectorEngine().prepareStates(map, new double[][] {x}, got);
        assertArrayEquals(gateByGate(map.circuit(x)), got, TOL);
    }

    /** The circuit applied one plain kernel at a time (each op its own one-gate circuit). */
    static double[] gateByGate(Circuit c) {
        int n = c.numQubits();
        double[] s = new double[2 << n];
        s[0] = 1;
        JavaStatevectorEngine engine = new JavaStatevectorEngine();
        for (Operation op : c.operations()) {
            engine.apply(Circuit.builder(n).add(op).build(), s);
        }
        return s;
    }

    private static double[] features(int n, SplittableRandom rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(0, 2 * Math.PI);
        }
        return x;
    }
}
