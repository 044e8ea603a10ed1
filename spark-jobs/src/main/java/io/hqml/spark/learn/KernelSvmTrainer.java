package io.hqml.spark.learn;

import io.hqml.quantum.learn.KernelSvm;
import io.hqml.quantum.learn.OneVsRestKernelSvm;

/**
 * Stage 6, learn (kernel models): the exact SVM on a precomputed kernel, one-vs-rest beyond two
 * classes. The quantum and RBF models both come through here, so they differ only in their kernel.
 */
public final class KernelSvmTrainer {
    private KernelSvmTrainer() {
    }

    public static ModelOutcome train(String model, String family, String description, double[][] trainKernel,
                                     double[][] testKernel, int[] trainClasses, int numClasses,
                                     KernelSvm.Options options) {
        OneVsRestKernelSvm svm = OneVsRestKernelSvm.fit(trainKernel, trainClasses, numClasses, options);
        double[][] trainScores = svm.scores(trainKernel);
        double[][] testScores = svm.scores(testKernel);
        // LIBSVM warns when it stops at the iteration cap; we say so where the result is reported.
        String solver = ",C=" + options.c() + (svm.converged() ? "" : ",NOT CONVERGED: raise svm.maxIterations");
        return new ModelOutcome(model, family, description + solver, argmax(trainScores), trainScores,
                argmax(testScores), testScores);
    }

    /** Highest score wins; ties go to the lowest class index. */
    static int[] argmax(double[][] scores) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int c = 1; c < scores[i].length; c++) {
                if (scores[i][c] > scores[i][best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
