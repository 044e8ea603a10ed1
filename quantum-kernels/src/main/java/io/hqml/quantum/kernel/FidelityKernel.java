package io.hqml.quantum.kernel;

import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.StatevectorEngine;
import io.hqml.quantum.featuremap.FeatureMap;

/**
 * The fidelity quantum kernel {@code k(x, y) = |<psi(x)|psi(y)>|^2} with {@code psi(x) = U(x)|0>}.
 * A block prepares each sample's state once with a statevector engine and then forms the Gram block
 * from the states ({@link FidelityGram}): O(N) circuit simulations for N samples, never O(N^2).
 */
public final class FidelityKernel implements BlockKernel {
    private static final long serialVersionUID = 1L;

    private final FeatureMap featureMap;
    // Engines hold scratch space and are not thread-safe: one per deserialized kernel (one per task).
    private transient StatevectorEngine engine;

    public FidelityKernel(FeatureMap featureMap) {
        this.featureMap = featureMap;
    }

    public FeatureMap featureMap() {
        return featureMap;
    }

    /** The engine this kernel simulates with, created on first use in this JVM copy. */
    public StatevectorEngine engine() {
        if (engine == null) {
            engine = new JavaStatevectorEngine();
        }
        return engine;
    }

    /** States of all rows, interleaved complex, one row after another. */
    public double[] states(double[][] rows) {
        int dim = 1 << featureMap.numQubits();
        double[] out = new double[rows.length * 2 * dim];
        engine().prepareStates(featureMap, rows, out);
        return out;
    }

    @Override
    public void block(double[][] rows, double[][] cols, double[] out) {
        int dim = 1 << featureMap.numQubits();
        FidelityGram.block(states(rows), rows.length, states(cols), cols.length, dim, out);
    }

    @Override
    public void symmetricBlock(double[][] rows, double[] out) {
        int dim = 1 << featureMap.numQubits();
        FidelityGram.symmetric(states(rows), rows.length, dim, out);
    }

    @Override
    public String describe() {
        return "fidelity[" + featureMap.describe() + "]";
    }
}
