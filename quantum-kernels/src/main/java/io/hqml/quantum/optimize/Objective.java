package io.hqml.quantum.optimize;

/**
 * A real-valued function to be minimised, for example the loss of a variational circuit as a function of
 * its rotation angles.
 *
 * <p>Contract: {@link #value(double[])} must not modify {@code x} (the optimisers pass their own working
 * arrays and rely on them being unchanged) and must not return {@code NaN}; the optimisers reject
 * {@code NaN} with an {@link IllegalArgumentException} rather than silently steering on it. {@code +Infinity}
 * is allowed and means "worse than any finite value" (a penalty), which Nelder-Mead handles naturally; the
 * gradient-based optimisers fail if it makes their gradient estimate non-finite. The objective may be noisy
 * (shot noise): {@link Spsa} is designed for that case.
 */
@FunctionalInterface
public interface Objective {

    /**
     * Evaluates the objective.
     *
     * @param x the point, never modified; its length is the problem dimension
     * @return the objective value at {@code x}, not {@code NaN}
     */
    double value(double[] x);
}
