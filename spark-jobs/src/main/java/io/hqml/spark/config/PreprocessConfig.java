package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import java.util.Set;

/**
 * {@code preprocess:} the MLlib stages fitted on the training split: standardise, reduce to the qubit
 * count, then map to rotation angles and multiply by the bandwidth.
 */
public final class PreprocessConfig {
    /** Zero mean, unit variance per feature (MLlib StandardScaler). */
    public boolean standardize = true;
    /** {@code none | pca | select} (select = UnivariateFeatureSelector, ANOVA F-test, top k). */
    public String reduce = "none";
    /** {@code none | minmax}: minmax maps each feature to [0, pi] on the training range. */
    public String angleScaling = "minmax";
    /** Multiplies every angle (Shaydulin and Wild 2022); smaller keeps the kernel away from identity. */
    public double bandwidth = 1.0;

    void validate() {
        if (!Set.of("none", "pca", "select").contains(reduce)) {
            throw invalidConfig("preprocess.reduce", "is '" + reduce + "'", "use none, pca or select");
        }
        if (!Set.of("none", "minmax").contains(angleScaling)) {
            throw invalidConfig("preprocess.angleScaling", "is '" + angleScaling + "'", "use none or minmax");
        }
        if (!(bandwidth > 0) || !Double.isFinite(bandwidth)) {
            throw invalidConfig("preprocess.bandwidth", "is " + bandwidth, "use a positive number such as 1.0");
        }
    }
}
