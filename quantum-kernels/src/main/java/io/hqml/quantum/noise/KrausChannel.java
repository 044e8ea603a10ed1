package io.hqml.quantum.noise;

import io.hqml.quantum.density.kernels.DensityKernels;

/**
 * A completely positive, trace-preserving map {@code rho -> sum_k K_k rho K_k^dagger} on one or two qubits,
 * given by its Kraus operators. Each operator is a {@code 2^k x 2^k} complex matrix in the
 * {@link io.hqml.quantum.circuit.GateMatrices} layout (interleaved row-major, local index bit j = the j-th
 * qubit the channel is applied to).
 *
 * <p>The superoperator {@code S = sum_k K_k (x) conj(K_k)} is built once at construction, so applying the
 * channel is a single in-place bit-mask pass over the density matrix ({@link DensityKernels#superoperator})
 * whatever the number of Kraus operators. Construction checks trace preservation,
 * {@code sum_k K_k^dagger K_k = I} to 1e-12, which every subclass guarantees by its closed form.
 * Immutable and thread-safe.
 */
public abstract class KrausChannel {
    private static final double TP_TOLERANCE = 1e-12;

    private final int arity;
    private final double[][] kraus;
    private final double[] superop;

    protected KrausChannel(int arity, double[]... kraus) {
        if (arity < 1 || arity > 2) {
            throw new IllegalArgumentException("channels act on 1 or 2 qubits, got " + arity);
        }
        int d = 1 << arity;
        for (double[] k : kraus) {
            if (k.length != 2 * d * d) {
                throw new IllegalArgumentException("Kraus operator on " + arity + " qubit(s) needs " + 2 * d * d
                        + " doubles, got " + k.length);
            }
        }
        this.arity = arity;
        this.kraus = kraus.clone();
        for (int i = 0; i < kraus.length; i++) {
            this.kraus[i] = kraus[i].clone();
        }
        checkTracePreserving(d);
        this.superop = buildSuperoperator(d);
    }

    /** Number of qubits the channel acts on. */
    public final int arity() {
        return arity;
    }

    /** Copies of the Kraus operators. */
    public final double[][] krausOperators() {
        double[][] copy = new double[kraus.length][];
        for (int i = 0; i < kraus.length; i++) {
            copy[i] = kraus[i].clone();
        }
        return copy;
    }

    /**
     * Applies the channel in place to the density matrix {@code rho} of {@code numQubits} qubits (layout of
     * {@link io.hqml.quantum.density.DensityMatrixEngine}) on the given qubits, in order.
     */
    public final void apply(double[] rho, int numQubits, int... qubits) {
        if (qubits.length != arity) {
            throw new IllegalArgumentException(this + " acts on " + arity + " qubit(s), got " + qubits.length);
        }
        for (int i = 0; i < qubits.length; i++) {
            if (qubits[i] < 0 || qubits[i] >= numQubits) {
                throw new IllegalArgumentException("qubit " + qubits[i] + " out of range 0.." + (numQubits - 1));
            }
            if (i > 0 && qubits[i] == qubits[0]) {
                throw new IllegalArgumentException(this + " needs distinct qubits, got qubit " + qubits[i] + " twice");
            }
        }
        if (numQubits > DensityKernels.MAX_QUBITS || rho.length != 2L << (2 * numQubits)) {
            throw new IllegalArgumentException("density matrix has " + rho.length + " doubles, not 2 * 4^"
                    + numQubits);
        }
        DensityKernels.superoperator(rho, numQubits, qubits, superop);
    }

    /** {@code S[(r << k) | c, (r' << k) | c'] = sum_K K[r, r'] conj(K[c, c'])}. */
    private double[] buildSuperoperator(int d) {
        int sd = d * d;
        double[] s = new double[2 * sd * sd];
        for (double[] k : kraus) {
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    for (int r2 = 0; r2 < d; r2++) {
                        for (int c2 = 0; c2 < d; c2++) {
                            double ar = k[2 * (r * d + r2)];
                            double ai = k[2 * (r * d + r2) + 1];
                            double br = k[2 * (c * d + c2)];
                            double bi = -k[2 * (c * d + c2) + 1];
                            int idx = 2 * ((r * d + c) * sd + (r2 * d + c2));
                            s[idx] += ar * br - ai * bi;
                            s[idx + 1] += ar * bi + ai * br;
                        }
                    }
                }
            }
        }
        return s;
    }

    /** Guards subclasses: a wrong closed form would silently leak or create probability. */
    private void checkTracePreserving(int d) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double re = 0;
                double im = 0;
                for (double[] k : kraus) {
                    for (int m = 0; m < d; m++) {
                        // (K^dagger K)[i, j] = sum_m conj(K[m, i]) K[m, j]
                        double ar = k[2 * (m * d + i)];
                        double ai = -k[2 * (m * d + i) + 1];
                        double br = k[2 * (m * d + j)];
                        double bi = k[2 * (m * d + j) + 1];
                        re += ar * br - ai * bi;
                        im += ar * bi + ai * br;
                    }
                }
                if (Math.abs(re - (i == j ? 1 : 0)) > TP_TOLERANCE || Math.abs(im) > TP_TOLERANCE) {
                    throw new IllegalStateException(this.getClass().getSimpleName()
                            + " Kraus operators are not trace preserving at (" + i + ", " + j + ")");
                }
            }
        }
    }

    /** A diagonal 2x2 operator {@code diag(a, b)} with real entries. */
    static double[] diag(double a, double b) {
        return new double[] {a, 0, 0, 0, 0, 0, b, 0};
    }

    /** The real 2x2 operator {@code [[a, b], [c, d]]}. */
    static double[] real(double a, double b, double c, double d) {
        return new double[] {a, 0, b, 0, c, 0, d, 0};
    }
}
