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
}
