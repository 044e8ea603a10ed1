package io.hqml.quantum.kernel;

import io.hqml.quantum.linalg.SymmetricEigen;

/**
 * Repairs a kernel matrix that noise (finite shots, hardware errors) has made indefinite, so a convex
 * learner (the SVM dual) sees a valid kernel. Eigenvalue clipping: {@code K+ = V max(Lambda, 0) V^T}, the
 * repair Qiskit Machine Learning's {@code FidelityQuantumKernel} applies to training matrices
 * ({@code enforce_psd}) and PennyLane's {@code threshold_matrix} (Hubregtsen et al. 2021, arXiv:2105.02276,
 * compare it with shifting the spectrum by {@code -lambda_min I} and with flipping negative eigenvalues).
 *
 * <p>Optimality (Higham, Linear Algebra Appl. 103, 1988): for symmetric {@code K}, {@code K+} is the PSD
 * matrix closest to {@code K} in the Frobenius norm, at distance {@code sqrt(sum of squared negative
 * eigenvalues)}. A non-symmetric input is first replaced by its symmetric part {@code (K + K^T)/2}, which
 * is where the nearest PSD matrix to any square matrix lies.
 *
 * <p>Cost: one eigendecomposition by Jacobi ({@link SymmetricEigen#decompose}, about {@code 6n^3}
 * multiplications per sweep, 6 to 10 sweeps) plus {@code n^2} per kept eigenvalue to rebuild; two
 * {@code n x n} work arrays. Intended for training matrices up to a few hundred rows; the repaired
 * matrix is exactly symmetric.
 */
public final class PsdRepair {
    private PsdRepair() {
    }

    /** The nearest PSD matrix in the Frobenius norm; the input is not modified. */
    public static double[][] clip(double[][] k) {
        return clip(SymmetricEigen.decompose(symmetricPart(k)));
    }

    /** Clipping from an existing decomposition (e.g. one also used to report the spectrum). */
    public static double[][] clip(SymmetricEigen.Decomposition d) {
        double[][] out = d.reconstruct(lambda -> Math.max(lambda, 0.0));
        int n = out.length;
        // The rank-one sums round differently above and below the diagonal: make symmetry exact.
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 * (out[i][j] + out[j][i]);
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return out;
    }

    /** Frobenius distance from {@code k} to the PSD cone: {@code sqrt(sum over negative eigenvalues of lambda^2)}. */
    public static double distanceToPsd(double[][] k) {
        double s = 0;
        for (double lambda : SymmetricEigen.eigenvalues(symmetricPart(k))) {
            if (lambda < 0) {
                s += lambda * lambda;
            }
        }
        return Math.sqrt(s);
    }

    /** {@code (K + K^T) / 2}, after checking the matrix is square and finite. */
    static double[][] symmetricPart(double[][] k) {
        int n = k.length;
        for (int i = 0; i < n; i++) {
            if (k[i].length != n) {
                throw new IllegalArgumentException("kernel matrix is not square: row " + i + " has " + k[i].length
                        + " columns, expected " + n);
            }
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(k[i][j])) {
                    throw new IllegalArgumentException("kernel entry (" + i + ", " + j + ") is " + k[i][j]);
                }
                s[i][j] = 0.5 * (k[i][j] + k[j][i]);
            }
        }
        return s;
    }
}
