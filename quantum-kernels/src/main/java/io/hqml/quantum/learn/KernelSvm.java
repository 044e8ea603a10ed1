package io.hqml.quantum.learn;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Exact binary soft-margin C-SVM on a precomputed kernel matrix.
 *
 * <p>Solves the dual {@code min_a 1/2 a'Qa - e'a} subject to {@code y'a = 0} and {@code 0 <= a_i <= C},
 * where {@code Q_ij = y_i y_j K_ij}, by sequential minimal optimisation with LIBSVM's second-order
 * working-set selection (Fan, Chen and Lin, JMLR 2005, "WSS2"). Training stops when the maximal
 * violating pair gap {@code m(a) - M(a)} is at most {@link Options#tolerance()}, exactly as LIBSVM's
 * {@code -e}. There is no shrinking and no randomness: the same input always gives the same model.
 */
public final class KernelSvm {

    /** Relative asymmetry tolerated in the kernel, so round-off from kernel estimation is not rejected. */
    private static final double SYMMETRY_TOLERANCE = 1e-9;

    private KernelSvm() {
    }

    /**
     * Training options.
     *
     * @param c             box constraint {@code C > 0} (finite); larger values penalise margin violations more
     * @param tolerance     stopping tolerance {@code > 0} on the maximal violating pair gap
     * @param maxIterations maximal number of SMO pair updates {@code > 0}; see {@link Model#converged()}
     */
    public record Options(double c, double tolerance, int maxIterations) implements Serializable {
        public Options {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("C must be finite and > 0, got " + c + "; pass e.g. 1.0");
            }
            if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be finite and > 0, got " + tolerance
                        + "; pass e.g. 1e-3");
            }
            if (maxIterations <= 0) {
                throw new IllegalArgumentException("maxIterations must be > 0, got " + maxIterations
                        + "; pass e.g. 100000");
            }
        }

        /** LIBSVM's defaults: {@code C = 1}, tolerance {@code 1e-3}, at most 100 000 iterations. */
        public static Options defaults() {
            return new Options(1.0, 1e-3, 100_000);
        }
    }

    /**
     * Trains a binary SVM.
     *
     * @param kernel  symmetric {@code N x N} matrix of finite values, {@code kernel[i][j] = K(x_i, x_j)}
     * @param y       labels in {@code {-1, +1}}, length {@code N}, both classes present
     * @param options training options
     * @return the trained model; it refers to all {@code N} training points by index
     * @throws IllegalArgumentException if any of the above does not hold
     */
    public static Model fit(double[][] kernel, int[] y, Options options) {
        Objects.requireNonNull(options, "options must not be null; use KernelSvm.Options.defaults()");
        validate(kernel, y);
        SmoSolver.Solution s = SmoSolver.solve(kernel, y, options.c(), options.tolerance(), options.maxIterations());
        return new Model(s.alpha(), y.clone(), s.bias(), s.iterations(), s.converged());
    }

    /**
     * Largest violation of the optimality conditions, for tests and diagnostics. With {@code g_i = y_i f(x_i)}:
     * {@code a_i = 0} needs {@code g_i >= 1}, {@code 0 < a_i < C} needs {@code g_i = 1}, {@code a_i = C}
     * needs {@code g_i <= 1}; the result is the maximum of these shortfalls and {@code |sum_i a_i y_i|}.
     * A model trained with tolerance {@code eps} satisfies this to {@code eps} (up to round-off).
     */
    public static double kktViolation(double[][] kernel, int[] y, Model m, double c) {
        validate(kernel, y);
        if (m.alpha.length != y.length) {
            throw new IllegalArgumentException("model was trained on " + m.alpha.length + " points but "
                    + y.length + " labels were given; pass the training kernel and labels of this model");
        }
        double worst = 0;
        double balance = 0;
        for (int i = 0; i < y.length; i++) {
            double g = y[i] * m.decision(kernel[i]);
            double a = m.alpha[i];
            double violation = a <= 0 ? 1 - g : a >= c ? g - 1 : Math.abs(g - 1);
            worst = Math.max(worst, violation);
            balance += a * y[i];
        }
        return Math.max(worst, Math.abs(balance));
    }

    private static void validate(double[][] kernel, int[] y) {
        Objects.requireNonNull(kernel, "kernel must not be null; pass the N x N training Gram matrix");
        Objects.requireNonNull(y, "y must not be null; pass labels in {-1, +1}");
        int n = y.length;
        if (kernel.length != n) {
            throw new IllegalArgumentException("kernel has " + kernel.length + " rows but y has " + n
                    + " labels; pass the N x N Gram matrix of the N labelled points");
        }
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] != 1 && y[i] != -1) {
                throw new IllegalArgumentException("y[" + i + "] = " + y[i] + " is not -1 or +1; map labels to {-1, +1}");
            }
            positives += y[i] == 1 ? 1 : 0;
            if (kernel[i] == null || kernel[i].length != n) {
                throw new IllegalArgumentException("kernel row " + i + " does not have length " + n
                        + "; pass a square N x N Gram matrix");
            }
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("only class " + (positives == 0 ? -1 : +1)
                    + " is present in y; a binary SVM needs both -1 and +1 labels");
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double a = kernel[i][j];
                double b = kernel[j][i];
                if (!Double.isFinite(a) || !Double.isFinite(b)) {
                    throw new IllegalArgumentException("kernel[" + i + "][" + j + "] or its transpose is not finite;"
                            + " fix the kernel computation (NaN/Infinity)");
                }
                if (Math.abs(a - b) > SYMMETRY_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new IllegalArgumentException("kernel is not symmetric at (" + i + ", " + j
                            + "); pass (K + K^T) / 2");
                }
            }
        }
    }

    /** A trained binary SVM: {@code f(x) = sum_i alpha_i y_i K(x, x_i) + b} over the N training points. */
    public static final class Model implements Serializable {
        private static final long serialVersionUID = 1L;

        private final double[] alpha;
        private final int[] y;
        private final double bias;
        private final int[] supportIndices;
        private final int iterations;
        private final boolean converged;

        private Model(double[] alpha, int[] y, double bias, int iterations, boolean converged) {
            this.alpha = alpha;
            this.y = y;
            this.bias = bias;
            this.supportIndices = IntStream.range(0, alpha.length)
                    .filter(i -> alpha[i] > 0).toArray();
            this.iterations = iterations;
            this.converged = converged;
        }

        /** Dual coefficients, length N, each in {@code [0, C]} (a copy). */
        public double[] alpha() {
            return alpha.clone();
        }

        /** Training labels in {@code {-1, +1}} (a copy). */
        public int[] y() {
            return y.clone();
        }

        /** The intercept b. */
        public double bias() {
            return bias;
        }

        /** Ascending indices i of the training points with {@code alpha_i > 0} (a copy). */
        public int[] supportIndices() {
            return supportIndices.clone();
        }

        /** Number of SMO pair updates performed. */
        public int iterations() {
            return iterations;
        }

        /** False if training stopped at {@code maxIterations} before reaching the tolerance. */
        public boolean converged() {
            return converged;
        }

        /**
         * Decision value of one point.
         *
         * @param kernelRow {@code kernelRow[i] = K(x, x_i)} for all N training points, in training order
         * @return {@code f(x)}; positive means class +1
         */
        public double decision(double[] kernelRow) {
            if (kernelRow == null || kernelRow.length != alpha.length) {
                throw new IllegalArgumentException("kernel row must have one entry per training point ("
                        + alpha.length + "); pass K(x, x_i) for every training x_i");
            }
            double f = bias;
            for (int i : supportIndices) { // non-support points contribute alpha_i = 0
                f += alpha[i] * y[i] * kernelRow[i];
            }
            return f;
        }

        /** {@link #decision(double[])} for each row of an {@code N_test x N} kernel matrix. */
        public double[] decisions(double[][] kernelRows) {
            Objects.requireNonNull(kernelRows, "kernelRows must not be null");
            double[] out = new double[kernelRows.length];
            for (int r = 0; r < kernelRows.length; r++) {
                out[r] = decision(kernelRows[r]);
            }
            return out;
        }
    }
}
