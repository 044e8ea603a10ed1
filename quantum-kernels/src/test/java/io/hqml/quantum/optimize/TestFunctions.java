package io.hqml.quantum.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Test objectives with known minima, and shared assertions on results. */
final class TestFunctions {

    /** Minimiser of {@link #QUADRATIC}. */
    static final double[] TARGET = {1, -2, 0.5, 3};

    /** Convex, ill-conditioned 4-D quadratic {@code sum_i (i + 1)(x_i - t_i)^2}, minimum 0 at {@link #TARGET}. */
    static final Objective QUADRATIC = x -> {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (i + 1) * (x[i] - TARGET[i]) * (x[i] - TARGET[i]);
        }
        return s;
    };

    static final Gradient QUADRATIC_GRADIENT = x -> {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = 2 * (i + 1) * (x[i] - TARGET[i]);
        }
        return g;
    };

    /** Rosenbrock's banana {@code 100 (y - x^2)^2 + (1 - x)^2}, minimum 0 at (1, 1), from the classic start. */
    static final Objective ROSENBROCK = x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);

    static final Gradient ROSENBROCK_GRADIENT = x -> new double[] {
        -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]),
        200 * (x[1] - x[0] * x[0])};

    static final double[] ROSENBROCK_START = {-1.2, 1};

    private TestFunctions() {
    }

    /** Largest coordinate distance {@code max_i |x_i - y_i|}. */
    static double distance(double[] x, double[] y) {
        assertEquals(y.length, x.length);
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d = Math.max(d, Math.abs(x[i] - y[i]));
        }
        return d;
    }

    /** The contract of {@link OptimizationResult#history()}: one entry per iteration, non-increasing, ends at value. */
    static void assertHistoryIsBestSoFar(OptimizationResult r) {
        List<Double> h = r.history();
        assertEquals(r.iterations(), h.size());
        for (int k = 1; k < h.size(); k++) {
            assertTrue(h.get(k) <= h.get(k - 1), "history increased at iteration " + k + ": " + h.get(k - 1)
                    + " -> " + h.get(k));
        }
        if (!h.isEmpty()) {
            assertEquals(r.value(), h.get(h.size() - 1), 0.0);
        }
    }
}
