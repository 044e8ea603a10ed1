package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import io.hqml.quantum.learn.KernelSvm;

/** {@code svm:} the exact precomputed-kernel SVM shared by the quantum and RBF models. */
public final class SvmConfig {
    public double c = 1.0;
    public double tolerance = 1e-3;
    public int maxIterations = 100_000;
    /** The exact SVM holds an N x N kernel on the driver: refuse more training rows than this. */
    public int maxTrainRows = 5000;

    void validate() {
        if (!(c > 0)) {
            throw invalidConfig("svm.c", "is " + c, "use a positive regularisation constant such as 1.0");
        }
        if (!(tolerance > 0)) {
            throw invalidConfig("svm.tolerance", "is " + tolerance, "use a small positive number such as 1e-3");
        }
        if (maxIterations < 1 || maxTrainRows < 2) {
            throw invalidConfig("svm", "has maxIterations " + maxIterations + ", maxTrainRows " + maxTrainRows,
                    "use positive limits");
        }
    }

    public KernelSvm.Options options() {
        return new KernelSvm.Options(c, tolerance, maxIterations);
    }
}
