package io.hqml.quantum.learn;

import java.io.Serializable;
import java.util.Objects;

/**
 * Multi-class classifier built from {@link KernelSvm} binary SVMs on a precomputed kernel.
 *
 * <p>With two classes a single SVM separates class 1 (+1) from class 0 (-1) and the class scores are
 * {@code (-f(x), f(x))}, so both classes are treated symmetrically and no second, redundant model is
 * trained. With {@code C > 2} classes, one SVM per class separates it (+1) from all others (-1) and the
 * score of class c is that SVM's decision value. Training is deterministic.
 */
public final class OneVsRestKernelSvm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int numClasses;
    /** One model when {@code numClasses == 2}, else one model per class. */
    private final KernelSvm.Model[] models;

    private OneVsRestKernelSvm(int numClasses, KernelSvm.Model[] models) {
        this.numClasses = numClasses;
        this.models = models;
    }

    /**
     * Trains the classifier.
     *
     * @param kernel     symmetric {@code N x N} training Gram matrix of finite values
     * @param classIndex class of each training point, in {@code 0 .. numClasses-1}; every class must occur
     * @param numClasses number of classes, at least 2
     * @param options    options for every binary SVM
     * @return the trained classifier
     * @throws IllegalArgumentException if the inputs break the contract above or that of {@link KernelSvm#fit}
     */
    public static OneVsRestKernelSvm fit(double[][] kernel, int[] classIndex, int numClasses,
                                         KernelSvm.Options options) {
        Objects.requireNonNull(classIndex, "classIndex must not be null; pass one class index per training point");
        Objects.requireNonNull(options, "options must not be null; use KernelSvm.Options.defaults()");
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be >= 2, got " + numClasses
                    + "; a classifier needs at least two classes");
        }
        int[] counts = new int[numClasses];
        for (int i = 0; i < classIndex.length; i++) {
            if (classIndex[i] < 0 || classIndex[i] >= numClasses) {
                throw new IllegalArgumentException("classIndex[" + i + "] = " + classIndex[i] + " is outside 0.."
                        + (numClasses - 1) + "; re-index classes or raise numClasses");
            }
            counts[classIndex[i]]++;
        }
        for (int c = 0; c < numClasses; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException("class " + c + " has no training points; every class 0.."
                        + (numClasses - 1) + " must be present (drop and re-index empty classes)");
            }
        }
        KernelSvm.Model[] models = new KernelSvm.Model[numClasses == 2 ? 1 : numClasses];
        for (int m = 0; m < models.length; m++) {
            int positive = numClasses == 2 ? 1 : m;
            models[m] = KernelSvm.fit(kernel, oneVsRestLabels(classIndex, positive), options);
        }
        return new OneVsRestKernelSvm(numClasses, models);
    }

    private static int[] oneVsRestLabels(int[] classIndex, int positive) {
        int[] y = new int[classIndex.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classIndex[i] == positive ? 1 : -1;
        }
        return y;
    }

    /** Number of classes C. */
    /** True when every binary SVM met its tolerance before the iteration cap. */
    public boolean converged() {
        for (KernelSvm.Model m : models) {
            if (!m.converged()) {
                return false;
            }
        }
        return true;
    }

    public int numClasses() {
        return numClasses;
    }

    /**
     * The binary SVMs behind the scores: one (class 1 as +1 against class 0) for two classes, else one per
     * class c (c as +1 against the rest), in class order. Callers that keep only support vectors read the
     * dual coefficients and biases from here.
     */
    public KernelSvm.Model[] binaryModels() {
        return models.clone();
    }

    /**
     * Class scores; higher means more likely.
     *
     * @param kernelRows {@code N_test x N} matrix, {@code kernelRows[r][i] = K(x_r, x_i)} over all training points
     * @return {@code N_test x C} scores: {@code (-f, f)} for two classes, else each class's decision value
     */
    public double[][] scores(double[][] kernelRows) {
        Objects.requireNonNull(kernelRows, "kernelRows must not be null");
        double[][] out = new double[kernelRows.length][numClasses];
        for (int r = 0; r < kernelRows.length; r++) {
            if (numClasses == 2) {
                double f = models[0].decision(kernelRows[r]);
                out[r][0] = -f;
                out[r][1] = f;
            } else {
                for (int c = 0; c < numClasses; c++) {
                    out[r][c] = models[c].decision(kernelRows[r]);
                }
            }
        }
        return out;
    }

    /**
     * Predicted class of each row: the argmax of {@link #scores(double[][])}, ties going to the lowest index
     * (so a binary decision value of exactly 0 predicts class 0).
     */
    public int[] predict(double[][] kernelRows) {
        double[][] s = scores(kernelRows);
        int[] out = new int[s.length];
        for (int r = 0; r < s.length; r++) {
            int best = 0;
            for (int c = 1; c < numClasses; c++) {
                if (s[r][c] > s[r][best]) { // strict: an equal later score does not displace the earlier class
                    best = c;
                }
            }
            out[r] = best;
        }
        return out;
    }
}
