package io.hqml.quantum.kernel;

import io.hqml.quantum.featuremap.FeatureMap;

/**
 * The projected quantum kernel of Huang et al., "Power of data in quantum machine learning",
 * Nat. Commun. 12, 2631 (2021), eq. (4):
 * {@code k(x, x') = exp(-gamma * sum_k ||rho_k(x) - rho_k(x')||_F^2)}, with {@code rho_k} the one-qubit
 * reduced density matrix of qubit {@code k} of {@code psi(x) = U(x)|0>}.
 *
 * <p>Computed from the Pauli expectation vectors {@code v(x)} of {@link ProjectedFeatures}: since
 * {@code rho = (I + sum_P <P> P) / 2} over {@code P = X, Y, Z} and {@code Tr(P Q) = 2 delta_PQ},
 * {@code ||rho - rho'||_F^2 = 1/2 * sum_P (<P> - <P>')^2}, so
 * {@code k(x, x') = exp(-(gamma / 2) ||v(x) - v(x')||^2)}.
 *
 * <p>Gamma convention: {@code gamma} here is Huang et al.'s, multiplying the sum of squared Frobenius
 * distances. The same kernel written as an RBF on the expectation vectors ({@link RbfKernel} on
 * {@link ProjectedFeatures}) needs {@link #rbfGamma()} {@code = gamma / 2}.
 *
 * <p>A block computes each sample's {@code 3n} expectations once (one state simulation per sample) and then
 * the pairwise distances, O(N n 2^n + N^2 n) for N samples. The kernel is PSD (a Gaussian kernel of the
 * vectors), symmetric, and 1 on the diagonal.
 */
public final class ProjectedKernel implements BlockKernel {
    private static final long serialVersionUID = 1L;

    private final ProjectedFeatures features;
    private final double gamma;

    public ProjectedKernel(FeatureMap featureMap, double gamma) {
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("projected kernel gamma must be a positive finite number, got " + gamma);
        }
        this.features = new ProjectedFeatures(featureMap);
        this.gamma = gamma;
    }

    /** Huang et al.'s gamma, multiplying {@code sum_k ||rho_k - rho_k'||_F^2}. */
    public double gamma() {
        return gamma;
    }

    /** The RBF gamma on expectation vectors giving the same kernel: {@code gamma / 2}. */
    public double rbfGamma() {
        return gamma / 2;
    }

    public ProjectedFeatures features() {
        return features;
    }

    /** {@code exp(-(gamma / 2) ||u - v||^2)} for two expectation vectors. */
    public double fromExpectations(double[] u, double[] v) {
        double s = 0;
        for (int k = 0; k < u.length; k++) {
            double d = u[k] - v[k];
            s += d * d;
        }
        return Math.exp(-rbfGamma() * s);
    }

    @Override
    public void block(double[][] rows, double[][] cols, double[] out) {
        double[][] u = features.features(rows);
        double[][] v = features.features(cols);
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i * v.length + j] = fromExpectations(u[i], v[j]);
            }
        }
    }

    @Override
    public void symmetricBlock(double[][] rows, double[] out) {
        double[][] u = features.features(rows);
        int n = u.length;
        for (int i = 0; i < n; i++) {
            out[i * n + i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double value = fromExpectations(u[i], u[j]);
                out[i * n + j] = value;
                out[j * n + i] = value;
            }
        }
    }

    @Override
    public String describe() {
        return "projected[gamma=" + gamma + "," + features.featureMap().describe() + "]";
    }
}
