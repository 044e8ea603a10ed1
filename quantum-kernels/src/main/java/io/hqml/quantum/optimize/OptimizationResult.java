package io.hqml.quantum.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Optimizer#minimize(Objective, double[])}.
 *
 * <p>Immutable: {@code x} is copied on the way in and on the way out, and {@code history} is an unmodifiable
 * copy. {@link #equals(Object)} compares {@code x} element by element (as {@link Arrays#equals(double[],
 * double[])}, i.e. bit patterns), so two results are equal exactly when two runs were bit-identical.
 *
 * @param x           the best point evaluated
 * @param value       the objective value observed at {@code x}
 * @param iterations  completed iterations of the algorithm; 0 if it stopped at the start point
 * @param evaluations calls of the objective, all of them (gradient, perturbation and calibration calls included)
 * @param converged   {@code true} only if the optimiser's own stopping test was met before its budget ran out;
 *                    an optimiser without a stopping test ({@link Spsa}) always reports {@code false}
 * @param history     {@code history.get(k)} is the best value seen up to and including iteration {@code k + 1};
 *                    one entry per iteration, so it is non-increasing and its last entry equals {@code value}
 */
public record OptimizationResult(double[] x, double value, int iterations, int evaluations, boolean converged,
                                 List<Double> history) {

    public OptimizationResult {
        Objects.requireNonNull(x, "x must not be null; pass the best point found");
        Objects.requireNonNull(history, "history must not be null; pass an empty list for zero iterations");
        if (iterations < 0 || evaluations < 0) {
            throw new IllegalArgumentException("iterations and evaluations must be >= 0, got " + iterations
                    + " and " + evaluations + "; pass the counts of the run");
        }
        if (history.size() != iterations) {
            throw new IllegalArgumentException("history has " + history.size() + " entries but iterations is "
                    + iterations + "; record one best value per iteration");
        }
        x = x.clone();
        history = List.copyOf(history);
    }

    /** The best point, as a fresh copy (callers may modify it). */
    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizationResult r
                && Arrays.equals(x, r.x)
                && Double.compare(value, r.value) == 0
                && iterations == r.iterations
                && evaluations == r.evaluations
                && converged == r.converged
                && history.equals(r.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), value, iterations, evaluations, converged, history);
    }

    @Override
    public String toString() {
        return "OptimizationResult[x=" + Arrays.toString(x) + ", value=" + value + ", iterations=" + iterations
                + ", evaluations=" + evaluations + ", converged=" + converged + "]";
    }
}
