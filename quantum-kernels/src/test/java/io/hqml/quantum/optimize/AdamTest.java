package io.hqml.quantum.optimize;

import static io.hqml.quantum.optimize.TestFunctions.QUADRATIC;
import static io.hqml.quantum.optimize.TestFunctions.QUADRATIC_GRADIENT;
import static io.hqml.quantum.optimize.TestFunctions.ROSENBROCK;
import static io.hqml.quantum.optimize.TestFunctions.ROSENBROCK_GRADIENT;
import static io.hqml.quantum.optimize.TestFunctions.ROSENBROCK_START;
import static io.hqml.quantum.optimize.TestFunctions.TARGET;
import static io.hqml.quantum.optimize.TestFunctions.assertHistoryIsBestSoFar;
import static io.hqml.quantum.optimize.TestFunctions.distance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdamTest {

    private static final double[] ONES = {1, 1};

    @Test
    void minimisesAConvexQuadraticWithExactAndFiniteDifferenceGradients() {
        // Budget 3000 iterations at lr 0.05; stop at gradient norm 1e-8, which on this quadratic (curvatures 2..8)
        // bounds the distance to the minimum by 1e-8 / 2.
        Adam.Options o = new Adam.Options(0.05, 0.9, 0.999, 1e-8, 3000, 1e-8, 1e-5);
        for (Adam adam : new Adam[] {new Adam(o, QUADRATIC_GRADIENT), new Adam(o)}) {
            OptimizationResult r = adam.minimize(QUADRATIC, new double[4]);
            assertTrue(r.converged(), adam.describe() + " " + r);
            assertTrue(distance(r.x(), TARGET) < 1e-6, r.toString());
            assertHistoryIsBestSoFar(r);
        }
    }

    @Test
    void minimisesRosenbrockToOneEMinus4WithinFiveThousandIterations() {
        Adam.Options o = Adam.Options.defaults().withLearningRate(0.02).withMaxIterations(5000);
        for (Adam adam : new Adam[] {new Adam(o, ROSENBROCK_GRADIENT), new Adam(o)}) {
            OptimizationResult r = adam.minimize(ROSENBROCK, ROSENBROCK_START);
            assertTrue(r.converged(), adam.describe() + " " + r);
            assertTrue(distance(r.x(), ONES) < 1e-4, r.toString());
            assertTrue(r.value() < 1e-8, r.toString());
            assertHistoryIsBestSoFar(r);
        }
    }

    @Test
    void finiteDifferencesCostTwoNEvaluationsPerStepPlusOneForTheIterate() {
        // Tolerance 0 disables the stopping test, so exactly maxIterations steps run: 1 + (2n + 1) * 50.
        Adam.Options o = new Adam.Options(0.01, 0.9, 0.999, 1e-8, 50, 0, 1e-5);
        OptimizationResult fd = new Adam(o).minimize(QUADRATIC, new double[4]);
        assertEquals(50, fd.iterations());
        assertEquals(1 + (2 * 4 + 1) * 50, fd.evaluations());
        OptimizationResult exact = new Adam(o, QUADRATIC_GRADIENT).minimize(QUADRATIC, new double[4]);
        assertEquals(1 + 50, exact.evaluations());
    }

    @Test
    void firstStepMovesEveryCoordinateByTheLearningRate() {
        // With bias correction m_hat = g and v_hat = g^2 at t = 1, so each coordinate moves by lr (up to eps).
        Adam adam = new Adam(Adam.Options.defaults().withLearningRate(0.1).withMaxIterations(1), QUADRATIC_GRADIENT);
        OptimizationResult r = adam.minimize(QUADRATIC, new double[4]);
        assertArrayEquals(new double[] {0.1, -0.1, 0.1, 0.1}, r.x(), 1e-9);
    }

    @Test
    void isDeterministicAndLeavesTheStartUntouched() {
        double[] x0 = ROSENBROCK_START.clone();
        Adam adam = new Adam(Adam.Options.defaults().withLearningRate(0.02));
        OptimizationResult a = adam.minimize(ROSENBROCK, x0);
        assertEquals(a, adam.minimize(ROSENBROCK, x0));
        assertArrayEquals(ROSENBROCK_START, x0, 0.0);
    }

    @Test
    void stopsAtOnceAtAStationaryStart() {
        OptimizationResult r = new Adam(Adam.Options.defaults(), QUADRATIC_GRADIENT).minimize(QUADRATIC, TARGET);
        assertTrue(r.converged());
        assertEquals(0, r.iterations());
        assertEquals(0.0, r.value(), 0.0);
    }

    @Test
    void rejectsNonFiniteGradientsAndWrongLengths() {
        Adam adam = new Adam(Adam.Options.defaults(), x -> new double[] {Double.NaN});
        assertThrows(IllegalArgumentException.class, () -> adam.minimize(x -> x[0], new double[1]));
        Adam shortGradient = new Adam(Adam.Options.defaults(), x -> new double[1]);
        assertThrows(IllegalArgumentException.class, () -> shortGradient.minimize(QUADRATIC, new double[4]));
    }

    @Test
    void optionsRejectBadValuesNamingThemAndTheFix() {
        Adam.Options d = Adam.Options.defaults();
        assertEquals(new Adam.Options(0.001, 0.9, 0.999, 1e-8, 1000, 1e-6, 1e-5), d);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withLearningRate(-0.5));
        assertTrue(e.getMessage().contains("-0.5") && e.getMessage().contains("pass e.g."), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> d.withLearningRate(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> new Adam.Options(0.1, 1.0, 0.999, 1e-8, 10, 0, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> new Adam.Options(0.1, 0.9, -0.1, 1e-8, 10, 0, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> new Adam.Options(0.1, 0.9, 0.999, 0, 10, 0, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> new Adam.Options(0.1, 0.9, 0.999, 1e-8, 10, -1, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> new Adam.Options(0.1, 0.9, 0.999, 1e-8, 10, 0, 0));
        assertThrows(NullPointerException.class, () -> new Adam(null));
        assertThrows(NullPointerException.class, () -> new Adam(d, null));
    }

    @Test
    void describeNamesTheGradientSource() {
        assertTrue(new Adam(Adam.Options.defaults()).describe().contains("central differences h=1.0E-5"));
        assertTrue(new Adam(Adam.Options.defaults(), QUADRATIC_GRADIENT).describe().contains("supplied"));
    }
}
