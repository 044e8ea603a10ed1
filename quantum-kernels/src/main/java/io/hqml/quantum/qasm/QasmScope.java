package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.qasm.QasmTokens.Kind;
import io.hqml.quantum.qasm.QasmTokens.Token;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The declarations of one program: its qubit register (or the physical qubits {@code $k} it uses), bit
 * registers and input arrays; resolves and range-checks references to them.
 */
final class QasmScope {
    private static final String EITHER = "use either qubit[n] q; or physical qubits $k, not both";

    /** Input arrays ({@code x}, {@code theta}) with their sizes, read by {@link QasmExpressions}. */
    final Map<String, Integer> inputs = new LinkedHashMap<>();
    private final Map<String, Integer> bits = new HashMap<>();
    private String register;
    private int registerSize = -1;
    private int maxPhysical = -1;

    boolean isBitRegister(String name) {
        return bits.containsKey(name);
    }

    int registerSize() {
        return registerSize;
    }

    /** Fails if {@code name} is already declared. */
    void checkFree(Token name) {
        String n = name.text();
        if (n.equals(register) || bits.containsKey(n) || inputs.containsKey(n)) {
            throw new QasmException(name.line(), "'" + n + "' is declared twice", "rename one of them");
        }
    }

    void declareQubits(Token keyword, Token name, int size) {
        checkFree(name);
        if (register != null) {
            throw new QasmException(keyword.line(), "a second qubit register '" + name.text() + "'",
                    "hqml reads one qubit register; merge them into one qubit[n] declaration");
        }
        if (maxPhysical >= 0) {
            throw new QasmException(keyword.line(), "qubit register declared after physical qubits were used", EITHER);
        }
        if (size < 1 || size > Circuit.MAX_QUBITS) {
            throw new QasmException(keyword.line(), "qubit register of size " + size,
                    "declare between 1 and " + Circuit.MAX_QUBITS + " qubits");
        }
        register = name.text();
        registerSize = size;
    }

    void declareBits(Token name, int size) {
        checkFree(name);
        if (size < 1) {
            throw new QasmException(name.line(), "bit register of size " + size, "declare at least one bit");
        }
        bits.put(name.text(), size);
    }

    void declareInput(Token name, int size, String form) {
        checkFree(name);
        if (!name.text().equals("x") && !name.text().equals("theta")) {
            throw new QasmException(name.line(), "input array '" + name.text() + "' is not x or theta", form);
        }
        if (size < 1) {
            throw new QasmException(name.line(), "input array of size " + size, form);
        }
        inputs.put(name.text(), size);
    }

    /** The qubit count: the register's size, else the highest physical qubit plus one. */
    int numQubits(int line) {
        if (registerSize < 0 && maxPhysical < 0) {
            throw new QasmException(line, "the program uses no qubits",
                    "declare qubit[n] q; or address physical qubits $0, $1, ...");
        }
        int n = registerSize >= 0 ? registerSize : maxPhysical + 1;
        if (n > Circuit.MAX_QUBITS) {
            throw new QasmException(line, "physical qubit $" + maxPhysical + " needs " + n + " qubits, more than "
                    + Circuit.MAX_QUBITS, "renumber the qubits to $0..$" + (Circuit.MAX_QUBITS - 1));
        }
        return n;
    }

    /** A qubit: {@code q[i]}, {@code $k}, or the whole register {@code q} (returned as -1). */
    int qubit(QasmTokens tokens) {
        Token t = tokens.next();
        if (t.kind() == Kind.PHYSICAL) {
            if (register != null) {
                throw new QasmException(t.line(), "physical qubit $" + t.text() + " used with register '" + register + "'", EITHER);
            }
            int k;
            try {
                k = Integer.parseInt(t.text());
            } catch (NumberFormatException e) {
                k = Integer.MAX_VALUE;
            }
            if (k >= Circuit.MAX_QUBITS) {
                throw new QasmException(t.line(), "physical qubit $" + t.text() + " beyond the " + Circuit.MAX_QUBITS
                        + "-qubit simulation limit", "renumber the qubits to $0..$" + (Circuit.MAX_QUBITS - 1));
            }
            maxPhysical = Math.max(maxPhysical, k);
            return k;
        }
        if (t.kind() != Kind.IDENT) {
            throw new QasmException(t.line(), "expected a qubit but found " + t.describe(), "write q[i] or $k");
        }
        if (!t.text().equals(register)) {
            String why = bits.containsKey(t.text()) ? "'" + t.text() + "' is a bit register, not qubits"
                    : "undeclared qubit register '" + t.text() + "'";
            throw new QasmException(t.line(), why, register == null ? "declare qubit[n] " + t.text() + "; first"
                    : "the qubit register is '" + register + "'");
        }
        if (!tokens.accept("[")) {
            return -1;
        }
        int i = index(tokens, t, registerSize, "qubit[" + registerSize + "] " + register);
        return i;
    }

    /** A bit: {@code c[i]}, or the whole register {@code c} (returned as -size). */
    int bit(QasmTokens tokens) {
        Token name = tokens.expect(Kind.IDENT, "a bit register", "declare bit[n] c; and write c[i]");
        Integer size = bits.get(name.text());
        if (size == null) {
            throw new QasmException(name.line(), "undeclared bit register '" + name.text() + "'",
                    "declare bit[n] " + name.text() + "; first");
        }
        return tokens.accept("[") ? index(tokens, name, size, "bit[" + size + "] " + name.text()) : -size;
    }

    /** A whole-register measurement shape as a negative size, for comparing qubit and bit operands. */
    int wholeRegister() {
        return -registerSize;
    }

    private static int index(QasmTokens tokens, Token name, int size, String declaration) {
        int i = tokens.expectInt("an index into " + name.text(), "index with an integer literal");
        tokens.expect("]", "close the index with ]");
        if (i >= size) {
            throw new QasmException(name.line(), name.text() + "[" + i + "] out of range 0.." + (size - 1),
                    "enlarge " + declaration + " or fix the index");
        }
        return i;
    }
}
