package io.hqml.quantum.linalg;

/**
 * Eigenvalues of a real symmetric matrix by the cyclic Jacobi method. Slow (O(n^3) per sweep) but
 * simple and accurate to a few ulps of the matrix norm; meant for kernel matrices up to a few hundred
 * rows (PSD checks, spectrum reports), not for large-scale linear algebra.
 */
public final class SymmetricEigen {
    private SymmetricEigen() {
    }

    /** Eigenvalues in ascending order. The input is not modified. */
    public static double[] eigenvalues(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("matrix is not square: row " + i + " has " + matrix[i].length
                        + " columns, expected " + n);
            }
            a[i] = matrix[i].clone();
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        java.util.Arrays.sort(values);
        return values;
    }

    /** Zeroes a[p][q] with a Givens rotation applied from both sides. */
    private static void rotate(double[][] a, int p, int q) {
        double apq = a[p][q];
        if (apq == 0.0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0.0) {
            t = 1.0;
        }
        double c = 1 / Math.sqrt(t * t + 1), s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
    }
}
