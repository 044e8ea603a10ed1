package io.hqml.quantum.qasm;

/**
 * An OpenQASM program hqml cannot import. The message is one line: the 1-based source line, the problem and
 * a hint how to fix it, e.g. {@code line 4: unknown gate 'cnot' in the stdgates dialect; write cx, or drop
 * include "stdgates.inc" to use Braket names}.
 */
public class QasmException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;

    public QasmException(int line, String problem, String hint) {
        super("line " + line + ": " + problem + "; " + hint);
        this.line = line;
    }

    /** The 1-based line of the offending statement or token. */
    public int line() {
        return line;
    }
}
