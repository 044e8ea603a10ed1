package io.hqml.spark.ml.feature;

import io.hqml.quantum.linalg.SymmetricEigen;

/**
 * The Nystroem normalisation of Williams and Seeger (2001): with the landmark kernel matrix
 * {@code W = K_mm = V diag(lambda) V^T}, the projection {@code P = W^{+1/2} = V diag(f(lambda)) V^T} with
 * {@code f(lambda) = lambda^{-1/2}} for {@code lambda > cutoff * lambda_max} and 0 otherwise (the
 * pseudo-inverse square root). A row's features are {@code phi(x) = k(x, L) P}, so
 * {@code phi(x) . phi(y) = k(x, L) W^+ k(L, y)}: exact when {@code x} and {@code y} are landmarks whose
 * kernel directions are all kept, and in particular {@code Phi Phi^T = K} when every training row is a
 * landmark.
 *
 * <p>Dropping rather than clamping small eigenvalues (scikit-learn clamps them to 1e-12) keeps a
 * rank-deficient {@code W} (duplicate landmarks, or a few-qubit kernel whose rank is at most {@code 4^n})
 * from amplifying rounding noise by {@code 1e6}. The decomposition is {@link SymmetricEigen}'s Jacobi method:
 * about {@code 6 m^3} multiplications (0.06 s for m = 200, 1 s for m = 400 on one core), on the driver.
 *
 * @param eigenvalues ascending eigenvalues of {@code W}
 * @param projection  {@code P}, m x m, row-major rows
 * @param rank        eigenvalues above the cutoff (the dimension the features span)
 */
record NystroemBasis(double[] eigenvalues, double[][] projection, int rank) {

    static NystroemBasis of(double[][] landmarkKernel, double cutoff) {
        SymmetricEigen.Decomposition d = SymmetricEigen.decompose(landmarkKernel);
        double[] values = d.values();
        double largest = values[values.length - 1];
        if (!(largest > 0) || !Double.isFinite(largest)) {
            throw new IllegalArgumentException("the landmark kernel matrix has no positive finite eigenvalue (largest "
                    + largest + "); check the input vectors are finite and the kernel params are valid");
        }
        double threshold = cutoff * largest;
        int rank = 0;
        for (double v : values) {
            if (v > threshold) {
                rank++;
            }
        }
        double[][] projection = d.reconstruct(v -> v > threshold ? 1.0 / Math.sqrt(v) : 0.0);
        return new NystroemBasis(values, projection, rank);
    }

    /** {@code out[i] = k[i] P} for each row of a kernel block {@code k} (rows x m, row-major). */
    static double[][] project(double[] k, int rows, double[][] projection) {
        int m = projection.length;
        double[][] out = new double[rows][m];
        for (int i = 0; i < rows; i++) {
            double[] o = out[i];
            for (int t = 0; t < m; t++) {
                double kt = k[i * m + t];
                if (kt == 0.0) {
                    continue;
                }
                double[] p = projection[t];
                for (int j = 0; j < m; j++) {
                    o[j] += kt * p[j];
                }
            }
        }
        return out;
    }
}
