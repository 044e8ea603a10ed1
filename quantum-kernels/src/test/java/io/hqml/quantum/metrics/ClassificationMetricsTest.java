package io.hqml.quantum.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static double[][] binaryScores(double... positiveScores) {
        double[][] s = new double[positiveScores.length][];
        for (int i = 0; i < s.length; i++) {
            s[i] = new double[] {1 - positiveScores[i], positiveScores[i]};
        }
        return s;
    }

    @Test
    void binaryAucMatchesTheSklearnDocumentationExample() {
        // sklearn roc_auc_score([0,0,1,1], [0.1,0.4,0.35,0.8]) = 0.75: of the 4 (pos, neg) pairs only
        // (0.35 vs 0.4) is ordered wrongly.
        assertEquals(0.75, ClassificationMetrics.rocAuc(new int[] {0, 0, 1, 1},
                binaryScores(0.1, 0.4, 0.35, 0.8), 2), 1e-12);
    }

    @Test
    void tiedScoresCountOneHalf() {
        // Positives {0.5, 0.9}, negatives {0.5, 0.2}: pairs 0.5~0.5 -> 1/2, the other three -> 1; 3.5 / 4.
        assertEquals(0.875, ClassificationMetrics.rocAuc(new int[] {0, 1, 0, 1},
                binaryScores(0.5, 0.5, 0.2, 0.9), 2), 1e-12);
        // All scores equal: every pair is a tie, AUC = 1/2.
        assertEquals(0.5, ClassificationMetrics.rocAuc(new int[] {0, 1, 1, 0, 1},
                binaryScores(0.3, 0.3, 0.3, 0.3, 0.3), 2), 1e-12);
    }

    @Test
    void sortedAucAgreesWithPairCountingOnRandomTiedData() {
        Random rnd = new Random(17);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + rnd.nextInt(60);
            int[] truth = new int[n];
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                truth[i] = i < 2 ? i : rnd.nextInt(2); // both classes always present
                s[i] = Math.round(rnd.nextDouble() * 5) / 5.0; // 6 distinct values: many ties
            }
            double pairs = 0;
            long count = 0;
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    if (truth[p] == 1 && truth[q] == 0) {
                        pairs += s[p] > s[q] ? 1 : s[p] == s[q] ? 0.5 : 0;
                        count++;
                    }
                }
            }
            assertEquals(pairs / count, ClassificationMetrics.rocAuc(truth, binaryScores(s), 2), 1e-12);
        }
    }

    @Test
    void multiclassAucIsTheMacroMeanOfOneVsRestAucs() {
        int[] truth = {0, 0, 1, 1, 2, 2};
        double[][] scores = {
            {0.9, 0.1, 0.0}, {0.6, 0.3, 0.1}, {0.2, 0.7, 0.1}, {0.6, 0.2, 0.2}, {0.1, 0.2, 0.7}, {0.3, 0.3, 0.4}};
        // Class 0: pos {0.9, 0.6} vs neg {0.2, 0.6, 0.1, 0.3}: 4 + 3.5 = 7.5 / 8 = 0.9375.
        // Class 1: pos {0.7, 0.2} vs neg {0.1, 0.3, 0.2, 0.3}: 4 + 1.5 = 5.5 / 8 = 0.6875.
        // Class 2: pos {0.7, 0.4} vs neg {0.0, 0.1, 0.1, 0.2}: 8 / 8 = 1.
        // Macro mean 2.625 / 3 = 0.875 (= sklearn roc_auc_score(multi_class="ovr"); rows sum to 1).
        assertEquals(0.875, ClassificationMetrics.rocAuc(truth, scores, 3), 1e-12);
        // A fourth class absent from truth is skipped rather than averaged in.
        double[][] padded = new double[6][];
        for (int i = 0; i < 6; i++) {
            padded[i] = new double[] {scores[i][0], scores[i][1], scores[i][2], 0.0};
        }
        assertEquals(0.875, ClassificationMetrics.rocAuc(truth, padded, 4), 1e-12);
    }

    @Test
    void aucIsNanWithOnlyOneTrueClass() {
        assertTrue(Double.isNaN(ClassificationMetrics.rocAuc(new int[] {1, 1}, binaryScores(0.2, 0.8), 2)));
        assertTrue(Double.isNaN(ClassificationMetrics.rocAuc(new int[] {2, 2},
                new double[][] {{0, 0, 1}, {1, 0, 0}}, 3)));
    }

    @Test
    void balancedAccuracyExposesAConstantPredictorOnImbalancedData() {
        int[] truth = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        int[] allZero = new int[10];
        assertEquals(0.8, ClassificationMetrics.accuracy(truth, allZero, 2), 1e-12);
        // Recall 1 on class 0 and 0 on class 1.
        assertEquals(0.5, ClassificationMetrics.balancedAccuracy(truth, allZero, 2), 1e-12);
        // Class 2 is predicted but absent from truth, so it has no recall: (2/3 + 1) / 2 = 5/6.
        assertEquals(5.0 / 6, ClassificationMetrics.balancedAccuracy(new int[] {0, 0, 0, 1},
                new int[] {0, 2, 0, 1}, 3), 1e-12);
    }

    @Test
    void binaryF1IsTheF1OfClassOne() {
        // TP = 2, FP = 1, FN = 1: precision = recall = 2/3, F1 = 2/3.
        assertEquals(2.0 / 3, ClassificationMetrics.f1(new int[] {0, 1, 1, 0, 1}, new int[] {0, 1, 0, 1, 1}, 2),
                1e-12);
        // No positive anywhere: precision and recall undefined, zero_division = 0.
        assertEquals(0.0, ClassificationMetrics.f1(new int[] {0, 0}, new int[] {0, 0}, 2), 0.0);
        // Perfect on class 0 does not help: class 1 has TP = 0.
        assertEquals(0.0, ClassificationMetrics.f1(new int[] {0, 1}, new int[] {0, 0}, 2), 0.0);
    }

    @Test
    void macroF1AveragesClassesSeenInTruthOrPredictions() {
        int[] truth = {0, 0, 1, 1, 2, 2};
        // Class 0: TP 1, FP 1, FN 1 -> 1/2. Class 1: TP 2, FP 1, FN 0 -> 4/5. Class 2: TP 1, FP 0, FN 1 -> 2/3.
        // Macro = (1/2 + 4/5 + 2/3) / 3 = 59/90.
        assertEquals(59.0 / 90, ClassificationMetrics.f1(truth, new int[] {0, 1, 1, 1, 2, 0}, 3), 1e-12);
        // Class 3 is only predicted (F1 0) and counts; class 4 never occurs and does not:
        // (2/3 + 4/5 + 2/3 + 0) / 4 = 8/15.
        assertEquals(8.0 / 15, ClassificationMetrics.f1(truth, new int[] {0, 1, 1, 1, 2, 3}, 5), 1e-12);
    }

    @Test
    void evaluateCollectsEveryMetric() {
        int[] truth = {0, 0, 1, 1};
        int[] predicted = {0, 1, 1, 1};
        double[][] scores = binaryScores(0.1, 0.4, 0.35, 0.8);
        ClassificationMetrics.Report r = ClassificationMetrics.evaluate(truth, predicted, scores, 2);
        assertEquals(new ClassificationMetrics.Report(0.75, 0.75, 0.8, 0.75), r);
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(new int[] {0, 1}, new int[] {0}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.f1(new int[] {0, 1}, new int[] {0, 2}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.rocAuc(new int[] {0, 1}, binaryScores(0.5), 2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.rocAuc(new int[] {0, 1}, new double[][] {{0.5}, {0.5}}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.rocAuc(new int[] {0, 1}, binaryScores(0.5, Double.NaN), 2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(new int[0], new int[0], 2));
    }
}
