package io.hqml.spark.learn;

/**
 * What one trained model produced on both splits: predicted class indices and per-class scores
 * (decision values or probabilities; higher means more likely), in the splits' row order.
 *
 * @param family {@code quantum} or {@code classical}: the summary and lineage keep them side by side
 */
public record ModelOutcome(String model, String family, String description, int[] trainPredicted,
                           double[][] trainScores, int[] testPredicted, double[][] testScores) {
}
