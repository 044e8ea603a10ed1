package io.hqml.quantum.density.kernels;

/**
 * In-place bit-mask kernels over a density matrix stored as described in {@link DensityMatrixEngine}:
 * {@code 2^n x 2^n} complex entries, interleaved row-major, {@code rho[2 * (r * dim + c)]} the real part of
 * entry (r, c). Read as one vector of {@code 4^n} amplitudes, the flat index {@code r * dim + c} has column
 * qubit {@code q} at bit {@code q} and row qubit {@code q} at bit {@code n + q}. Every operation below is a
 * small local matrix acting on a few of those {@code 2n} bits, so no {@code 4^n x 4^n} matrix is ever built:
 * <ul>
 *   <li>a unitary {@code rho -> U rho U^dagger} is {@code U} on the row bits followed by {@code conj(U)} on
 *       the column bits (row-major {@code vec(A X B) = (A (x) B^T) vec(X)} with {@code B = U^dagger}); for
 *       one qubit both at once, as the channel with the single Kraus operator {@code U};</li>
 *   <li>a channel {@code rho -> sum_k K rho K^dagger} is its superoperator
 *       {@code S = sum_k K (x) conj(K)} on the column bits and row bits of its qubits together.</li>
 * </ul>
 * Argument order, as in the statevector kernels: state, then qubits, then matrix. Stateless and thread-safe.
 */
public final class DensityKernels {
    /** Largest density matrix the kernels accept: 4^14 complex entries = 4 GiB. */
    public static final int MAX_QUBITS = 14;

    private DensityKernels() {
    }

    /**
     * {@code rho -> U rho U^dagger} for a gate matrix {@code u} in {@link io.hqml.quantum.circuit.GateMatrices}
     * layout (local index bit k = {@code qubits[k]}).
     */
    public static void unitary(double[] rho, int numQubits, int[] qubits, double[] u) {
        if (qubits.length == 1) {
            // One pass with the 4x4 superoperator U (x) conj(U) instead of two passes: half the memory traffic.
            superoperator(rho, numQubits, qubits, superoperatorOf(u));
            return;
        }
        int k = qubits.length;
        int[] rows = new int[k];
        int[] cols = new int[k];
        for (int j = 0; j < k; j++) {
            cols[j] = qubits[j];
            rows[j] = numQubits + qubits[j];
        }
        local(rho, rows, u, false);
        local(rho, cols, u, true);
    }

    /**
     * {@code rho -> S(rho)} for a superoperator {@code s} of a channel on {@code qubits} (dimension
     * {@code 4^k}, interleaved row-major). Local index {@code (r << k) | c}: the low {@code k} bits are the
     * column index of the channel's qubits, the high {@code k} bits the row index, each in gate order.
     */
    public static void superoperator(double[] rho, int numQubits, int[] qubits, double[] s) {
        int k = qubits.length;
        int[] bits = new int[2 * k];
        for (int j = 0; j < k; j++) {
            bits[j] = qubits[j];
            bits[k + j] = numQubits + qubits[j];
        }
        local(rho, bits, s, false);
    }

    /** {@code U (x) conj(U)} of a 2x2 matrix, indexed {@code (r << 1) | c} as in {@link #superoperator}. */
    private static double[] superoperatorOf(double[] u) {
        double[] s = new double[32];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                for (int r2 = 0; r2 < 2; r2++) {
                    for (int c2 = 0; c2 < 2; c2++) {
                        double ar = u[2 * (2 * r + r2)];
                        double ai = u[2 * (2 * r + r2) + 1];
                        double br = u[2 * (2 * c + c2)];
                        double bi = -u[2 * (2 * c + c2) + 1];
                        int idx = 2 * (4 * (2 * r + c) + 2 * r2 + c2);
                        s[idx] = ar * br - ai * bi;
                        s[idx + 1] = ar * bi + ai * br;
                    }
                }
            }
        }
        return s;
    }

    /**
     * Multiplies every group of {@code 2^bits.length} amplitudes of {@code v} that differ only in
     * {@code bits} by the matrix {@code m} (or its entrywise conjugate). Local index bit j is vector bit
     * {@code bits[j]}. Groups are enumerated by inserting zero bits at the sorted positions, so each group is
     * visited exactly once; each group is gathered before it is overwritten, so the update is in place.
     * Two bits (every one-qubit gate or channel, and each half of a two-qubit gate) take an unrolled path.
     */
    static void local(double[] v, int[] bits, double[] m, boolean conjugate) {
        if (bits.length == 2) {
            double[] mm = m;
            if (conjugate) {
                mm = m.clone();
                for (int i = 1; i < mm.length; i += 2) {
                    mm[i] = -mm[i];
                }
            }
            local2(v, bits[0], bits[1], mm);
            return;
        }
        int k = bits.length;
        int d = 1 << k;
        int[] sorted = bits.clone();
        java.util.Arrays.sort(sorted);
        int[] offsets = new int[d];
        for (int l = 0; l < d; l++) {
            for (int j = 0; j < k; j++) {
                if ((l >> j & 1) == 1) {
                    offsets[l] |= 1 << bits[j];
                }
            }
        }
        // Only the non-zero entries: channel superoperators on 4 bits (two-qubit depolarizing) are ~90% zeros.
        int nnz = 0;
        for (int i = 0; i < d * d; i++) {
            if (m[2 * i] != 0 || m[2 * i + 1] != 0) {
                nnz++;
            }
        }
        int[] at = new int[nnz];
        double[] mr = new double[nnz];
        double[] mi = new double[nnz];
        double sign = conjugate ? -1 : 1;
        for (int i = 0, j = 0; i < d * d; i++) {
            if (m[2 * i] != 0 || m[2 * i + 1] != 0) {
                at[j] = i;
                mr[j] = m[2 * i];
                mi[j++] = sign * m[2 * i + 1];
            }
        }
        double[] xr = new double[d];
        double[] xi = new double[d];
        double[] yr = new double[d];
        double[] yi = new double[d];
        int groups = (v.length >> 1) >> k;
        for (int g = 0; g < groups; g++) {
            int base = g;
            for (int b : sorted) {
                int low = (1 << b) - 1;
                base = (base & low) | ((base & ~low) << 1);
            }
            for (int l = 0; l < d; l++) {
                int p = (base | offsets[l]) << 1;
                xr[l] = v[p];
                xi[l] = v[p + 1];
                yr[l] = 0;
                yi[l] = 0;
            }
            for (int j = 0; j < nnz; j++) {
                int r = at[j] >> k;
                int c = at[j] & (d - 1);
                yr[r] += mr[j] * xr[c] - mi[j] * xi[c];
                yi[r] += mr[j] * xi[c] + mi[j] * xr[c];
            }
            for (int l = 0; l < d; l++) {
                int p = (base | offsets[l]) << 1;
                v[p] = yr[l];
                v[p + 1] = yi[l];
            }
        }
    }

    /** {@link #local} for two bits (local bit 0 = {@code b0}): a 4x4 matrix, the hot path of 1-qubit channels. */
    private static void local2(double[] v, int b0, int b1, double[] m) {
        int lo = Math.min(b0, b1);
        int hi = Math.max(b0, b1);
        int lowMask = (1 << lo) - 1;
        int midMask = (1 << hi) - 1;
        int o1 = 1 << b0;
        int o2 = 1 << b1;
        int o3 = o1 | o2;
        int groups = (v.length >> 1) >> 2;
        for (int g = 0; g < groups; g++) {
            int t = (g & lowMask) | ((g & ~lowMask) << 1);
            int base = (t & midMask) | ((t & ~midMask) << 1);
            int p0 = base << 1;
            int p1 = (base | o1) << 1;
            int p2 = (base | o2) << 1;
            int p3 = (base | o3) << 1;
            double x0r = v[p0], x0i = v[p0 + 1], x1r = v[p1], x1i = v[p1 + 1];
            double x2r = v[p2], x2i = v[p2 + 1], x3r = v[p3], x3i = v[p3 + 1];
            for (int r = 0; r < 4; r++) {
                int row = 8 * r;
                double sr = m[row] * x0r - m[row + 1] * x0i + m[row + 2] * x1r - m[row + 3] * x1i
                        + m[row + 4] * x2r - m[row + 5] * x2i + m[row + 6] * x3r - m[row + 7] * x3i;
                double si = m[row] * x0i + m[row + 1] * x0r + m[row + 2] * x1i + m[row + 3] * x1r
                        + m[row + 4] * x2i + m[row + 5] * x2r + m[row + 6] * x3i + m[row + 7] * x3r;
                int p = r == 0 ? p0 : r == 1 ? p1 : r == 2 ? p2 : p3;
                v[p] = sr;
                v[p + 1] = si;
            }
        }
    }
}
