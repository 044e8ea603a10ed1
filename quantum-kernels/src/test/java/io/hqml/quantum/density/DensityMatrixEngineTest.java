package io.hqml.quantum.density;

import static io.hqml.quantum.density.DensityTestSupport.assertValidState;
import static io.hqml.quantum.density.DensityTestSupport.outer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.JavaStatevectorEngineTest;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.engine.StateMeasurements;
import io.hqml.quantum.noise.NoiseModel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DensityMatrixEngineTest {
    private static final double TOL = 1e-12;
    private final DensityMatrixEngine engine = new DensityMatrixEngine();
    private final JavaStatevectorEngine sv = new JavaStatevectorEngine();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void noiselessRunEqualsOuterProductOfStatevector(int n) {
        SplittableRandom rnd = new SplittableRandom(500 + n);
        for (int trial = 0; trial < 10; trial++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 30, rnd);
            double[] expected = outer(sv.run(c));
            double[] rho = engine.initialState(n);
            engine.apply(c, rho);
            assertArrayEquals(expected, rho, TOL, c::toString);
            assertArrayEquals(expected, engine.run(c, NoiseModel.ideal()), TOL);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void expectationsTraceHermiticityAndPositivityMatchStatevector(int n) {
        SplittableRandom rnd = new SplittableRandom(900 + n);
        for (int trial = 0; trial < 5; trial++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 25, rnd);
            double[] psi = sv.run(c);
            double[] rho = engine.run(c, NoiseModel.ideal());
            assertValidState(rho, n, TOL);
            for (int k = 0; k < 20; k++) {
                PauliString p = new PauliString(n, rnd.nextInt(1 << n), rnd.nextInt(1 << n));
                assertEquals(sv.expectation(psi, n, p), engine.expectation(rho, n, p), TOL, p::label);
            }
            assertArrayEquals(StateMeasurements.probabilities(psi, 0, n), engine.probabilities(rho, n), TOL);
            assertEquals(1.0, DensityMatrixEngine.fidelity(rho, n, psi), TOL);
        }
    }

    @Test
    void expectationOfKnownStates() {
        // |+> : <X> = 1, <Z> = 0; S|+> = |+i> : <Y> = 1
        double[] rho = engine.run(Circuit.builder(1).add(Gate.H, 0).build(), NoiseModel.ideal());
        assertEquals(1.0, engine.expectation(rho, 1, PauliString.parse("X")), TOL);
        assertEquals(0.0, engine.expectation(rho, 1, PauliString.parse("Z")), TOL);
        rho = engine.run(Circuit.builder(1).add(Gate.H, 0).add(Gate.S, 0).build(), NoiseModel.ideal());
        assertEquals(1.0, engine.expectation(rho, 1, PauliString.parse("Y")), TOL);
        // Bell state: <ZZ> = <XX> = 1, <YY> = -1
        rho = engine.run(Circuit.builder(2).add(Gate.H, 0).add(Gate.CX, 0, 1).build(), NoiseModel.ideal());
        assertEquals(1.0, engine.expectation(rho, 2, PauliString.parse("ZZ")), TOL);
        assertEquals(1.0, engine.expectation(rho, 2, PauliString.parse("XX")), TOL);
        assertEquals(-1.0, engine.expectation(rho, 2, PauliString.parse("YY")), TOL);
    }

    @Test
    void gatesOnMixedStatesMatchDenseConjugation() {
        SplittableRandom rnd = new SplittableRandom(77);
        for (int trial = 0; trial < 10; trial++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(3, 10, rnd);
            double[] rho = DensityTestSupport.randomMixedState(3, rnd);
            double[] expected = rho.clone();
            for (var op : c.operations()) {
                double[] u = DensityTestSupport.embed(io.hqml.quantum.circuit.GateMatrices.of(op), 3, op.qubits());
                expected = DensityTestSupport.multiply(DensityTestSupport.multiply(u, expected, 8),
                        DensityTestSupport.dagger(u, 8), 8);
            }
            engine.apply(c, rho);
            assertArrayEquals(expected, rho, TOL);
        }
    }

    @Test
    void initialStateNameAndSampling() {
        assertEquals("java-density-matrix", engine.name());
        double[] rho = engine.initialState(2);
        assertEquals(32, rho.length);
        assertEquals(1.0, rho[0]);
        assertEquals(1.0, DensityMatrixEngine.trace(rho, 2));
        double[] p = engine.probabilities(engine.run(Circuit.builder(2).add(Gate.H, 0).add(Gate.CX, 0, 1).build(),
                NoiseModel.ideal()), 2);
        long[] a = engine.sample(p, 1000, 42);
        assertArrayEquals(a, engine.sample(p, 1000, 42));
        assertArrayEquals(StateMeasurements.sample(p, 1000, 42), a);
        long[] counts = StateMeasurements.counts(a, 2);
        assertEquals(0, counts[1] + counts[2]);
        assertTrue(counts[0] > 400 && counts[3] > 400);
    }

    @Test
    void refusesTooManyQubitsAndWrongSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.initialState(15));
        assertTrue(e.getMessage().contains("1..14"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.initialState(0));
        Circuit c = Circuit.builder(2).add(Gate.H, 0).build();
        assertThrows(IllegalArgumentException.class, () -> engine.apply(c, new double[8]));
        assertThrows(IllegalArgumentException.class, () -> engine.expectation(engine.initialState(2), 2, PauliString.parse("Z")));
        assertThrows(IllegalArgumentException.class, () -> engine.probabilities(new double[32], 3));
        Circuit big = Circuit.builder(15).add(Gate.H, 0).build();
        assertThrows(IllegalArgumentException.class, () -> engine.run(big, NoiseModel.ideal()));
    }
}
