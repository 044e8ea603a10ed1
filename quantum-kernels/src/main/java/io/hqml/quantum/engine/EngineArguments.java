package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.CircuitTemplate;

/**
 * Argument checks every engine runs before touching a state (netlib style: validate in Java, then call the
 * kernel), shared by the Java engine and the native engine so both reject the same inputs with the same words.
 * For the native engine they are what stands between a bad argument and a crashed JVM.
 */
public final class EngineArguments {
    /** Largest register an engine accepts: 2^30 amplitudes are 16 GiB. */
    public static final int MAX_QUBITS = 30;

    private EngineArguments() {
    }

    /** {@code state} holds exactly the 2^n amplitudes of an n-qubit register. */
    public static void checkState(double[] state, int n) {
        checkQubits(n);
        if (state == null || state.length != 2L << n) {
            throw new IllegalArgumentException("state has " + (state == null ? 0 : state.length / 2)
                    + " amplitudes, circuit on " + n + " qubits needs " + (1L << n));
        }
    }

    public static void checkQubits(int n) {
        if (n < 1 || n > MAX_QUBITS) {
            throw new IllegalArgumentException("register of " + n + " qubits is outside 1.." + MAX_QUBITS);
        }
    }

    /** A block of {@code rows} for {@code template} fits {@code capacity} doubles; rows and thetas are wide enough. */
    public static void checkBlock(CircuitTemplate template, double[][] rows, double[] theta, long capacity) {
        int n = template.numQubits();
        checkQubits(n);
        long needed = (long) rows.length * (2L << n);
        if (capacity < needed) {
            throw new IllegalArgumentException("state buffer holds " + capacity + " doubles, needs " + needed);
        }
        if (theta.length < template.numThetas()) {
            throw new IllegalArgumentException("template needs " + template.numThetas() + " thetas, got " + theta.length);
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length < template.numFeatures()) {
                throw new IllegalArgumentException("row " + r + " has " + (rows[r] == null ? 0 : rows[r].length)
                        + " features, template needs " + template.numFeatures());
            }
        }
    }

    /** {@code count} states of {@code 2^n} amplitudes are in {@code states}; {@code out} takes the results. */
    public static void checkStates(double[] states, int count, int n, long outNeeded, int outLength) {
        checkQubits(n);
        if (count < 0 || states.length < (long) count * (2L << n)) {
            throw new IllegalArgumentException(count + " states on " + n + " qubits need " + (long) count * (2L << n)
                    + " doubles, buffer has " + states.length);
        }
        if (outLength < outNeeded) {
            throw new IllegalArgumentException("output holds " + outLength + " values, needs " + outNeeded);
        }
    }
}
