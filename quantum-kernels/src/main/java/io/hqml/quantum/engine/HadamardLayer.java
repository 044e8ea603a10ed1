package io.hqml.quantum.engine;

/**
 * H on a set of qubits (a Walsh-Hadamard transform) in few sweeps over memory, unnormalised butterflies
 * ({@link Butterflies}) with one scale. The state is cut into blocks of {@code 2^}{@link #BLOCK_BITS}
 * amplitudes (32 KiB, resident in L1):
 * <ol>
 *   <li>qubits at or above BLOCK_BITS ("high"): three at a time in registers over the whole state
 *   ({@link Butterflies#wide}), each pass streaming 8 runs at once;</li>
 *   <li>qubits 3 .. BLOCK_BITS - 1: block by block, in place, at constant partner distances (vectorised);</li>
 *   <li>qubits 0-2 (partners inside one vector register): in registers, fused with the scale, or with the
 *   diagonal layer that follows (a ZZ map's repetition), while the block is still in cache.</li>
 * </ol>
 * H on different qubits commute, so the order is free.
 */
final class HadamardLayer {
    /** Amplitudes per block: 2^11 complex doubles = 32 KiB. */
    static final int BLOCK_BITS = 11;

    private HadamardLayer() {
    }

    /**
     * H on the qubits of {@code mask} over the n-qubit state at {@code s[off ..]}, times {@code scale}; then,
     * when {@code after} is not null, that diagonal (prepared for n qubits) on each block while it is in cache.
     */
    static void apply(int mask, int n, double[] s, int off, double scale, DiagonalLayer after) {
        int block = Math.min(n, BLOCK_BITS), rowDoubles = 2 << block;
        int high = mask >>> block;
        if (high != 0) {
            Butterflies.wide(s, off, 2 << n, high << (block + 1));
        }
        int blockBits = (mask & ((1 << block) - 1) & ~7) << 1;
        int low = mask & 7;
        for (int h = 0, start = off; h < 1 << (n - block); h++, start += rowDoubles) {
            if (blockBits != 0) {
                Butterflies.apply(s, start, rowDoubles, blockBits);
            }
            if (after != null) {
                after.finishRow(s, off, h, low, scale);
                continue;
            }
            if (low != 0) {
                Butterflies.apply(s, start, rowDoubles, low << 1);
            }
            if (scale != 1.0) {
                for (int k = start; k < start + rowDoubles; k++) {
                    s[k] *= scale;
                }
            }
        }
    }
}
