package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.featuremap.FeatureMap;

/**
 * The engine SPI every statevector simulator implements (the Java engine here, the native engine in
 * simulator-native). Block-oriented: one call prepares the states of a whole block of feature rows for one
 * circuit template, into a caller-owned buffer. Implementations are single-threaded and reuse their
 * scratch space, so one instance belongs to one thread (one Spark task).
 *
 * <p>Buffer layout: row {@code r}'s state occupies {@code out[r * 2 * dim .. (r + 1) * 2 * dim)} as
 * interleaved (re, im) pairs, {@code dim = 2^numQubits}, qubit 0 the least significant index bit.
 *
 * <p>Contract, checked by the conformance suite for every implementation: (1) {@link #apply} equals the
 * product of the gates' textbook matrices to 1e-12 per amplitude; (2) it preserves the norm; (3) a circuit
 * followed by its inverse is the identity; (4) expectations and samples agree with the state; (5) the same
 * seed gives the same samples.
 */
public interface StatevectorEngine {

    /** A short identifier recorded in lineage, e.g. {@code java-statevector}. */
    String name();

    /** Applies {@code circuit} to {@code state} in place. */
    void apply(Circuit circuit, double[] state);

    /**
     * Writes {@code template(rows[r], theta)|0...0>} for every row into {@code out}.
     *
     * @throws IllegalArgumentException if {@code out} is too small or a row is shorter than the template needs
     */
    default void prepareStates(CircuitTemplate template, double[][] rows, double[] theta, double[] out) {
        int stride = 2 << template.numQubits();
        if (out.length < (long) rows.length * stride) {
            throw new IllegalArgumentException("state buffer holds " + out.length + " doubles, needs "
                    + (long) rows.length * stride);
        }
        double[] state = new double[stride];
        for (int r = 0; r < rows.length; r++) {
            java.util.Arrays.fill(state, 0.0);
            state[0] = 1.0;
            apply(template.bind(rows[r], theta), state);
            System.arraycopy(state, 0, out, r * stride, stride);
        }
    }

    /** {@link #prepareStates(CircuitTemplate, double[][], double[], double[])} for a feature map, rows validated. */
    default void prepareStates(FeatureMap map, double[][] rows, double[] out) {
        // templateInput: maps whose angles are not expressions of x (amplitude encoding) append them.
        double[][] in = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            map.checkRow(rows[r]);
            in[r] = map.templateInput(rows[r]);
        }
        prepareStates(map.template(), in, new double[0], out);
    }

    /** Returns the state {@code circuit |0...0>} as a new array. */
    default double[] run(Circuit circuit) {
        double[] state = new double[2 << circuit.numQubits()];
        state[0] = 1.0;
        apply(circuit, state);
        return state;
    }

    /** {@code <psi|P|psi>} of a state prepared by this engine. */
    default double expectation(double[] state, int numQubits, PauliString p) {
        return StateMeasurements.expectation(state, 0, numQubits, p);
    }

    /** Expectations of several Pauli strings for each of {@code count} states: {@code out[r * ps.length + k]}. */
    default void expectations(double[] states, int count, int numQubits, PauliString[] ps, double[] out) {
        int stride = 2 << numQubits;
        for (int r = 0; r < count; r++) {
            for (int k = 0; k < ps.length; k++) {
                out[r * ps.length + k] = StateMeasurements.expectation(states, r * stride, numQubits, ps[k]);
            }
        }
    }

    /** {@code shots} measurement outcomes of all qubits (basis indices), seeded. */
    default long[] sample(double[] state, int numQubits, int shots, long seed) {
        return StateMeasurements.sample(StateMeasurements.probabilities(state, 0, numQubits), shots, seed);
    }
}
