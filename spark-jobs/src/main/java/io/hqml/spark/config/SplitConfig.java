package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

/** {@code split:} the seeded, stratified train/test split. */
public final class SplitConfig {
    /** Fraction of each class that goes to the test split (rounded per class, at least one row). */
    public double testFraction = 0.2;
    /** Seed of the split; defaults to the run's seed. */
    public Long seed;

    void validate() {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw invalidConfig("split.testFraction", "is " + testFraction, "use a value strictly between 0 and 1");
        }
    }
}
