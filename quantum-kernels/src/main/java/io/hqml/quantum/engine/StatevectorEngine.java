package io.hqml.quantum.engine;

import io.hqml.quantum.featuremap.FeatureMap;

/**
 * A statevector engine: prepares the states of a whole block of feature rows for one feature map in
 * one call, into a caller-owned buffer. Implementations are single-threaded and reuse their scratch
 * space, so one instance belongs to one thread (one Spark task).
 *
 * <p>Buffer layout: row {@code r}'s state occupies {@code out[r * 2 * dim .. (r + 1) * 2 * dim)} as
 * interleaved (re, im) pairs, {@code dim = 2^numQubits}, qubit 0 the least significant index bit.
 */
public interface StatevectorEngine {

    /** A short identifier recorded in lineage, e.g. {@code java-statevector}. */
    String name();

    /** Applies {@code circuit} to {@code state} in place. */
    void apply(io.hqml.quantum.circuit.Circuit circuit, double[] state);

    /**
     * Writes {@code |psi(rows[r])>} for every row into {@code out}.
     *
     * @throws IllegalArgumentException if a row's length differs from the map's feature count, a value
     *     is not finite, or {@code out} is too small
     */
    default void prepareStates(FeatureMap map, double[][] rows, double[] out) {
        int stride = 2 << map.numQubits();
        if (out.length < (long) rows.length * stride) {
            throw new IllegalArgumentException("state buffer holds " + out.length + " doubles, needs "
                    + (long) rows.length * stride);
        }
        double[] state = new double[stride];
        for (int r = 0; r < rows.length; r++) {
            java.util.Arrays.fill(state, 0.0);
            state[0] = 1.0;
            apply(map.circuit(rows[r]), state);
            System.arraycopy(state, 0, out, r * stride, stride);
        }
    }

    /** Returns the state {@code circuit |0...0>} as a new array. */
    default double[] run(io.hqml.quantum.circuit.Circuit circuit) {
        double[] state = new double[2 << circuit.numQubits()];
        state[0] = 1.0;
        apply(circuit, state);
        return state;
    }
}
