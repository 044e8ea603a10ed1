package io.hqml.quantum.transpile.core;

/**
 * A circuit that cannot be transpiled for a target as asked (too wide, over the depth budget, a basis hqml
 * cannot synthesise into, disconnected qubits). The message is one line: the problem, then how to fix it.
 */
public class TranspileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TranspileException(String problem, String fix) {
        super(problem + "; " + fix);
    }
}
