package io.hqml.quantum.kernel;

/**
 * An engine that forms fidelity Gram blocks itself (the native engine: one DGEMM of the real-split states).
 * {@link FidelityKernel} uses it when its engine implements this, else {@link FidelityGram}; results agree
 * to rounding (1e-12), which the native module's tests check.
 */
public interface GramAccelerator {

    /** {@code out[i * nb + j] = |<a_i|b_j>|^2} for states of {@code dim} amplitudes. */
    void gramBlock(double[] a, int na, double[] b, int nb, int dim, double[] out);

    /** The symmetric {@code n x n} block of {@code a} with itself, exactly symmetric. */
    void gramSymmetric(double[] a, int n, int dim, double[] out);

    /**
     * The fidelity Gram block of two blocks of feature rows of {@code map}, with the states kept in the engine's own
     * memory ({@code cols == null}: the symmetric block of {@code rows}). Returns false when the engine does not
     * take this path for these sizes; the caller then forms the block from states.
     */
    default boolean fidelityBlock(io.hqml.quantum.featuremap.FeatureMap map, double[][] rows, double[][] cols,
                                  double[] out) {
        return false;
    }
}
