package io.hqml.quantum.data;

import java.util.Objects;

/**
 * A labelled data set as produced by the generators in this package.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code features[i]} is point {@code i}; every row has {@code featureNames.length} entries.</li>
 *   <li>{@code labels[i]} is a class index {@code 0..C-1} (never negative).</li>
 *   <li>{@code test[i]} is true when the generator designates point {@code i} as a test point; a generator
 *       without a train/test split sets every entry false.</li>
 *   <li>{@code features}, {@code labels} and {@code test} have the same length.</li>
 * </ul>
 * The arrays are not copied (data sets can be large); callers must treat them as read-only.
 *
 * @param features     one row per point
 * @param labels       class index per point
 * @param test         test-set membership per point
 * @param featureNames name per feature column
 */
public record LabeledPoints(double[][] features, int[] labels, boolean[] test, String[] featureNames) {

    /** Validates the contract above; throws {@link IllegalArgumentException} naming the first violation. */
    public LabeledPoints {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(featureNames, "featureNames");
        if (labels.length != features.length || test.length != features.length) {
            throw new IllegalArgumentException("features, labels and test must have equal lengths, got "
                    + features.length + ", " + labels.length + ", " + test.length);
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i] == null || features[i].length != featureNames.length) {
                throw new IllegalArgumentException("row " + i + " must have " + featureNames.length
                        + " features (one per feature name)");
            }
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i]
                        + "; labels must be class indices 0..C-1");
            }
        }
    }

    /** Number of points. */
    public int size() {
        return features.length;
    }

    /** Number of features per point. */
    public int dimension() {
        return featureNames.length;
    }

    /** Number of classes C, i.e. the largest label plus one (0 for an empty set). */
    public int numClasses() {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max + 1;
    }
}
