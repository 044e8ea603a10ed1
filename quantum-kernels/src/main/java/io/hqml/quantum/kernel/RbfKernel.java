package io.hqml.quantum.kernel;

/**
 * The classical Gaussian kernel {@code exp(-gamma ||x - y||^2)}: the baseline every quantum kernel is
 * compared with, computed by the same tiled machinery and fed to the same SVM solver.
 */
public final class RbfKernel implements BlockKernel {
    private static final long serialVersionUID = 1L;

    private final double gamma;

    public RbfKernel(double gamma) {
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("rbf gamma must be a positive finite number, got " + gamma);
        }
        this.gamma = gamma;
    }

    /**
     * scikit-learn's {@code gamma='scale'}: {@code 1 / (d * Var(X))} over all entries of the training
     * matrix; falls back to {@code 1/d} for constant data.
     */
    public static double scaleGamma(double[][] train) {
        int d = train[0].length;
        double sum = 0, sumSq = 0;
        long count = 0;
        for (double[] row : train) {
            for (double v : row) {
                sum += v;
                sumSq += v * v;
                count++;
            }
        }
        double mean = sum / count;
        double var = sumSq / count - mean * mean;
        return var > 1e-12 ? 1.0 / (d * var) : 1.0 / d;
    }

    public double gamma() {
        return gamma;
    }

    @Override
    public void block(double[][] rows, double[][] cols, double[] out) {
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                out[i * cols.length + j] = Math.exp(-gamma * squaredDistance(rows[i], cols[j]));
            }
        }
    }

    private static double squaredDistance(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("rbf kernel rows have " + x.length + " and " + y.length + " features");
        }
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - y[k];
            s += d * d;
        }
        return s;
    }

    @Override
    public String describe() {
        return "rbf[gamma=" + gamma + "]";
    }
}
