package io.hqml.quantum.optimize;

/**
 * An unconstrained local minimiser of an {@link Objective} over {@code R^n}.
 *
 * <p>Contract shared by every implementation:
 * <ul>
 *   <li>{@code x0} is not modified and must be non-empty with finite entries
 *       ({@link IllegalArgumentException} otherwise);</li>
 *   <li>the result's {@link OptimizationResult#x() x} is the best point whose value the optimiser evaluated
 *       as a candidate (never a point it did not evaluate), and {@link OptimizationResult#value() value} is
 *       the objective value observed there;</li>
 *   <li>{@link OptimizationResult#evaluations() evaluations} counts every call of {@code f}, including
 *       finite-difference, perturbation and calibration calls;</li>
 *   <li>an optimiser is immutable and stateless between calls: the same objective, start and options give
 *       bit-identical results (randomised optimisers take their seed from their options).</li>
 * </ul>
 */
public interface Optimizer {

    /**
     * Minimises {@code f} starting from {@code x0}.
     *
     * @param f  the objective
     * @param x0 the starting point, not modified
     * @return the best point found and the run's statistics
     * @throws IllegalArgumentException if {@code x0} is empty or not finite, or {@code f} returns {@code NaN}
     */
    OptimizationResult minimize(Objective f, double[] x0);

    /** A one-line description of the algorithm and every option, for logs and lineage records. */
    String describe();
}
