package io.hqml.quantum.kernel;

import java.io.Serializable;

/**
 * A kernel evaluated a block at a time: {@code out[i * cols.length + j] = k(rows[i], cols[j])}.
 * Block evaluation is the unit of work of a Spark task: expensive per-sample work (a quantum state)
 * is done once per sample of the block, never once per pair.
 */
public interface BlockKernel extends Serializable {

    /** Fills the {@code rows.length x cols.length} block, row-major. */
    void block(double[][] rows, double[][] cols, double[] out);

    /**
     * Fills the symmetric block {@code k(rows[i], rows[j])}, computing only {@code i <= j} and mirroring.
     * The default delegates to {@link #block}; kernels with a cheaper symmetric path override it.
     */
    default void symmetricBlock(double[][] rows, double[] out) {
        block(rows, rows, out);
    }

    /** A description for lineage, e.g. {@code fidelity[zz(qubits=2,reps=2,entanglement=linear)]}. */
    String describe();
}
