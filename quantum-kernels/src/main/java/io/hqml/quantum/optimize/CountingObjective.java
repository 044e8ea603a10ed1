package io.hqml.quantum.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * Wraps an {@link Objective} for one optimisation run: counts every evaluation (so results report the true
 * cost, finite differences and calibration included) and rejects {@code NaN} at the point where it appears,
 * instead of letting it poison comparisons several iterations later. Not thread-safe; one per run.
 */
final class CountingObjective implements Objective {

    private final Objective f;
    private int evaluations;

    CountingObjective(Objective f) {
        this.f = Objects.requireNonNull(f, "objective must not be null; pass the function to minimise");
    }

    @Override
    public double value(double[] x) {
        double v = f.value(x);
        evaluations++;
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("objective returned NaN at x = " + Arrays.toString(x)
                    + "; make it return a number (use +Infinity as a penalty for infeasible points)");
        }
        return v;
    }

    int evaluations() {
        return evaluations;
    }

    /** Checks a start point and returns a private copy, so the caller's array is never modified. */
    static double[] checkedStart(double[] x0) {
        Objects.requireNonNull(x0, "x0 must not be null; pass the starting point");
        if (x0.length == 0) {
            throw new IllegalArgumentException("x0 is empty; pass a starting point with at least one coordinate");
        }
        for (int i = 0; i < x0.length; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException("x0[" + i + "] = " + x0[i] + " is not finite; start from finite values");
            }
        }
        return x0.clone();
    }

    /** Rejects a non-finite gradient, which would otherwise turn every later iterate into NaN. */
    static void checkGradient(double[] g, double[] x) {
        if (g == null || g.length != x.length) {
            throw new IllegalArgumentException("gradient returned " + (g == null ? "null" : g.length + " entries")
                    + " for a point of dimension " + x.length + "; return one partial derivative per coordinate");
        }
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                throw new IllegalArgumentException("gradient component " + i + " is " + g[i] + " at x = "
                        + Arrays.toString(x) + "; make the objective finite near this point");
            }
        }
    }
}
