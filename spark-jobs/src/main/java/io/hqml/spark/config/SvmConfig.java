package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import io.hqml.quantum.learn.KernelSvm;

/** {@code svm:} the exact precomputed-kernel SVM shared by the quantum and RBF models. */
public final class SvmConfig {
    public static final int DEFAULT_MAX_TRAIN_ROWS = 4096;

    public double c = 1.0;
    public double tolerance = 1e-3;
    public int maxIterations = 100_000;
    /**
     * The driver threshold: the exact SVMs hold an N x N kernel on the driver (8 N^2 bytes: 134 MB at 4096
     * rows), so more training rows than this are refused and {@code quantum.kernels: [nystroem]} is the way on.
     */
    public int maxTrainRows = DEFAULT_MAX_TRAIN_ROWS;

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
