package io.hqml.quantum.noise;

import static io.hqml.quantum.density.DensityTestSupport.applyKrausDense;
import static io.hqml.quantum.density.DensityTestSupport.assertValidState;
import static io.hqml.quantum.density.DensityTestSupport.randomMixedState;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.density.DensityMatrixEngine;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ChannelsTest {
    private static final double TOL = 1e-12;
    private final DensityMatrixEngine engine = new DensityMatrixEngine();

    private double[] plus() {
        return engine.run(Circuit.builder(1).add(Gate.H, 0).build(), NoiseModel.ideal());
    }

    private double[] one() {
        return engine.run(Circuit.builder(1).add(Gate.X, 0).build(), NoiseModel.ideal());
    }

    @Test
    void depolarizingOnZeroGivesClosedForm() {
        for (double p : new double[] {0, 0.01, 0.3, 1, 4.0 / 3}) {
            double[] rho = engine.initialState(1);
            new Depolarizing(p).apply(rho, 1, 0);
            assertArrayEquals(new double[] {1 - p / 2, 0, 0, 0, 0, 0, p / 2, 0}, rho, TOL, "p=" + p);
        }
    }

    @Test
    void twoQubitDepolarizingMixesThePairTowardsIdentityOverFour() {
        SplittableRandom rnd = new SplittableRandom(5);
        double p = 0.37;
        double[] rho = randomMixedState(2, rnd);
        double[] expected = rho.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] *= 1 - p;
        }
        for (int b = 0; b < 4; b++) {
            expected[2 * (b * 4 + b)] += p / 4;
        }
        new Depolarizing(p, 2).apply(rho, 2, 1, 0);
        assertArrayEquals(expected, rho, TOL);
    }

    @Test
    void amplitudeDampingOnOneGivesClosedForm() {
        double gamma = 0.23;
        double[] rho = one();
        new AmplitudeDamping(gamma).apply(rho, 1, 0);
        assertArrayEquals(new double[] {gamma, 0, 0, 0, 0, 0, 1 - gamma, 0}, rho, TOL);
    }

    @Test
    void phaseDampingScalesCoherencesOfPlus() {
        double lambda = 0.4;
        double[] rho = plus();
        new PhaseDamping(lambda).apply(rho, 1, 0);
        double c = 0.5 * Math.sqrt(1 - lambda);
        assertArrayEquals(new double[] {0.5, 0, c, 0, c, 0, 0.5, 0}, rho, TOL);
    }

    @Test
    void thermalRelaxationOfPlusDecaysPopulationsWithT1AndCoherenceWithT2() {
        double[][] cases = {{100, 80, 30}, {50, 100, 20}, {70, 20, 15}, {Double.POSITIVE_INFINITY, 40, 10}, {60, 60, 0}};
        for (double[] c : cases) {
            double t1 = c[0], t2 = c[1], t = c[2];
            double[] rho = plus();
            ThermalRelaxation ch = new ThermalRelaxation(t1, t2, t);
            ch.apply(rho, 1, 0);
            double excited = 0.5 * Math.exp(-t / t1);
            assertEquals(excited, rho[6], TOL);
            assertEquals(1 - excited, rho[0], TOL);
            assertEquals(0.5 * Math.exp(-t / t2), Math.hypot(rho[2], rho[3]), TOL);
            assertEquals(1 - Math.exp(-t / t1), ch.gamma(), TOL);
            assertTrue(ch.lambda() >= 0);
        }
    }

    @Test
    void everyChannelOnAnyQubitEqualsDenseKrausSumAndKeepsStateValid() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<KrausChannel> one = List.of(new Depolarizing(0.2), new AmplitudeDamping(0.3), new PhaseDamping(0.6),
                new ThermalRelaxation(90, 70, 25), new ThermalRelaxation(40, 80, 60));
        int n = 3;
        for (KrausChannel ch : one) {
            for (int q = 0; q < n; q++) {
                double[] rho = randomMixedState(n, rnd);
                double[] expected = applyKrausDense(ch.krausOperators(), rho, n, q);
                ch.apply(rho, n, q);
                assertArrayEquals(expected, rho, TOL, ch + " on qubit " + q);
                assertValidState(rho, n, TOL);
            }
        }
        Depolarizing two = new Depolarizing(0.9, 2);
        int[][] pairs = {{0, 1}, {1, 0}, {2, 0}, {1, 2}};
        for (int[] pair : pairs) {
            double[] rho = randomMixedState(n, rnd);
            double[] expected = applyKrausDense(two.krausOperators(), rho, n, pair);
            two.apply(rho, n, pair);
            assertArrayEquals(expected, rho, TOL, "pair " + pair[0] + "," + pair[1]);
            assertValidState(rho, n, TOL);
        }
    }

    @Test
    void readoutErrorAppliesConfusionMatrix() {
        ReadoutError e = new ReadoutError(0.1, 0.03);
        double[] zero = {1, 0};
        e.apply(zero, 0);
        assertArrayEquals(new double[] {0.97, 0.03}, zero, TOL);
        double[] oneState = {0, 1};
        e.apply(oneState, 0);
        assertArrayEquals(new double[] {0.1, 0.9}, oneState, TOL);
        // two qubits, error on qubit 1 only: outcomes 0b00, 0b01, 0b10, 0b11
        double[] p = {0.4, 0.1, 0.2, 0.3};
        e.apply(p, 1);
        assertArrayEquals(new double[] {0.4 * 0.97 + 0.2 * 0.1, 0.1 * 0.97 + 0.3 * 0.1,
            0.4 * 0.03 + 0.2 * 0.9, 0.1 * 0.03 + 0.3 * 0.9}, p, TOL);
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], TOL);
        assertEquals(new ReadoutError(0.05, 0.05), ReadoutError.symmetric(0.05));
        assertThrows(IllegalArgumentException.class, () -> e.apply(new double[4], 2));
    }

    @Test
    void invalidParametersAreRejectedWithTheValue() {
        assertMessage(() -> new Depolarizing(-0.1), "-0.1");
        assertMessage(() -> new Depolarizing(1.4), "1.4");
        assertMessage(() -> new Depolarizing(1.1, 2), "1.1");
        assertMessage(() -> new Depolarizing(0.1, 3), "3");
        assertMessage(() -> new Depolarizing(Double.NaN), "NaN");
        assertMessage(() -> new AmplitudeDamping(1.5), "1.5");
        assertMessage(() -> new PhaseDamping(-0.2), "-0.2");
        assertMessage(() -> new ThermalRelaxation(0, 10, 1), "T1 = 0");
        assertMessage(() -> new ThermalRelaxation(10, -1, 1), "T2 = -1");
        assertMessage(() -> new ThermalRelaxation(10, 25, 1), "2 * T1");
        assertMessage(() -> new ThermalRelaxation(10, 15, -3), "-3");
        assertMessage(() -> new ReadoutError(1.2, 0), "1.2");
        assertMessage(() -> new ReadoutError(0, -0.5), "-0.5");
        assertMessage(() -> new Depolarizing(0.1).apply(new double[8], 1, 1), "qubit 1");
        assertMessage(() -> new Depolarizing(0.1, 2).apply(new double[32], 2, 0, 0), "twice");
        assertMessage(() -> new Depolarizing(0.1).apply(new double[8], 2, 0), "2 * 4^2");
    }

    private static void assertMessage(Executable e, String fragment) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), ex.getMessage());
    }
}
