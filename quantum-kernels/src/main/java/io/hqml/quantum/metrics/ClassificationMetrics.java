package io.hqml.quantum.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Classification metrics over class indices {@code 0 .. numClasses-1}, matching scikit-learn's definitions.
 *
 * <p>All methods are pure and validate their inputs: arrays must be non-null, non-empty and of equal
 * length, class indices in range, and {@code scores} an {@code N x numClasses} matrix without NaN, where a
 * higher score means "more likely this class" (probabilities or decision values both work, because only
 * the order of scores matters).
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /** The four headline metrics of one evaluation. */
    public record Report(double accuracy, double balancedAccuracy, double f1, double rocAuc) {
    }

    /** Computes every metric of {@link Report}. */
    public static Report evaluate(int[] truth, int[] predicted, double[][] scores, int numClasses) {
        return new Report(accuracy(truth, predicted, numClasses), balancedAccuracy(truth, predicted, numClasses),
                f1(truth, predicted, numClasses), rocAuc(truth, scores, numClasses));
    }

    /** Fraction of points whose predicted class equals the true class. */
    public static double accuracy(int[] truth, int[] predicted, int numClasses) {
        checkLabels(truth, predicted, numClasses);
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += truth[i] == predicted[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
    }

    /**
     * Mean recall over the classes present in {@code truth} (sklearn {@code balanced_accuracy_score}); a class
     * that is only predicted has no recall and is left out, so a constant predictor scores {@code 1/#classes}.
     */
    public static double balancedAccuracy(int[] truth, int[] predicted, int numClasses) {
        long[][] confusion = confusion(truth, predicted, numClasses);
        double recallSum = 0;
        int present = 0;
        for (int c = 0; c < numClasses; c++) {
            long support = Arrays.stream(confusion[c]).sum();
            if (support > 0) {
                recallSum += (double) confusion[c][c] / support;
                present++;
            }
        }
        return recallSum / present;
    }

    /**
     * F1 score. Binary ({@code numClasses == 2}): F1 of class 1. Otherwise: unweighted mean of per-class F1
     * over the classes that occur in {@code truth} or {@code predicted}. A class with no true positive scores
     * 0 (sklearn {@code zero_division=0}), which {@code 2TP / (2TP + FP + FN)} yields directly.
     */
    public static double f1(int[] truth, int[] predicted, int numClasses) {
        long[][] confusion = confusion(truth, predicted, numClasses);
        if (numClasses == 2) {
            return classF1(confusion, 1);
        }
        double sum = 0;
        int used = 0;
        for (int c = 0; c < numClasses; c++) {
            if (classF1Defined(confusion, c)) {
                sum += classF1(confusion, c);
                used++;
            }
        }
        return sum / used; // used >= 1: every point's true class occurs
    }

    private static boolean classF1Defined(long[][] confusion, int c) {
        long truePlusPredicted = 0;
        for (int k = 0; k < confusion.length; k++) {
            truePlusPredicted += confusion[c][k] + confusion[k][c];
        }
        return truePlusPredicted > 0;
    }

    /** {@code 2TP / (2TP + FP + FN)}, the harmonic mean of precision and recall, 0 if the class never occurs. */
    private static double classF1(long[][] confusion, int c) {
        long tp = confusion[c][c];
        long fn = Arrays.stream(confusion[c]).sum() - tp;
        long fp = 0;
        for (int k = 0; k < confusion.length; k++) {
            fp += k == c ? 0 : confusion[k][c];
        }
        long denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 0.0 : 2.0 * tp / denominator;
    }

    /**
     * Area under the ROC curve. Binary: AUC of {@code scores[:,1]} for class 1. Otherwise: unweighted mean of
     * the one-vs-rest AUCs of {@code scores[:,c]} over the classes present in {@code truth} (unlike sklearn,
     * rows need not be probabilities and absent classes are skipped). Tied scores count 1/2 per pair.
     *
     * @return the AUC, or NaN if {@code truth} contains a single class (no positive/negative pair exists)
     */
    public static double rocAuc(int[] truth, double[][] scores, int numClasses) {
        checkScores(truth, scores, numClasses);
        boolean[] present = new boolean[numClasses];
        int distinct = 0;
        for (int t : truth) {
            distinct += present[t] ? 0 : 1;
            present[t] = true;
        }
        if (distinct < 2) {
            return Double.NaN;
        }
        if (numClasses == 2) {
            return oneVsRestAuc(truth, scores, 1);
        }
        double sum = 0;
        for (int c = 0; c < numClasses; c++) {
            sum += present[c] ? oneVsRestAuc(truth, scores, c) : 0;
        }
        return sum / distinct;
    }

    /**
     * Mann-Whitney U of class {@code positive} against the rest, normalised to [0, 1]. Sorting once and giving
     * each tie group its mean rank makes this O(N log N) and counts every tied pair as 1/2.
     */
    private static double oneVsRestAuc(int[] truth, double[][] scores, int positive) {
        int n = truth.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a][positive], scores[b][positive]));
        double positiveRankSum = 0;
        long positives = 0;
        for (int start = 0; start < n; ) {
            int end = start; // tie group is order[start .. end)
            while (end < n && scores[order[end]][positive] == scores[order[start]][positive]) {
                end++;
            }
            double meanRank = (start + 1 + end) / 2.0; // ranks are 1-based: start+1 .. end
            for (int r = start; r < end; r++) {
                if (truth[order[r]] == positive) {
                    positiveRankSum += meanRank;
                    positives++;
                }
            }
            start = end;
        }
        long negatives = n - positives;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** {@code confusion[t][p]} = number of points of true class t predicted as p. */
    private static long[][] confusion(int[] truth, int[] predicted, int numClasses) {
        checkLabels(truth, predicted, numClasses);
        long[][] confusion = new long[numClasses][numClasses];
        for (int i = 0; i < truth.length; i++) {
            confusion[truth[i]][predicted[i]]++;
        }
        return confusion;
    }

    private static void checkLabels(int[] truth, int[] predicted, int numClasses) {
        Objects.requireNonNull(predicted, "predicted must not be null; pass one predicted class per point");
        checkTruth(truth, numClasses);
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException("predicted has " + predicted.length + " entries but truth has "
                    + truth.length + "; pass one prediction per point");
        }
        checkRange("predicted", predicted, numClasses);
    }

    private static void checkScores(int[] truth, double[][] scores, int numClasses) {
        Objects.requireNonNull(scores, "scores must not be null; pass an N x numClasses score matrix");
        checkTruth(truth, numClasses);
        if (scores.length != truth.length) {
            throw new IllegalArgumentException("scores has " + scores.length + " rows but truth has "
                    + truth.length + "; pass one score row per point");
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null || scores[i].length != numClasses) {
                throw new IllegalArgumentException("scores row " + i + " does not have " + numClasses
                        + " entries; pass one score per class");
            }
            for (double s : scores[i]) {
                if (Double.isNaN(s)) {
                    throw new IllegalArgumentException("scores row " + i + " contains NaN; fix the scoring model");
                }
            }
        }
    }

    private static void checkTruth(int[] truth, int numClasses) {
        Objects.requireNonNull(truth, "truth must not be null; pass one true class per point");
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be >= 2, got " + numClasses);
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("truth is empty; metrics need at least one point");
        }
        checkRange("truth", truth, numClasses);
    }

    private static void checkRange(String name, int[] labels, int numClasses) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + labels[i] + " is outside 0.."
                        + (numClasses - 1) + "; pass class indices or raise numClasses");
            }
        }
    }
}
