package io.hqml.quantum.kernel;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.featuremap.FeatureMap;

/**
 * The compute-uncompute circuit of the fidelity kernel (Havlicek et al. 2019; Qiskit's {@code ComputeUncompute}):
 * {@code U(y)^dagger U(x)} run on {@code |0...0>}. Its all-zero probability is
 * {@code |<0|U(y)^dagger U(x)|0>|^2 = |<psi(y)|psi(x)>|^2 = k(x, y)}, which hardware estimates from counts.
 */
public final class ComputeUncompute {
    private ComputeUncompute() {
    }

    /** {@code U(x)} followed by {@code U(y)^dagger}. */
    public static Circuit circuit(FeatureMap map, double[] x, double[] y) {
        return map.circuit(x).compose(map.circuit(y).inverse());
    }

    /** The all-zero bitstring of {@code numQubits} qubits, whose frequency estimates the kernel value. */
    public static String zeros(int numQubits) {
        return "0".repeat(numQubits);
    }
}
