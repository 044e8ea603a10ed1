package io.hqml.quantum.engine;

/**
 * In-place bit-mask kernels over an interleaved complex state {@code [re0, im0, re1, im1, ...]} of
 * {@code 2^n} amplitudes. Qubit {@code q} is bit {@code q} of the amplitude index. No allocation.
 *
 * <p>Argument order, fixed for every kernel: qubits, then matrix or angle, then state.
 * Pair loops enumerate the indices with bit {@code q} clear by inserting a zero bit at {@code q}:
 * {@code i0 = (k & lowMask) | ((k & ~lowMask) << 1)}, so each pair is visited exactly once.
 */
final class StateKernels {
    private StateKernels() {
    }

    /** General one-qubit gate {@code [[a, b], [c, d]]}, each entry given as (re, im). */
    static void oneQubit(int q, double ar, double ai, double br, double bi, double cr, double ci, double dr,
                         double di, double[] s) {
        long half = (s.length >> 1) >> 1;
        int bit = 1 << q;
        int low = bit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            int i1 = i0 | bit;
            int p0 = i0 << 1;
            int p1 = i1 << 1;
            double xr = s[p0], xi = s[p0 + 1], yr = s[p1], yi = s[p1 + 1];
            s[p0] = ar * xr - ai * xi + br * yr - bi * yi;
            s[p0 + 1] = ar * xi + ai * xr + br * yi + bi * yr;
            s[p1] = cr * xr - ci * xi + dr * yr - di * yi;
            s[p1 + 1] = cr * xi + ci * xr + dr * yi + di * yr;
        }
    }

    /** Hadamard: a real butterfly, cheaper than the general kernel. */
    static void hadamard(int q, double[] s) {
        final double r = 1.0 / Math.sqrt(2.0);
        int half = (s.length >> 1) >> 1;
        int bit = 1 << q;
        int low = bit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            int p0 = i0 << 1;
            int p1 = (i0 | bit) << 1;
            double xr = s[p0], xi = s[p0 + 1], yr = s[p1], yi = s[p1 + 1];
            s[p0] = r * (xr + yr);
            s[p0 + 1] = r * (xi + yi);
            s[p1] = r * (xr - yr);
            s[p1 + 1] = r * (xi - yi);
        }
    }

    /** Controlled-X: a permutation, swaps the target pair wherever the control bit is set. */
    static void cx(int control, int target, double[] s) {
        int half = (s.length >> 1) >> 1;
        int tbit = 1 << target;
        int cbit = 1 << control;
        int low = tbit - 1;
        for (int k = 0; k < half; k++) {
            int i0 = (k & low) | ((k & ~low) << 1);
            if ((i0 & cbit) == 0) {
                continue;
            }
            int p0 = i0 << 1;
            int p1 = (i0 | tbit) << 1;
            double tr = s[p0], ti = s[p0 + 1];
            s[p0] = s[p1];
            s[p0 + 1] = s[p1 + 1];
            s[p1] = tr;
            s[p1 + 1] = ti;
        }
    }

    /**
     * A fused diagonal layer: multiplies amplitude {@code b} by {@code exp(i * phase(b))}, where
     * {@code phase(b)} is the sum of the layer's terms that are active on {@code b}. One pass over the
     * state for any number of diagonal gates.
     */
    static void diagonal(DiagonalLayer layer, double[] s) {
        int dim = s.length >> 1;
        for (int b = 0; b < dim; b++) {
            double phase = layer.phase(b);
            if (phase == 0.0) {
                continue;
            }
            double c = Math.cos(phase), sn = Math.sin(phase);
            int p = b << 1;
            double xr = s[p], xi = s[p + 1];
            s[p] = c * xr - sn * xi;
            s[p + 1] = c * xi + sn * xr;
        }
    }
}
