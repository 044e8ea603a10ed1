package io.hqml.spark.ml.classification;

import io.hqml.quantum.learn.KernelSvm;
import io.hqml.quantum.learn.OneVsRestKernelSvm;
import java.io.Serializable;

/**
 * What a fitted {@link QuantumKernelSVCModel} keeps of its training data: the rows that are a support vector
 * ({@code alpha_i > 0}) of at least one binary SVM, in training order; for each binary SVM its dual
 * coefficients {@code alpha_i y_i} over those rows (0 where a row is not one of that SVM's support vectors)
 * and its bias. The binary SVMs are those of {@link OneVsRestKernelSvm}: one (class 1 against class 0) for two
 * classes, else one per class. Rows with {@code alpha_i = 0} for every SVM do not change any decision value,
 * so scores equal those of the full model.
 *
 * @param numClasses   number of classes C (>= 2)
 * @param vectors      support vectors, one row each
 * @param coefficients {@code coefficients[m][s] = alpha_s y_s} of binary SVM m
 * @param biases       bias of each binary SVM
 */
record SupportVectors(int numClasses, double[][] vectors, double[][] coefficients, double[] biases)
        implements Serializable {

    SupportVectors {
        int models = numClasses == 2 ? 1 : numClasses;
        if (numClasses < 2 || coefficients.length != models || biases.length != models) {
            throw new IllegalArgumentException("support data of " + numClasses + " classes needs " + models
                    + " binary model(s), got " + coefficients.length + " coefficient rows and " + biases.length
                    + " biases; the saved model is corrupt");
        }
        for (double[] row : coefficients) {
            if (row.length != vectors.length) {
                throw new IllegalArgumentException("each binary model needs one coefficient per support vector ("
                        + vectors.length + "), got " + row.length + "; the saved model is corrupt");
            }
        }
        if (vectors.length == 0) {
            throw new IllegalArgumentException("a fitted model has at least one support vector, got none; the saved"
                    + " model is corrupt");
        }
        int d = vectors[0].length;
        for (double[] v : vectors) {
            if (v.length != d) {
                throw new IllegalArgumentException("support vectors have different lengths (" + d + " and "
                        + v.length + "); the saved model is corrupt");
            }
        }
    }

    /** Keeps the union of the support vectors of {@code svm}, trained on the kernel of {@code rows}. */
    static SupportVectors of(OneVsRestKernelSvm svm, double[][] rows) {
        KernelSvm.Model[] models = svm.binaryModels();
        boolean[] support = new boolean[rows.length];
        for (KernelSvm.Model m : models) {
            for (int i : m.supportIndices()) {
                support[i] = true;
            }
        }
        int[] kept = java.util.stream.IntStream.range(0, rows.length).filter(i -> support[i]).toArray();
        double[][] vectors = new double[kept.length][];
        double[][] coefficients = new double[models.length][kept.length];
        double[] biases = new double[models.length];
        for (int s = 0; s < kept.length; s++) {
            vectors[s] = rows[kept[s]].clone();
        }
        for (int m = 0; m < models.length; m++) {
            double[] alpha = models[m].alpha();
            int[] y = models[m].y();
            for (int s = 0; s < kept.length; s++) {
                coefficients[m][s] = alpha[kept[s]] * y[kept[s]];
            }
            biases[m] = models[m].bias();
        }
        return new SupportVectors(svm.numClasses(), vectors, coefficients, biases);
    }

    int size() {
        return vectors.length;
    }

    int numFeatures() {
        return vectors[0].length;
    }

    /**
     * Class scores of one row from its kernel values {@code k[offset + s] = k(x, vectors[s])}: {@code (-f, f)}
     * for two classes, else each binary SVM's {@code f}, as {@link OneVsRestKernelSvm#scores}. Each {@code f}
     * adds the terms in the order {@link KernelSvm.Model#decision} does, starting from the bias.
     */
    double[] scores(double[] k, int offset) {
        double[] out = new double[numClasses];
        for (int m = 0; m < coefficients.length; m++) {
            double f = biases[m];
            double[] coef = coefficients[m];
            for (int s = 0; s < coef.length; s++) {
                if (coef[s] != 0) { // rows outside this SVM's support contribute nothing
                    f += coef[s] * k[offset + s];
                }
            }
            if (numClasses == 2) {
                out[0] = -f;
                out[1] = f;
            } else {
                out[m] = f;
            }
        }
        return out;
    }

    /** The highest score's class; ties go to the lowest class index, as {@link OneVsRestKernelSvm#predict}. */
    static int argmax(double[] scores) {
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }
}
