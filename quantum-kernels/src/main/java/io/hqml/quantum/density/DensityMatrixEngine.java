package io.hqml.quantum.density;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.density.kernels.DensityKernels;
import io.hqml.quantum.circuit.GateMatrices;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.engine.StateMeasurements;
import io.hqml.quantum.noise.NoiseModel;
import io.hqml.quantum.noise.ReadoutError;

/**
 * The pure-Java density-matrix engine: exact mixed-state simulation with noise channels.
 *
 * <p>Layout: a state of {@code n} qubits is the {@code dim x dim} complex matrix {@code rho},
 * {@code dim = 2^n}, stored interleaved row-major in a {@code double[2 * dim * dim]}:
 * {@code rho[2 * (r * dim + c)]} is {@code Re rho(r, c)} and the next element its imaginary part. Qubit
 * {@code q} is bit {@code q} of the row and column indices (qubit 0 least significant), exactly as in the
 * statevector engines, so a pure state {@code psi} corresponds to {@code rho(r, c) = psi_r conj(psi_c)}.
 *
 * <p>Cost: memory {@code 16 * 4^n} bytes and {@code O(4^n)} work per gate or channel. That is practical up
 * to about 12 qubits (256 MiB per state); more than {@value #MAX_QUBITS} qubits (4 GiB per state) is refused.
 *
 * <p>Contract, checked by the tests: with no noise the result equals {@code |psi><psi|} of the statevector
 * engine to 1e-12; every operation keeps {@code rho} Hermitian, positive semidefinite and of trace 1.
 * Stateless: one instance may be shared between threads (each call allocates only tiny scratch arrays).
 */
public final class DensityMatrixEngine {
    /** The largest qubit count accepted: one state then takes 4 GiB. */
    public static final int MAX_QUBITS = DensityKernels.MAX_QUBITS;

    /** A short identifier recorded in lineage. */
    public String name() {
        return "java-density-matrix";
    }

    /** {@code |0...0><0...0|} on {@code numQubits} qubits. */
    public double[] initialState(int numQubits) {
        checkQubits(numQubits);
        double[] rho = new double[2 << (2 * numQubits)];
        rho[0] = 1.0;
        return rho;
    }

    /** Applies {@code circuit} to {@code rho} in place, without noise: {@code rho -> U rho U^dagger}. */
    public void apply(Circuit circuit, double[] rho) {
        apply(circuit, NoiseModel.ideal(), rho);
    }

    /**
     * Applies {@code circuit} to {@code rho} in place; after each gate the noise model's channels for that
     * gate (see {@link NoiseModel#channelsAfter}) are applied in order. Readout error is not applied here:
     * it acts on measured probabilities, see {@link #measuredProbabilities}.
     */
    public void apply(Circuit circuit, NoiseModel noise, double[] rho) {
        int n = circuit.numQubits();
        checkState(rho, n);
        for (Operation op : circuit.operations()) {
            DensityKernels.unitary(rho, n, op.qubits(), GateMatrices.of(op));
            for (NoiseModel.AppliedChannel ch : noise.channelsAfter(op)) {
                ch.channel().apply(rho, n, ch.qubits());
            }
        }
    }

    /** {@code circuit} (with {@code noise}) applied to {@code |0...0><0...0|}, as a new array. */
    public double[] run(Circuit circuit, NoiseModel noise) {
        double[] rho = initialState(circuit.numQubits());
        apply(circuit, noise, rho);
        return rho;
    }

    /**
     * {@code Tr(P rho)}. With {@code P|b> = i^{#Y} (-1)^{popcount(b & z)} |b ^ x>} (see {@link PauliString}),
     * {@code Tr(P rho) = i^{#Y} sum_c (-1)^{popcount(c & z)} rho(c, c ^ x)}: one pass over {@code dim} entries.
     */
    public double expectation(double[] rho, int numQubits, PauliString p) {
        checkState(rho, numQubits);
        if (p.numQubits() != numQubits) {
            throw new IllegalArgumentException("Pauli string on " + p.numQubits() + " qubits for a state of " + numQubits);
        }
        int dim = 1 << numQubits;
        int x = p.xMask();
        int z = p.zMask();
        double re = 0;
        double im = 0;
        for (int c = 0; c < dim; c++) {
            double sign = (Integer.bitCount(c & z) & 1) == 0 ? 1 : -1;
            int idx = 2 * (c * dim + (c ^ x));
            re += sign * rho[idx];
            im += sign * rho[idx + 1];
        }
        // multiply by i^{#Y}; the imaginary part vanishes for Hermitian rho and P
        return switch (p.yCount() & 3) {
            case 0 -> re;
            case 1 -> -im;
            case 2 -> -re;
            default -> im;
        };
    }

    /**
     * The ideal measurement distribution: the diagonal {@code rho(b, b)}, outcome bit q = qubit q. Rounding
     * can leave entries of order -1e-17; they are clamped to 0 so the result is a valid distribution.
     */
    public double[] probabilities(double[] rho, int numQubits) {
        checkState(rho, numQubits);
        int dim = 1 << numQubits;
        double[] p = new double[dim];
        for (int b = 0; b < dim; b++) {
            p[b] = Math.max(0.0, rho[2 * (b * dim + b)]);
        }
        return p;
    }

    /**
     * {@link #probabilities} followed by the noise model's readout error on every qubit that has one: each
     * qubit's 2x2 confusion matrix is applied independently (the basic device model's assumption).
     */
    public double[] measuredProbabilities(double[] rho, int numQubits, NoiseModel noise) {
        double[] p = probabilities(rho, numQubits);
        for (int q = 0; q < numQubits; q++) {
            ReadoutError e = noise.readoutError(q);
            if (e != null) {
                e.apply(p, q);
            }
        }
        return p;
    }

    /** {@code shots} seeded outcomes (basis indices) drawn from {@code probabilities}; see StateMeasurements. */
    public long[] sample(double[] probabilities, int shots, long seed) {
        return StateMeasurements.sample(probabilities, shots, seed);
    }

    /** {@code Tr(rho)}: 1 for every state this engine produces. */
    public static double trace(double[] rho, int numQubits) {
        int dim = 1 << numQubits;
        double t = 0;
        for (int b = 0; b < dim; b++) {
            t += rho[2 * (b * dim + b)];
        }
        return t;
    }

    /** Fidelity with a pure state, {@code <psi|rho|psi>} (statevector layout, normalised {@code psi}). */
    public static double fidelity(double[] rho, int numQubits, double[] psi) {
        int dim = 1 << numQubits;
        if (psi.length != 2 * dim) {
            throw new IllegalArgumentException("statevector has " + psi.length / 2 + " amplitudes, needs " + dim);
        }
        double f = 0;
        for (int r = 0; r < dim; r++) {
            // real part of conj(psi_r) * sum_c rho(r, c) psi_c
            double sr = 0;
            double si = 0;
            for (int c = 0; c < dim; c++) {
                int i = 2 * (r * dim + c);
                sr += rho[i] * psi[2 * c] - rho[i + 1] * psi[2 * c + 1];
                si += rho[i] * psi[2 * c + 1] + rho[i + 1] * psi[2 * c];
            }
            f += psi[2 * r] * sr + psi[2 * r + 1] * si;
        }
        return f;
    }

    private static void checkQubits(int numQubits) {
        if (numQubits < 1 || numQubits > MAX_QUBITS) {
            throw new IllegalArgumentException("density matrix needs 1.." + MAX_QUBITS + " qubits, got " + numQubits
                    + "; use a statevector engine (and sampling) for larger circuits");
        }
    }

    private static void checkState(double[] rho, int numQubits) {
        checkQubits(numQubits);
        long need = 2L << (2 * numQubits);
        if (rho.length != need) {
            throw new IllegalArgumentException("density matrix has " + rho.length + " doubles, " + numQubits
                    + " qubits need " + need + " (2 * 4^n, interleaved row-major)");
        }
    }
}
