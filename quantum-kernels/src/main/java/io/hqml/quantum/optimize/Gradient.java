package io.hqml.quantum.optimize;

import java.util.Objects;

/**
 * The gradient of an {@link Objective}, for optimisers that can use it ({@link Adam}).
 *
 * <p>Contract: {@link #gradient(double[])} must not modify {@code x} and must return a new array of the same
 * length as {@code x} with finite entries. Callers may keep or modify the returned array.
 */
@FunctionalInterface
public interface Gradient {

    /**
     * Evaluates the gradient.
     *
     * @param x the point, never modified
     * @return {@code df/dx_i} for every {@code i}, a fresh array of length {@code x.length}
     */
    double[] gradient(double[] x);

    /**
     * Central finite differences {@code (f(x + h e_i) - f(x - h e_i)) / 2h} for every coordinate {@code i}.
     *
     * <p>Cost: exactly {@code 2n} evaluations of {@code f} per gradient for an {@code n}-dimensional
     * {@code x}. Truncation error is {@code O(h^2)} and round-off error is about {@code eps|f|/h}, so with
     * doubles a step near {@code 1e-5} (the cube root of machine epsilon for unit-scale {@code x}) balances
     * the two for smooth objectives. For noisy objectives (shot noise) the noise is amplified by {@code 1/h}:
     * use a much larger step, or {@link Spsa}.
     *
     * @param f    the objective; evaluated at perturbed copies of {@code x}, never at {@code x} itself
     * @param step {@code h}, finite and {@code > 0}
     * @return the finite-difference gradient of {@code f}
     * @throws IllegalArgumentException if {@code step} is not finite and positive
     */
    static Gradient centralDifferences(Objective f, double step) {
        Objects.requireNonNull(f, "f must not be null; pass the objective to differentiate");
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("finite-difference step must be finite and > 0, got " + step
                    + "; pass e.g. 1e-5");
        }
        return x -> {
            double[] probe = x.clone();
            double[] g = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                // Perturb one coordinate of a private copy and restore it exactly, so x is never touched
                // and no per-coordinate array is allocated.
                probe[i] = x[i] + step;
                double plus = f.value(probe);
                probe[i] = x[i] - step;
                double minus = f.value(probe);
                probe[i] = x[i];
                g[i] = (plus - minus) / (2 * step);
            }
            return g;
        };
    }
}
