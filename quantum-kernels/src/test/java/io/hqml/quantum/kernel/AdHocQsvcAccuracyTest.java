package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.data.AdHocDataset;
import io.hqml.quantum.data.LabeledPoints;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.learn.KernelSvm;
import io.hqml.quantum.learn.OneVsRestKernelSvm;
import io.hqml.quantum.metrics.ClassificationMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Qiskit Machine Learning QSVC tutorial setting (REFERENCES.md): ad hoc data, n = 2, gap 0.3,
 * 20 training + 5 test points per class, ZZ feature map with reps 2, SVM with C = 1. Over 10 seeds (each
 * seed draws a new labelling unitary and new points) the mean test accuracy must reach 0.9.
 */
class AdHocQsvcAccuracyTest {

    @Test
    void meanTestAccuracyOverTenSeedsIsAtLeastPointNine() {
        FidelityKernel kernel = new FidelityKernel(new ZZFeatureMap(2, 2, Entanglement.LINEAR));
        List<Double> accuracies = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            LabeledPoints data = AdHocDataset.generate(2, 0.3, 20, 5, seed);
            List<double[]> train = new ArrayList<>(), test = new ArrayList<>();
            List<Integer> trainY = new ArrayList<>(), testY = new ArrayList<>();
            for (int i = 0; i < data.labels().length; i++) {
                (data.test()[i] ? test : train).add(data.features()[i]);
                (data.test()[i] ? testY : trainY).add(data.labels()[i]);
            }
            double[][] tr = train.toArray(double[][]::new), te = test.toArray(double[][]::new);
            double[][] kTrain = square(kernel, tr, tr), kTest = square(kernel, te, tr);
            OneVsRestKernelSvm svm = OneVsRestKernelSvm.fit(kTrain, ints(trainY), 2, KernelSvm.Options.defaults());
            accuracies.add(ClassificationMetrics.accuracy(ints(testY), svm.predict(kTest), 2));
        }
        double mean = accuracies.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(mean >= 0.9, "mean test accuracy " + mean + " over seeds 1..10: " + accuracies);
    }

    private static double[][] square(BlockKernel k, double[][] rows, double[][] cols) {
        double[] flat = new double[rows.length * cols.length];
        k.block(rows, cols, flat);
        double[][] out = new double[rows.length][cols.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(flat, i * cols.length, out[i], 0, cols.length);
        }
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
