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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    @Test
    void minimisesAConvexQuadraticToOneEMinus6() {
        OptimizationResult r = new NelderMead(NelderMead.Options.defaults()).minimize(QUADRATIC, new double[4]);
        assertTrue(r.converged(), r.toString());
        assertTrue(distance(r.x(), TARGET) < 1e-6, r.toString());
        assertHistoryIsBestSoFar(r);
    }

    @Test
    void minimisesRosenbrockToOneEMinus4WithinOneThousandEvaluations() {
        NelderMead nm = new NelderMead(new NelderMead.Options(0.1, 1e-8, 1e-12, 1000));
        OptimizationResult r = nm.minimize(ROSENBROCK, ROSENBROCK_START);
        assertTrue(r.converged(), r.toString());
        assertTrue(distance(r.x(), new double[] {1, 1}) < 1e-4, r.toString());
        assertTrue(r.evaluations() <= 1000);
        assertHistoryIsBestSoFar(r);
    }

    @Test
    void firstIterationOnALineReflectsAndExpands() {
        // f(x) = x from x0 = 0 with step 1: vertices 0 (f 0) and 1 (f 1); centroid 0; reflection -1 beats the best,
        // so expansion to -2 is tried and kept: four evaluations, 0 and 1 for the simplex, -1 and -2 for the step.
        // Budget 5 admits exactly one iteration, whose worst case (n + 2 = 3) fits after the simplex's two.
        NelderMead nm = new NelderMead(new NelderMead.Options(1, 0, 0, 5));
        OptimizationResult r = nm.minimize(x -> x[0], new double[1]);
        assertArrayEquals(new double[] {-2}, r.x(), 0.0);
        assertEquals(1, r.iterations());
        assertEquals(4, r.evaluations());
        assertFalse(r.converged());
    }

    @Test
    void neverExceedsTheEvaluationBudget() {
        for (int budget = 3; budget <= 60; budget++) {
            OptimizationResult r = new NelderMead(new NelderMead.Options(0.1, 0, 0, budget))
                    .minimize(ROSENBROCK, ROSENBROCK_START);
            assertTrue(r.evaluations() <= budget, budget + " " + r);
            assertTrue(r.evaluations() > budget - 4, "stopped early: " + budget + " " + r);
            assertFalse(r.converged());
            assertHistoryIsBestSoFar(r);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new NelderMead(new NelderMead.Options(0.1, 0, 0, 4)).minimize(QUADRATIC, new double[4]));
    }

    @Test
    void isDeterministicAndLeavesTheStartUntouched() {
        double[] x0 = ROSENBROCK_START.clone();
        NelderMead nm = new NelderMead(NelderMead.Options.defaults());
        assertEquals(nm.minimize(ROSENBROCK, x0), nm.minimize(ROSENBROCK, x0));
        assertArrayEquals(ROSENBROCK_START, x0, 0.0);
    }

    @Test
    void treatsInfinityAsAPenalty() {
        // Infeasible for x < 0.5: the minimum of (x - 1)^2 is still found from a feasible start.
        Objective constrained = x -> x[0] < 0.5 ? Double.POSITIVE_INFINITY : (x[0] - 1) * (x[0] - 1);
        OptimizationResult r = new NelderMead(NelderMead.Options.defaults()).minimize(constrained, new double[] {3});
        assertEquals(1, r.x()[0], 1e-6);
    }

    @Test
    void optionsRejectBadValuesNamingThemAndTheFix() {
        assertEquals(new NelderMead.Options(0.1, 1e-8, 1e-12, 10_000), NelderMead.Options.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NelderMead.Options(0, 1e-8, 1e-12, 100));
        assertTrue(e.getMessage().contains("initialStep") && e.getMessage().contains("pass e.g."), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NelderMead.Options(Double.NaN, 1e-8, 1e-12, 100));
        assertThrows(IllegalArgumentException.class, () -> new NelderMead.Options(0.1, -1, 1e-12, 100));
        assertThrows(IllegalArgumentException.class, () -> new NelderMead.Options(0.1, 1e-8, Double.NaN, 100));
        assertThrows(IllegalArgumentException.class, () -> new NelderMead.Options(0.1, 1e-8, 1e-12, 0));
        assertThrows(NullPointerException.class, () -> new NelderMead(null));
        assertTrue(new NelderMead(NelderMead.Options.defaults()).describe().contains("expansion=2"));
    }
}
