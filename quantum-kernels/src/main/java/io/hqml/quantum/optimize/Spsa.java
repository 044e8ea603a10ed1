package io.hqml.quantum.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Simultaneous perturbation stochastic approximation (Spall, "Implementation of the simultaneous perturbation
 * algorithm for stochastic optimization", IEEE Trans. Aerospace and Electronic Systems 34(3), 1998). Each
 * iteration {@code k = 0, 1, ...} draws a Rademacher vector {@code D} (entries +-1 with probability 1/2),
 * estimates the gradient from two evaluations whatever the dimension, and steps:
 * <pre>
 *   a_k = a / (k + 1 + A)^alpha        c_k = c / (k + 1)^gamma
 *   g_k = (f(x_k + c_k D) - f(x_k - c_k D)) / (2 c_k) * D      (1 / D_i = D_i)
 *   x_{k+1} = x_k - a_k g_k
 * </pre>
 * Because only two evaluations estimate the whole gradient, SPSA suits many parameters and noisy (shot-noise)
 * objectives, where finite differences would amplify the noise.
 *
 * <p><b>Cost.</b> {@code 3} evaluations per iteration: two for the estimate and one at the new iterate, which is
 * the price of returning the best iterate rather than the last one; plus one at {@code x0} and, when
 * calibrating, {@code 2 * calibrationSteps}. SPSA has no stopping test: it always runs {@code maxIterations}
 * and reports {@code converged = false}. The result is the best of {@code x0, x_1, ..., x_K} by observed value
 * (with a noisy objective, the luckiest observation, which is biased low).
 *
 * <p><b>Determinism.</b> All randomness comes from one {@link SplittableRandom} seeded with
 * {@link Options#seed()}, created afresh by every call: calibration perturbations are drawn first, then one
 * vector per iteration. The same seed, objective and start give a bit-identical result.
 */
public final class Spsa implements Optimizer {

    /**
     * SPSA's options.
     *
     * @param maxIterations     iterations, {@code > 0}
     * @param a                 gain numerator, finite and {@code > 0}; used when {@code calibrationTarget == 0},
     *                          and as the fallback when calibration measures no slope (flat objective at x0)
     * @param c                 perturbation size, finite and {@code > 0}; Spall advises about the standard
     *                          deviation of the objective's noise, and larger for noisier objectives
     * @param alpha             gain decay exponent, in {@code (0, 1]}
     * @param gamma             perturbation decay exponent, in {@code (0, 1]}
     * @param stabilityConstant {@code A}, finite and {@code >= 0}; damps the first steps without slowing late ones
     * @param calibrationTarget if {@code > 0}, choose {@code a} so the first step moves each coordinate by about
     *                          this much (see {@link #calibratedGain}); {@code 0} uses {@code a} as given
     * @param calibrationSteps  perturbation pairs averaged by calibration, {@code > 0}
     * @param seed              seed of the perturbation stream
     */
    public record Options(int maxIterations, double a, double c, double alpha, double gamma, double stabilityConstant,
                          double calibrationTarget, int calibrationSteps, long seed) {
        public Options {
            if (maxIterations <= 0) {
                throw new IllegalArgumentException("maxIterations must be > 0, got " + maxIterations + "; pass e.g. 100");
            }
            positive("a", a, "0.1");
            positive("c", c, "0.2 (about the noise standard deviation)");
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha + "; pass Spall's 0.602");
            }
            if (!(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("gamma must be in (0, 1], got " + gamma + "; pass Spall's 0.101");
            }
            if (!(stabilityConstant >= 0) || Double.isInfinite(stabilityConstant)) {
                throw new IllegalArgumentException("stabilityConstant A must be finite and >= 0, got "
                        + stabilityConstant + "; pass about 10% of maxIterations");
            }
            if (!(calibrationTarget >= 0) || Double.isInfinite(calibrationTarget)) {
                throw new IllegalArgumentException("calibrationTarget must be finite and >= 0, got "
                        + calibrationTarget + "; pass e.g. 0.628 (2 pi / 10), or 0 to use a as given");
            }
            if (calibrationSteps <= 0) {
                throw new IllegalArgumentException("calibrationSteps must be > 0, got " + calibrationSteps
                        + "; pass e.g. 25");
            }
        }

        private static void positive(String name, double value, String example) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be finite and > 0, got " + value + "; pass e.g. " + example);
            }
        }

        /** {@link #defaults(int, long)} with 100 iterations, Qiskit's default budget. */
        public static Options defaults(long seed) {
            return defaults(100, seed);
        }

        /**
         * Spall's exponents {@code alpha = 0.602, gamma = 0.101}, {@code A = 0.1 * maxIterations} (Spall's rule of
         * thumb), {@code c = 0.2}, and calibration like Qiskit's SPSA: 25 pairs, target first step {@code 2 pi / 10}
         * (a sensible move for rotation angles); {@code a = 2 pi / 10} is the fallback if calibration fails.
         */
        public static Options defaults(int maxIterations, long seed) {
            return new Options(maxIterations, 2 * Math.PI / 10, 0.2, 0.602, 0.101, 0.1 * maxIterations,
                    2 * Math.PI / 10, 25, seed);
        }

        /** A copy with a fixed gain {@code a} and calibration off. */
        public Options withGain(double a) {
            return new Options(maxIterations, a, c, alpha, gamma, stabilityConstant, 0, calibrationSteps, seed);
        }

        /** A copy with another seed. */
        public Options withSeed(long s) {
            return new Options(maxIterations, a, c, alpha, gamma, stabilityConstant, calibrationTarget,
                    calibrationSteps, s);
        }
    }

    private final Options options;

    /** SPSA with the given options; the seed in them fixes every perturbation. */
    public Spsa(Options options) {
        this.options = Objects.requireNonNull(options, "options must not be null; use Spsa.Options.defaults(seed)");
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] x0) {
        CountingObjective counted = new CountingObjective(f);
        double[] x = CountingObjective.checkedStart(x0);
        SplittableRandom rng = new SplittableRandom(options.seed());
        double best = counted.value(x);
        double[] bestX = x.clone();
        double a = options.calibrationTarget() > 0 ? calibrate(counted, x, rng) : options.a();
        double[] d = new double[x.length];
        double[] probe = new double[x.length];
        List<Double> history = new ArrayList<>();
        for (int k = 0; k < options.maxIterations(); k++) {
            double ak = a / Math.pow(k + 1 + options.stabilityConstant(), options.alpha());
            double ck = options.c() / Math.pow(k + 1, options.gamma());
            double slope = slope(counted, x, d, probe, ck, rng);
            if (!Double.isFinite(slope)) {
                throw new IllegalArgumentException("SPSA gradient estimate is " + slope + " at iteration " + k
                        + "; make the objective finite within c = " + ck + " of the iterates");
            }
            for (int i = 0; i < x.length; i++) {
                x[i] -= ak * slope * d[i];
            }
            double fx = counted.value(x);
            if (fx < best) {
                best = fx;
                bestX = x.clone();
            }
            history.add(best);
        }
        return new OptimizationResult(bestX, best, history.size(), counted.evaluations(), false, history);
    }

    /**
     * The gain {@code a} that {@link #minimize} would use from {@code x0}: with calibration off, {@link
     * Options#a()}; otherwise, as Qiskit's {@code SPSA.calibrate}, the mean over {@code calibrationSteps} random
     * perturbations of the first-step slope {@code |f(x0 + cD) - f(x0 - cD)| / 2c} sets
     * {@code a = target * (1 + A)^alpha / mean}, so the first step {@code a_0 |g_0|} moves each coordinate by
     * about {@code target}. Qiskit omits the {@code (1 + A)^alpha} factor because its default {@code A} is 0;
     * keeping it makes the target hold for any {@code A}. If the mean is 0 (flat at {@code x0}),
     * {@link Options#a()} is used. Costs {@code 2 * calibrationSteps} evaluations.
     */
    public double calibratedGain(Objective f, double[] x0) {
        double[] x = CountingObjective.checkedStart(x0);
        return options.calibrationTarget() > 0
                ? calibrate(new CountingObjective(f), x, new SplittableRandom(options.seed())) : options.a();
    }

    private double calibrate(Objective f, double[] x, SplittableRandom rng) {
        double[] d = new double[x.length];
        double[] probe = new double[x.length];
        double sum = 0;
        for (int s = 0; s < options.calibrationSteps(); s++) {
            sum += Math.abs(slope(f, x, d, probe, options.c(), rng));
        }
        double mean = sum / options.calibrationSteps();
        double gain = options.calibrationTarget() * Math.pow(1 + options.stabilityConstant(), options.alpha()) / mean;
        return mean > 0 && Double.isFinite(gain) ? gain : options.a();
    }

    /** Draws a fresh Rademacher vector into {@code d} and returns {@code (f(x + cd) - f(x - cd)) / 2c}. */
    private static double slope(Objective f, double[] x, double[] d, double[] probe, double c, SplittableRandom rng) {
        for (int i = 0; i < x.length; i++) {
            d[i] = rng.nextBoolean() ? 1 : -1;
            probe[i] = x[i] + c * d[i];
        }
        double plus = f.value(probe);
        for (int i = 0; i < x.length; i++) {
            probe[i] = x[i] - c * d[i];
        }
        return (plus - f.value(probe)) / (2 * c);
    }

    @Override
    public String describe() {
        return "SPSA(maxIterations=" + options.maxIterations() + ", a=" + (options.calibrationTarget() > 0
                ? "calibrated to first step " + options.calibrationTarget() + " over " + options.calibrationSteps()
                + " pairs (fallback " + options.a() + ")" : options.a())
                + ", c=" + options.c() + ", alpha=" + options.alpha() + ", gamma=" + options.gamma()
                + ", A=" + options.stabilityConstant() + ", seed=" + options.seed() + ")";
    }
}
