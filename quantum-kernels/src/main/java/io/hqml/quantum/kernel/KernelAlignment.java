package io.hqml.quantum.kernel;

import java.util.HashMap;
import java.util.Map;

/**
 * Kernel alignment, a label-aware score for choosing a kernel (bandwidth, feature map) before training.
 *
 * <ul>
 *   <li>Alignment (Cristianini et al., NIPS 2001): {@code A(K1, K2) = <K1, K2>_F / (||K1||_F ||K2||_F)},
 *       the cosine between two matrices, in [-1, 1] ([0, 1] for two PSD matrices).</li>
 *   <li>Kernel-target alignment (KTA; Hubregtsen et al. 2021, arXiv:2105.02276) for labels
 *       {@code y in {-1, +1}}: {@code A(K, y y^T) = y^T K y / (N ||K||_F)}, as {@code ||y y^T||_F = N}.
 *       Labels are used as given, not rescaled by class size (PennyLane's {@code target_alignment}
 *       rescales by default).</li>
 *   <li>Multiclass KTA: the target is {@code T_ij = 1} for equal labels and {@code -1/(C-1)} otherwise
 *       ({@code C} classes): the Gram matrix of the regular-simplex class codes, i.e. of centred one-hot
 *       vectors, scaled to a unit diagonal. For {@code C = 2} it is exactly {@code y y^T}, so both versions
 *       agree. (The other common choice, one-hot scaled to {@code +-1}, gives {@code T_ij = C} or
 *       {@code C - 4}, which rewards similarity between different classes once {@code C > 4}.)</li>
 *   <li>Centred alignment (Cortes, Mohri and Rostamizadeh, JMLR 13, 2012): the alignment of
 *       {@code H K1 H} and {@code H K2 H} with {@code H = I - 11^T/N}. Centring removes the constant
 *       component that makes uncentred alignment high for any kernel with large entries, and unbalanced
 *       classes no longer favour the constant kernel.</li>
 * </ul>
 * An alignment with a zero matrix (e.g. the centred all-ones kernel) is {@code 0/0} and returns NaN.
 */
public final class KernelAlignment {
    private KernelAlignment() {
    }

    /** {@code <K1, K2>_F / (||K1||_F ||K2||_F)}. */
    public static double alignment(double[][] k1, double[][] k2) {
        int n = checkSquare(k1, k2.length);
        checkSquare(k2, n);
        double dot = 0, n1 = 0, n2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dot += k1[i][j] * k2[i][j];
                n1 += k1[i][j] * k1[i][j];
                n2 += k2[i][j] * k2[i][j];
            }
        }
        return dot / (Math.sqrt(n1) * Math.sqrt(n2));
    }

    /** KTA for labels in {-1, +1}: {@code y^T K y / (N ||K||_F)}. */
    public static double targetAlignment(double[][] k, double[] y) {
        return alignment(k, target(y));
    }

    /** Multiclass KTA with the simplex target ({@code 1} same class, {@code -1/(C-1)} otherwise). */
    public static double targetAlignment(double[][] k, int[] labels) {
        return alignment(k, target(labels));
    }

    /** Centred alignment {@code A(H K1 H, H K2 H)}. */
    public static double centeredAlignment(double[][] k1, double[][] k2) {
        return alignment(center(k1), center(k2));
    }

    /** Centred KTA for labels in {-1, +1}. */
    public static double centeredTargetAlignment(double[][] k, double[] y) {
        return centeredAlignment(k, target(y));
    }

    /** Centred multiclass KTA with the simplex target. */
    public static double centeredTargetAlignment(double[][] k, int[] labels) {
        return centeredAlignment(k, target(labels));
    }

    /** {@code y y^T}, after checking every label is -1 or +1. */
    public static double[][] target(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 1.0 && y[i] != -1.0) {
                throw new IllegalArgumentException("binary alignment needs labels -1 or +1, label " + i + " is " + y[i]
                        + "; pass int class labels for the multiclass target");
            }
        }
        double[][] t = new double[y.length][y.length];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                t[i][j] = y[i] * y[j];
            }
        }
        return t;
    }

    /** The simplex target: {@code 1} for equal labels, {@code -1/(C-1)} otherwise ({@code C} distinct labels). */
    public static double[][] target(int[] labels) {
        Map<Integer, Integer> classes = new HashMap<>();
        for (int label : labels) {
            classes.putIfAbsent(label, classes.size());
        }
        double other = classes.size() > 1 ? -1.0 / (classes.size() - 1) : 1.0;
        double[][] t = new double[labels.length][labels.length];
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < labels.length; j++) {
                t[i][j] = labels[i] == labels[j] ? 1.0 : other;
            }
        }
        return t;
    }

    /** {@code H K H} with {@code H = I - 11^T/N}: subtract row and column means, add back the grand mean. */
    public static double[][] center(double[][] k) {
        int n = checkSquare(k, k.length);
        double[] row = new double[n], col = new double[n];
        double all = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[i] += k[i][j] / n;
                col[j] += k[i][j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            all += row[i] / n;
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = k[i][j] - row[i] - col[j] + all;
            }
        }
        return c;
    }

    private static int checkSquare(double[][] k, int n) {
        if (k.length != n || n == 0) {
            throw new IllegalArgumentException("alignment needs two non-empty matrices of the same size, got "
                    + k.length + " and " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (k[i].length != n) {
                throw new IllegalArgumentException("kernel matrix is not square: row " + i + " has " + k[i].length
                        + " columns, expected " + n);
            }
        }
        return n;
    }
}
