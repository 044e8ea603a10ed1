package io.hqml.quantum.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm 1), with
 * bias-corrected first and second moment estimates:
 * <pre>
 *   m_t = b1 m_{t-1} + (1 - b1) g_t            v_t = b2 v_{t-1} + (1 - b2) g_t^2
 *   x_t = x_{t-1} - lr (m_t / (1 - b1^t)) / (sqrt(v_t / (1 - b2^t)) + eps)
 * </pre>
 *
 * <p>The gradient is the supplied {@link Gradient} or, if none was supplied, central finite differences
 * ({@link Gradient#centralDifferences(Objective, double)}) with step {@link Options#finiteDifferenceStep()}:
 * that costs {@code 2n} objective evaluations per step for {@code n} parameters. Each iteration also
 * evaluates the objective once at the new iterate, to track the best point, so an iteration costs
 * {@code 2n + 1} evaluations without a gradient and 1 with one (gradient calls are not objective
 * evaluations and are not counted).
 *
 * <p>An iteration is: compute the gradient at the current iterate; stop as converged if its Euclidean norm is
 * at most {@link Options#gradientTolerance()}; otherwise take one Adam step and evaluate the new iterate.
 * The result is the best iterate seen (Adam's iterates are not monotone), {@code x0} included. Deterministic.
 */
public final class Adam implements Optimizer {

    /**
     * Adam's options.
     *
     * @param learningRate         step size {@code lr}, finite and {@code > 0}; Adam's steps are at most about
     *                             {@code lr} per coordinate, so choose it near the precision you need early on
     * @param beta1                decay of the first moment, in {@code [0, 1)}
     * @param beta2                decay of the second moment, in {@code [0, 1)}
     * @param epsilon              denominator guard, finite and {@code > 0}
     * @param maxIterations        iteration budget, {@code > 0}
     * @param gradientTolerance    stop when the gradient norm is at most this, finite and {@code >= 0}
     *                             (0 disables the test, so the whole budget is used)
     * @param finiteDifferenceStep central-difference step when no gradient is supplied, finite and {@code > 0}
     */
    public record Options(double learningRate, double beta1, double beta2, double epsilon, int maxIterations,
                          double gradientTolerance, double finiteDifferenceStep) {
        public Options {
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate
                        + "; pass e.g. 0.001");
            }
            if (!(beta1 >= 0 && beta1 < 1)) {
                throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1 + "; pass e.g. 0.9");
            }
            if (!(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2 + "; pass e.g. 0.999");
            }
            if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
                throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon + "; pass e.g. 1e-8");
            }
            if (maxIterations <= 0) {
                throw new IllegalArgumentException("maxIterations must be > 0, got " + maxIterations
                        + "; pass e.g. 1000");
            }
            if (!(gradientTolerance >= 0) || Double.isInfinite(gradientTolerance)) {
                throw new IllegalArgumentException("gradientTolerance must be finite and >= 0, got "
                        + gradientTolerance + "; pass e.g. 1e-6, or 0 to always use the whole budget");
            }
            if (!(finiteDifferenceStep > 0) || Double.isInfinite(finiteDifferenceStep)) {
                throw new IllegalArgumentException("finiteDifferenceStep must be finite and > 0, got "
                        + finiteDifferenceStep + "; pass e.g. 1e-5");
            }
        }

        /**
         * The paper's defaults {@code lr = 0.001, b1 = 0.9, b2 = 0.999, eps = 1e-8}, plus 1000 iterations,
         * gradient tolerance {@code 1e-6} and finite-difference step {@code 1e-5} (the cube root of machine
         * epsilon, which balances truncation and round-off error for unit-scale parameters).
         */
        public static Options defaults() {
            return new Options(0.001, 0.9, 0.999, 1e-8, 1000, 1e-6, 1e-5);
        }

        /** A copy with another learning rate. */
        public Options withLearningRate(double lr) {
            return new Options(lr, beta1, beta2, epsilon, maxIterations, gradientTolerance, finiteDifferenceStep);
        }

        /** A copy with another iteration budget. */
        public Options withMaxIterations(int n) {
            return new Options(learningRate, beta1, beta2, epsilon, n, gradientTolerance, finiteDifferenceStep);
        }
    }

    private final Options options;
    private final Gradient gradient;

    /** Adam with central finite-difference gradients ({@code 2n} evaluations per step). */
    public Adam(Options options) {
        this.options = Objects.requireNonNull(options, "options must not be null; use Adam.Options.defaults()");
        this.gradient = null;
    }

    /** Adam with an exact gradient; {@code gradient} must be the gradient of every objective passed in. */
    public Adam(Options options, Gradient gradient) {
        this.options = Objects.requireNonNull(options, "options must not be null; use Adam.Options.defaults()");
        this.gradient = Objects.requireNonNull(gradient,
                "gradient must not be null; use new Adam(options) for finite differences");
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] x0) {
        CountingObjective counted = new CountingObjective(f);
        double[] x = CountingObjective.checkedStart(x0);
        // Finite differences go through the counting wrapper so their cost shows up in evaluations().
        Gradient grad = gradient != null ? gradient
                : Gradient.centralDifferences(counted, options.finiteDifferenceStep());
        int n = x.length;
        double[] m = new double[n];
        double[] v = new double[n];
        double[] bestX = x.clone();
        double best = counted.value(x);
        List<Double> history = new ArrayList<>();
        boolean converged = false;
        // b1^t and b2^t by running products: exact for small t and no pow() per step.
        double beta1Power = 1;
        double beta2Power = 1;
        for (int t = 1; t <= options.maxIterations(); t++) {
            double[] g = grad.gradient(x);
            CountingObjective.checkGradient(g, x);
            if (norm(g) <= options.gradientTolerance()) {
                converged = true;
                break;
            }
            beta1Power *= options.beta1();
            beta2Power *= options.beta2();
            for (int i = 0; i < n; i++) {
                m[i] = options.beta1() * m[i] + (1 - options.beta1()) * g[i];
                v[i] = options.beta2() * v[i] + (1 - options.beta2()) * g[i] * g[i];
                double mHat = m[i] / (1 - beta1Power);
                double vHat = v[i] / (1 - beta2Power);
                x[i] -= options.learningRate() * mHat / (Math.sqrt(vHat) + options.epsilon());
            }
            double fx = counted.value(x);
            if (fx < best) {
                best = fx;
                bestX = x.clone();
            }
            history.add(best);
        }
        return new OptimizationResult(bestX, best, history.size(), counted.evaluations(), converged, history);
    }

    private static double norm(double[] g) {
        double s = 0;
        for (double gi : g) {
            s += gi * gi;
        }
        return Math.sqrt(s);
    }

    @Override
    public String describe() {
        return "Adam(lr=" + options.learningRate() + ", beta1=" + options.beta1() + ", beta2=" + options.beta2()
                + ", eps=" + options.epsilon() + ", maxIterations=" + options.maxIterations()
                + ", gradientTolerance=" + options.gradientTolerance() + ", gradient="
                + (gradient != null ? "supplied" : "central differences h=" + options.finiteDifferenceStep()) + ")";
    }
}
