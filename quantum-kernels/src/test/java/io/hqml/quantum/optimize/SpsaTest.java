package io.hqml.quantum.optimize;

import static io.hqml.quantum.optimize.TestFunctions.QUADRATIC;
import static io.hqml.quantum.optimize.TestFunctions.ROSENBROCK;
import static io.hqml.quantum.optimize.TestFunctions.ROSENBROCK_START;
import static io.hqml.quantum.optimize.TestFunctions.TARGET;
import static io.hqml.quantum.optimize.TestFunctions.assertHistoryIsBestSoFar;
import static io.hqml.quantum.optimize.TestFunctions.distance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpsaTest {

    @Test
    void minimisesANoiseFreeQuadraticToOneEMinus3InFiveHundredIterations() {
        // Defaults (calibrated a, c = 0.2, A = 50): seeds 1..5 all get within 1.4e-4; 1e-3 is the stated bound.
        for (long seed = 1; seed <= 5; seed++) {
            OptimizationResult r = new Spsa(Spsa.Options.defaults(500, seed)).minimize(QUADRATIC, new double[4]);
            assertTrue(distance(r.x(), TARGET) < 1e-3, "seed " + seed + ": " + r);
            assertFalse(r.converged());
            assertEquals(500, r.iterations());
            assertEquals(1 + 2 * 25 + 3 * 500, r.evaluations());
            assertHistoryIsBestSoFar(r);
        }
    }

    @Test
    void approachesTheRosenbrockMinimumToOneTenthInFiftyThousandIterations() {
        // Rosenbrock's curved valley is hard for SPSA: a gentler first step (0.1) and smaller c than the defaults.
        for (long seed = 1; seed <= 3; seed++) {
            Spsa.Options o = new Spsa.Options(50_000, 0.01, 0.05, 0.602, 0.101, 5000, 0.1, 25, seed);
            OptimizationResult r = new Spsa(o).minimize(ROSENBROCK, ROSENBROCK_START);
            assertTrue(distance(r.x(), new double[] {1, 1}) < 0.1, "seed " + seed + ": " + r);
            assertHistoryIsBestSoFar(r);
        }
    }

    @Test
    void stillImprovesANoisyObjective() {
        // Gaussian noise of standard deviation 0.1 from a seeded stream, on a quadratic that starts at 45.75. The
        // bound is loose on purpose: over 30 noise/SPSA seed pairs tried, the worst true final value was 0.13.
        SplittableRandom noise = new SplittableRandom(7);
        Objective noisy = x -> QUADRATIC.value(x) + 0.1 * noise.nextGaussian();
        OptimizationResult r = new Spsa(Spsa.Options.defaults(300, 11)).minimize(noisy, new double[4]);
        double trueStart = QUADRATIC.value(new double[4]);
        assertTrue(QUADRATIC.value(r.x()) < 0.01 * trueStart, r + " true value " + QUADRATIC.value(r.x()));
        assertTrue(distance(r.x(), TARGET) < 0.5, r.toString());
        assertHistoryIsBestSoFar(r);
    }

    @Test
    void sameSeedIsBitIdenticalAndAnotherSeedTakesAnotherPath() {
        Spsa.Options o = Spsa.Options.defaults(200, 42);
        OptimizationResult a = new Spsa(o).minimize(QUADRATIC, new double[4]);
        assertEquals(a, new Spsa(o).minimize(QUADRATIC, new double[4]));
        Spsa reused = new Spsa(o);
        assertEquals(reused.minimize(QUADRATIC, new double[4]), reused.minimize(QUADRATIC, new double[4]));
        OptimizationResult b = new Spsa(o.withSeed(43)).minimize(QUADRATIC, new double[4]);
        assertNotEquals(a.history(), b.history());
        assertFalse(java.util.Arrays.equals(a.x(), b.x()));
    }

    @Test
    void calibrationMakesTheFirstStepTheTargetMagnitude() {
        // f(x) = 3x: every perturbation measures slope 3, so a = target (1 + A)^alpha / 3 and the first step moves x
        // by exactly a_0 * 3 = target, whatever A is (here A = 0.1).
        Objective linear = x -> 3 * x[0];
        Spsa spsa = new Spsa(Spsa.Options.defaults(1, 5));
        double target = 2 * Math.PI / 10;
        assertEquals(target * Math.pow(1.1, 0.602) / 3, spsa.calibratedGain(linear, new double[1]), 1e-12);
        OptimizationResult r = spsa.minimize(linear, new double[1]);
        assertArrayEquals(new double[] {-target}, r.x(), 1e-12);
        assertEquals(1 + 2 * 25 + 3, r.evaluations());
    }

    @Test
    void calibrationFallsBackToTheGivenGainOnAFlatObjective() {
        Spsa.Options o = Spsa.Options.defaults(10, 1);
        assertEquals(o.a(), new Spsa(o).calibratedGain(x -> 1.0, new double[3]), 0.0);
        assertEquals(0.25, new Spsa(o.withGain(0.25)).calibratedGain(QUADRATIC, new double[4]), 0.0);
    }

    @Test
    void defaultsFollowSpallAndQiskit() {
        Spsa.Options d = Spsa.Options.defaults(9);
        assertEquals(new Spsa.Options(100, 2 * Math.PI / 10, 0.2, 0.602, 0.101, 10, 2 * Math.PI / 10, 25, 9), d);
        assertEquals(300, Spsa.Options.defaults(3000, 9).stabilityConstant(), 0.0);
        assertTrue(new Spsa(d).describe().contains("seed=9"));
    }

    @Test
    void optionsRejectBadValuesNamingThemAndTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Spsa.Options(100, 0.1, -0.2, 0.602, 0.101, 10, 0, 25, 1));
        assertTrue(e.getMessage().startsWith("c must be") && e.getMessage().contains("-0.2")
                && e.getMessage().contains("pass"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(0, 0.1, 0.2, 0.602, 0.101, 10, 0, 25, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(10, 0, 0.2, 0.602, 0.101, 10, 0, 25, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Spsa.Options(10, Double.NaN, 0.2, 0.602, 0.101, 10, 0, 25, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(10, 0.1, 0.2, 1.5, 0.101, 10, 0, 25, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(10, 0.1, 0.2, 0.602, 0, 10, 0, 25, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(10, 0.1, 0.2, 0.602, 0.101, -1, 0, 25, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(10, 0.1, 0.2, 0.602, 0.101, 1, -1, 25, 1));
        assertThrows(IllegalArgumentException.class, () -> new Spsa.Options(10, 0.1, 0.2, 0.602, 0.101, 1, 0.5, 0, 1));
        assertThrows(NullPointerException.class, () -> new Spsa(null));
    }

    @Test
    void rejectsBadStartsAndNaNObjectives() {
        Spsa spsa = new Spsa(Spsa.Options.defaults(10, 1));
        assertThrows(IllegalArgumentException.class, () -> spsa.minimize(QUADRATIC, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> spsa.minimize(QUADRATIC, new double[] {0, Double.NaN}));
        assertThrows(NullPointerException.class, () -> spsa.minimize(QUADRATIC, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spsa.minimize(x -> Double.NaN, new double[2]));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }
}
