package io.hqml.quantum.kernel;

import io.hqml.quantum.engine.Engines;
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
    private final String engineChoice;
    // Engines hold scratch space and are not thread-safe: one per deserialized kernel (one per task).
    private transient StatevectorEngine engine;

    /** With the default engine choice ({@link Engines#create()}: {@code hqml.engine}, default auto). */
    public FidelityKernel(FeatureMap featureMap) {
        this(featureMap, null);
    }

    /**
     * With an engine choice ({@code auto}, {@code java}, {@code native}; null = default), resolved where the kernel
     * runs: each executor picks its own engine, so a cluster without the native library still computes.
     */
    public FidelityKernel(FeatureMap featureMap, String engineChoice) {
        this.featureMap = featureMap;
        this.engineChoice = engineChoice;
    }

    public FeatureMap featureMap() {
        return featureMap;
    }

    /** The engine this kernel simulates with, created on first use in this JVM copy. */
    public StatevectorEngine engine() {
        if (engine == null) {
            engine = engineChoice == null ? Engines.create() : Engines.create(engineChoice);
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
        if (engine() instanceof GramAccelerator g) {
            if (g.fidelityBlock(featureMap, rows, cols, out)) {
                return;
            }
            g.gramBlock(states(rows), rows.length, states(cols), cols.length, dim, out);
        } else {
            FidelityGram.block(states(rows), rows.length, states(cols), cols.length, dim, out);
        }
    }

    @Override
    public void symmetricBlock(double[][] rows, double[] out) {
        int dim = 1 << featureMap.numQubits();
        if (engine() instanceof GramAccelerator g) {
            if (g.fidelityBlock(featureMap, rows, null, out)) {
                return;
            }
            g.gramSymmetric(states(rows), rows.length, dim, out);
        } else {
            FidelityGram.symmetric(states(rows), rows.length, dim, out);
        }
    }

    @Override
    public String describe() {
        return "fidelity[" + featureMap.describe() + "]";
    }
}
