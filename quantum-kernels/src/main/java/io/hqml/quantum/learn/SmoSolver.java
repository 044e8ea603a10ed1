package io.hqml.quantum.learn;

import java.util.Arrays;

/**
 * The SMO dual solver behind {@link KernelSvm}: a transcription of LIBSVM's {@code Solver} for C-SVC
 * (second-order working-set selection, WSS2, of Fan, Chen and Lin 2005) without shrinking or caching,
 * because the whole precomputed kernel is already in memory. Inputs are validated by the caller.
 */
final class SmoSolver {

    /** LIBSVM's stand-in curvature when {@code K_ii + K_jj - 2 K_ij <= 0} (duplicate points, indefinite K). */
    private static final double TAU = 1e-12;

    private SmoSolver() {
    }

    /** Optimal (or, if not {@code converged}, last) dual point, intercept b and number of pair updates. */
    record Solution(double[] alpha, double bias, int iterations, boolean converged) {
    }

    /**
     * Minimises {@code 1/2 a'Qa - e'a}, {@code Q_ij = y_i y_j K_ij}, subject to {@code y'a = 0} and
     * {@code 0 <= a_i <= c}, until the maximal violating pair gap is {@code <= tolerance} or
     * {@code maxIterations} pair updates have been made.
     */
    static Solution solve(double[][] kernel, int[] y, double c, double tolerance, int maxIterations) {
        double[] alpha = new double[y.length];
        // Gradient of the dual objective, G = Q a - e; it is -1 everywhere at the feasible start a = 0.
        double[] grad = new double[y.length];
        Arrays.fill(grad, -1.0);
        int iterations = 0;
        while (true) {
            int[] pair = selectWorkingSet(kernel, y, alpha, grad, c, tolerance);
            if (pair == null) {
                return new Solution(alpha, bias(y, alpha, grad, c), iterations, true);
            }
            if (iterations == maxIterations) {
                return new Solution(alpha, bias(y, alpha, grad, c), iterations, false);
            }
            iterations++;
            updatePair(kernel, y, alpha, grad, c, pair[0], pair[1]);
        }
    }

    /**
     * WSS2. I_up (I_low) holds the indices whose alpha can still move so that {@code y_t alpha_t} grows
     * (shrinks); {@code m(a) = max over I_up} and {@code M(a) = min over I_low} of {@code -y_t G_t}, and
     * a is optimal iff {@code m(a) <= M(a)}. i attains m(a); j is the partner in I_low that violates KKT
     * with i and whose two-variable step decreases the objective most, {@code (grad diff)^2 / curvature}
     * (ties go to the last index, as in LIBSVM). Returns {@code null} once {@code m(a) - M(a) <= tolerance}.
     */
    private static int[] selectWorkingSet(double[][] k, int[] y, double[] alpha, double[] grad, double c,
                                          double tolerance) {
        double gMax = Double.NEGATIVE_INFINITY; // = m(a)
        int i = -1;
        for (int t = 0; t < y.length; t++) {
            boolean inUp = y[t] == 1 ? alpha[t] < c : alpha[t] > 0;
            if (inUp && -y[t] * grad[t] >= gMax) {
                gMax = -y[t] * grad[t];
                i = t;
            }
        }
        double gMax2 = Double.NEGATIVE_INFINITY; // = -M(a)
        double bestDecrease = Double.POSITIVE_INFINITY;
        int j = -1;
        for (int t = 0; t < y.length; t++) {
            boolean inLow = y[t] == 1 ? alpha[t] > 0 : alpha[t] < c;
            if (!inLow) {
                continue;
            }
            double yg = y[t] * grad[t];
            gMax2 = Math.max(gMax2, yg);
            double gradDiff = gMax + yg;
            if (gradDiff > 0) {
                // Curvature along the feasible direction of pair (i, t): ||phi(x_i) - phi(x_t)||^2.
                double curvature = k[i][i] + k[t][t] - 2.0 * k[i][t];
                double decrease = -(gradDiff * gradDiff) / (curvature > 0 ? curvature : TAU);
                if (decrease <= bestDecrease) {
                    bestDecrease = decrease;
                    j = t;
                }
            }
        }
        return (gMax + gMax2 <= tolerance || j == -1) ? null : new int[] {i, j};
    }

    /** Solves the two-variable sub-problem analytically and clips to the box, as LIBSVM's Solver does. */
    private static void updatePair(double[][] k, int[] y, double[] alpha, double[] grad, double c, int i, int j) {
        double oldI = alpha[i];
        double oldJ = alpha[j];
        double qij = y[i] * y[j] * k[i][j];
        if (y[i] != y[j]) {
            double curvature = positive(k[i][i] + k[j][j] + 2.0 * qij);
            double delta = (-grad[i] - grad[j]) / curvature;
            double diff = alpha[i] - alpha[j]; // invariant along this direction
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0 ? alpha[j] < 0 : alpha[i] < 0) {
                alpha[i] = Math.max(diff, 0);
                alpha[j] = Math.max(-diff, 0);
            }
            // Both variables share the same bound C, so only the larger of the two can reach it.
            if (diff > 0 ? alpha[i] > c : alpha[j] > c) {
                alpha[i] = diff > 0 ? c : c + diff;
                alpha[j] = diff > 0 ? c - diff : c;
            }
        } else {
            double curvature = positive(k[i][i] + k[j][j] - 2.0 * qij);
            double delta = (grad[i] - grad[j]) / curvature;
            double sum = alpha[i] + alpha[j]; // invariant along this direction
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c ? alpha[i] > c : alpha[j] < 0) {
                alpha[i] = sum > c ? c : sum;
                alpha[j] = sum > c ? sum - c : 0;
            }
            if (sum > c ? alpha[j] > c : alpha[i] < 0) {
                alpha[j] = sum > c ? c : sum;
                alpha[i] = sum > c ? sum - c : 0;
            }
        }
        double deltaI = alpha[i] - oldI;
        double deltaJ = alpha[j] - oldJ;
        for (int t = 0; t < y.length; t++) {
            grad[t] += y[t] * (y[i] * k[i][t] * deltaI + y[j] * k[j][t] * deltaJ);
        }
    }

    private static double positive(double curvature) {
        return curvature > 0 ? curvature : TAU;
    }

    /**
     * LIBSVM's {@code calculate_rho}, returned as {@code b = -rho}: the mean of {@code -y_i G_i} over free
     * support vectors (all equal at the optimum), else the midpoint of the interval the bounded ones allow.
     */
    private static double bias(int[] y, double[] alpha, double[] grad, double c) {
        double upper = Double.POSITIVE_INFINITY;
        double lower = Double.NEGATIVE_INFINITY;
        double freeSum = 0;
        int free = 0;
        for (int t = 0; t < y.length; t++) {
            double yg = y[t] * grad[t];
            if (alpha[t] >= c) {
                if (y[t] == -1) {
                    upper = Math.min(upper, yg);
                } else {
                    lower = Math.max(lower, yg);
                }
            } else if (alpha[t] <= 0) {
                if (y[t] == 1) {
                    upper = Math.min(upper, yg);
                } else {
                    lower = Math.max(lower, yg);
                }
            } else {
                free++;
                freeSum += yg;
            }
        }
        return -(free > 0 ? freeSum / free : (upper + lower) / 2);
    }
}
