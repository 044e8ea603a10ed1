package io.hqml.quantum.qasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.JavaStatevectorEngineTest;
import io.hqml.quantum.featuremap.AngleFeatureMap;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export then import: exact for bound circuits (bar Braket's decomposed CR*), state-equal for templates. */
class QasmRoundTripTest {
    private static final double TOL = 1e-12;
    private static final EnumSet<Gate> CONTROLLED_ROTATIONS = EnumSet.of(Gate.CRX, Gate.CRY, Gate.CRZ);
    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();

    /** One gate on random distinct qubits of 4, random angles in (-2pi, 2pi), tiny, huge and pi included. */
    private static Circuit single(Gate g, SplittableRandom rnd, int trial) {
        double[] params = new double[g.numParams()];
        for (int i = 0; i < params.length; i++) {
            params[i] = switch (trial) {
                case 0 -> Math.PI;
                case 1 -> -1.0e-7 * rnd.nextDouble();
                case 2 -> 3.0;
                case 3 -> 1.0e20 * rnd.nextDouble(0.5, 1);
                default -> rnd.nextDouble(-2 * Math.PI, 2 * Math.PI);
            };
        }
        int[] all = {0, 1, 2, 3};
        for (int i = 0; i < g.arity(); i++) {
            int j = i + rnd.nextInt(4 - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Circuit.builder(4).add(new Operation(g, java.util.Arrays.copyOf(all, g.arity()), params)).build();
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void everyGateRoundTripsExactlyThroughStdgates(Gate g) {
        SplittableRandom rnd = new SplittableRandom(g.ordinal() + 1);
        for (int trial = 0; trial < 20; trial++) {
            Circuit c = single(g, rnd, trial);
            String qasm = QasmExporter.export(c, QasmDialect.STDGATES);
            assertEquals(c.operations(), QasmImporter.importCircuit(qasm).operations(), qasm);
            assertEquals(c, QasmImporter.importCircuit(qasm, QasmDialect.STDGATES), qasm);
        }
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void everyGateRoundTripsThroughBraket(Gate g) {
        SplittableRandom rnd = new SplittableRandom(100 + g.ordinal());
        for (int trial = 0; trial < 20; trial++) {
            Circuit c = single(g, rnd, trial);
            String qasm = QasmExporter.export(c, QasmDialect.BRAKET);
            Circuit back = QasmImporter.importCircuit(qasm);
            assertEquals(back, QasmImporter.importCircuit(qasm, QasmDialect.BRAKET));
            if (!CONTROLLED_ROTATIONS.contains(g)) {
                assertEquals(c, back, qasm);
                continue;
            }
            // Decomposed, not re-fused: component gates whose unitary equals the original exactly (no global phase).
            assertNotEquals(c, back);
            assertEquals(EnumSet.noneOf(Gate.class), EnumSet.copyOf(back.gateCounts().keySet()).stream()
                    .filter(x -> !EnumSet.of(Gate.H, Gate.RY, Gate.RZ, Gate.CX).contains(x))
                    .collect(() -> EnumSet.noneOf(Gate.class), EnumSet::add, EnumSet::addAll));
            Circuit prep = JavaStatevectorEngineTest.randomCircuit(4, 15, rnd);
            double[] expected = engine.run(prep);
            double[] got = expected.clone();
            engine.apply(c, expected);
            engine.apply(back, got);
            assertArrayEquals(expected, got, TOL, qasm);
        }
    }

    @Test
    void randomCircuitsRoundTripExactlyThroughStdgates() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 10; trial++) {
                Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 60, rnd);
                String qasm = QasmExporter.export(c, QasmDialect.STDGATES);
                assertEquals(c, QasmImporter.importCircuit(qasm), qasm);
            }
        }
    }

    @Test
    void randomCircuitsThroughBraketGiveTheSameState() {
        SplittableRandom rnd = new SplittableRandom(43);
        for (int n = 1; n <= 5; n++) {
            for (int trial = 0; trial < 10; trial++) {
                Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 60, rnd);
                String qasm = QasmExporter.export(c, QasmDialect.BRAKET);
                assertArrayEquals(engine.run(c), engine.run(QasmImporter.importCircuit(qasm)), TOL, qasm);
            }
        }
    }

    @Test
    void featureMapTemplatesImportToTheSameStates() {
        List<FeatureMap> maps = List.of(new ZZFeatureMap(3, 2, Entanglement.FULL), new ZZFeatureMap(4, 1, Entanglement.CIRCULAR),
                new ZZFeatureMap(2, 3, Entanglement.LINEAR), new AngleFeatureMap(3, 2, AngleFeatureMap.Rotation.RX),
                new AngleFeatureMap(2, 1, AngleFeatureMap.Rotation.RY));
        SplittableRandom rnd = new SplittableRandom(5);
        for (FeatureMap map : maps) {
            for (QasmDialect d : QasmDialect.values()) {
                String qasm = QasmExporter.export(map.template(), d);
                CircuitTemplate back = QasmImporter.importTemplate(qasm);
                assertEquals(map.template().numQubits(), back.numQubits());
                assertEquals(map.template().numFeatures(), back.numFeatures(), qasm);
                assertEquals(map.template().ops().size(), back.ops().size());
                for (int trial = 0; trial < 10; trial++) {
                    double[] x = new double[map.numFeatures()];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = rnd.nextDouble(-Math.PI, 2 * Math.PI);
                    }
                    assertArrayEquals(engine.run(map.circuit(x)), engine.run(back.bind(x)), TOL, map.describe() + " " + d);
                }
            }
        }
    }

    @Test
    void templatesWithThetasAndAwkwardExpressionsRoundTrip() {
        ParamExpr x0 = ParamExpr.x(0), x1 = ParamExpr.x(1), t0 = ParamExpr.theta(0), t1 = ParamExpr.theta(1);
        CircuitTemplate t = CircuitTemplate.builder(3)
                .add(Gate.RX, x0.times(-2.5), 0)
                .add(Gate.RY, x1.times(ParamExpr.constant(-1e-5)).minus(t0.negate()), 1)
                .add(Gate.CRX, t1.times(x0.plus(ParamExpr.constant(-3))), 0, 2)
                .add(Gate.U, new ParamExpr[] {t0.negate().times(x1), ParamExpr.pi().minus(x0).times(ParamExpr.pi().minus(x1)),
                        ParamExpr.constant(0.1).times(t1).times(x0.times(x1))}, 2)
                .add(Gate.RZZ, x1.times(t1).negate().negate(), 2, 1)
                .add(Gate.CRY, t0.times(0.75), 1, 0)
                .build();
        SplittableRandom rnd = new SplittableRandom(11);
        for (QasmDialect d : QasmDialect.values()) {
            String qasm = QasmExporter.export(t, d);
            CircuitTemplate back = QasmImporter.importTemplate(qasm);
            assertEquals(2, back.numFeatures());
            assertEquals(2, back.numThetas());
            for (int trial = 0; trial < 10; trial++) {
                double[] x = {rnd.nextDouble(-3, 3), rnd.nextDouble(-3, 3)};
                double[] theta = {rnd.nextDouble(-3, 3), rnd.nextDouble(-3, 3)};
                assertArrayEquals(engine.run(t.bind(x, theta)), engine.run(back.bind(x, theta)), TOL, qasm);
            }
        }
    }
}
