package io.hqml.quantum.kernel;

import java.io.Serializable;

/**
 * A kernel evaluated a block at a time: {@code out[i * cols.length + j] = k(rows[i], cols[j])}.
 * Block evaluation is the unit of work of a Spark task: expensive per-sample work (a quantum state)
 * is done once per sample of the block, never once per pair.
 *
 * <p>Tiled callers should call the {@code ...At} methods, which also pass where the block lies in the whole
 * matrix (global sample indices {@code rowOffset + i}, {@code colOffset + j}). Deterministic kernels ignore
 * the offsets (the defaults delegate to {@link #block} and {@link #symmetricBlock}); kernels with per-entry
 * randomness ({@link ShotFidelityKernel}) seed each entry from its global indices, so the assembled matrix
 * does not depend on the tile size. For the training matrix of {@code N} samples a caller computes tiles
 * {@code I <= J}: {@link #symmetricBlockAt} on the diagonal, {@link #gramBlockAt} off it, and mirrors; for
 * a cross matrix (test rows against training rows) it calls {@link #blockAt} on every tile.
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

    /**
     * A tile of a cross matrix between two different sample sets: rows are samples
     * {@code rowOffset, rowOffset + 1, ...} of the first set, columns samples {@code colOffset, ...} of the
     * second. Defaults to {@link #block}.
     */
    default void blockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        block(rows, cols, out);
    }

    /**
     * A tile of the symmetric Gram matrix of one sample set: rows are samples {@code rowOffset, ...} and
     * columns samples {@code colOffset, ...} of the same set (an off-diagonal tile when the ranges are
     * disjoint). Defaults to {@link #block}.
     */
    default void gramBlockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        block(rows, cols, out);
    }

    /** A diagonal tile of the Gram matrix: samples {@code offset, ...} with themselves. Defaults to {@link #symmetricBlock}. */
    default void symmetricBlockAt(double[][] rows, int offset, double[] out) {
        symmetricBlock(rows, out);
    }

    /** A description for lineage, e.g. {@code fidelity[zz(qubits=2,reps=2,entanglement=linear)]}. */
    String describe();
}
