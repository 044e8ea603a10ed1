package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

/**
 * {@code baselines:} the classical models every run trains on the same split. They cannot be
 * switched off: a quantum result without a baseline next to it is not a result.
 */
public final class BaselinesConfig {
    /** RBF gamma: {@code scale} (scikit-learn's 1 / (d Var X)) or a positive number. */
    public String rbfGamma = "scale";
    /** MLlib LogisticRegression regularisation and iteration cap. */
    public double logisticRegParam = 0.0;
    public int logisticMaxIter = 100;
    /** MLlib LinearSVC regularisation and iteration cap. */
    public double linearSvcRegParam = 0.0;
    public int linearSvcMaxIter = 50;
    /** MLlib RandomForest size (seeded with the run's seed). */
    public int randomForestTrees = 50;
    public int randomForestMaxDepth = 5;

    void validate() {
        if (!"scale".equals(rbfGamma)) {
            try {
                double g = Double.parseDouble(rbfGamma);
                if (!(g > 0)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw invalidConfig("baselines.rbfGamma", "is '" + rbfGamma + "'", "use scale or a positive number");
            }
        }
        if (linearSvcRegParam < 0 || linearSvcMaxIter < 1 || randomForestTrees < 1 || randomForestMaxDepth < 1
                || randomForestMaxDepth > 30) {
            throw invalidConfig("baselines", "has linearSvcRegParam " + linearSvcRegParam + ", linearSvcMaxIter "
                    + linearSvcMaxIter + ", randomForestTrees " + randomForestTrees + ", randomForestMaxDepth "
                    + randomForestMaxDepth, "use regParam >= 0, maxIter >= 1, trees >= 1 and 1 <= maxDepth <= 30");
        }
        if (logisticRegParam < 0 || logisticMaxIter < 1) {
            throw invalidConfig("baselines", "has logisticRegParam " + logisticRegParam + ", logisticMaxIter "
                    + logisticMaxIter, "use regParam >= 0 and maxIter >= 1");
        }
    }
}
