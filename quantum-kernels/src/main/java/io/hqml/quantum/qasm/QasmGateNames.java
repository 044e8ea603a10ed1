package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.qasm.QasmTokens.Kind;
import io.hqml.quantum.qasm.QasmTokens.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Gate names of one import: the dialect's names ({@link QasmDialect#gate}), a few aliases and the gates the
 * program defined itself. With no explicit dialect, {@code include "stdgates.inc"} selects
 * {@link QasmDialect#STDGATES}; the first gate seen without it selects {@link QasmDialect#BRAKET}.
 */
final class QasmGateNames {
    /**
     * Aliases in the stdgates dialect: the OpenQASM 3 builtin {@code U} and {@code CX}, and stdgates.inc's
     * {@code u3, u1, phase, cphase}. {@code u3} and {@code u1} equal U and P up to a global phase.
     */
    private static final Map<String, Gate> STDGATES_ALIASES = Map.of("U", Gate.U, "CX", Gate.CX, "u3", Gate.U,
            "u1", Gate.P, "phase", Gate.P, "cphase", Gate.CP);

    private QasmDialect dialect;
    private final boolean explicit;
    private final Map<String, Gate> defined = new HashMap<>();

    QasmGateNames(QasmDialect dialect) {
        this.dialect = dialect;
        this.explicit = dialect != null;
    }

    /** The gate a {@code gate NAME ...} definition may declare: the ones {@link QasmExporter} defines. */
    static Gate definable(String name) {
        return switch (name) {
            case "sxdg" -> Gate.SXDG;
            case "rxx" -> Gate.RXX;
            case "ryy" -> Gate.RYY;
            case "rzz" -> Gate.RZZ;
            case "ecr" -> Gate.ECR;
            case "gpi" -> Gate.GPI;
            case "gpi2" -> Gate.GPI2;
            case "ms" -> Gate.MS;
            default -> null;
        };
    }

    void includeStdgates(int line) {
        if (explicit) {
            return;
        }
        if (dialect == QasmDialect.BRAKET) {
            throw new QasmException(line, "include \"stdgates.inc\" after the first gate",
                    "move the include line to the top of the program");
        }
        dialect = QasmDialect.STDGATES;
    }

    /** Skips the definitions {@link QasmExporter} writes for sxdg, rxx, ryy, rzz, ecr, gpi, gpi2, ms; rejects all others. */
    void definition(QasmTokens tokens) {
        Token t = tokens.next();
        Token name = tokens.expect(Kind.IDENT, "a gate name", "write gate name(params) qubits { ... }");
        Gate g = definable(name.text());
        if (g == null) {
            throw new QasmException(t.line(), "custom gate definition '" + name.text() + "'",
                    "only sxdg, rxx, ryy, rzz, ecr, gpi, gpi2, ms (missing from stdgates.inc) may be defined; inline other gates' bodies");
        }
        int params = tokens.peek().is("(") ? identifiers(tokens, true) : 0;
        int qubits = identifiers(tokens, false);
        if (params != g.numParams() || qubits != g.arity()) {
            throw new QasmException(t.line(), "gate " + name.text() + " defined with " + params + " parameter(s) and "
                    + qubits + " qubit(s)", name.text() + " takes " + g.numParams() + " and " + g.arity());
        }
        tokens.expect("{", "open the gate body with {");
        for (int depth = 1; depth > 0; ) {
            Token b = tokens.next();
            if (b.kind() == Kind.EOF) {
                throw new QasmException(t.line(), "body of gate " + name.text() + " never closed", "close it with }");
            }
            depth += b.is("{") ? 1 : b.is("}") ? -1 : 0;
        }
        dialect();
        defined.put(name.text(), g);
    }

    /** A comma-separated identifier list, in parentheses when {@code parenthesised}; returns its length. */
    private static int identifiers(QasmTokens tokens, boolean parenthesised) {
        String hint = "write e.g. gate rzz(t) a, b { ... }";
        if (parenthesised) {
            tokens.expect("(", hint);
        }
        int count = 0;
        do {
            tokens.expect(Kind.IDENT, "a name", hint);
            count++;
        } while (tokens.accept(","));
        if (parenthesised) {
            tokens.expect(")", hint);
        }
        return count;
    }

    QasmDialect dialect() {
        if (dialect == null) {
            dialect = QasmDialect.BRAKET;
        }
        return dialect;
    }

    Gate resolve(Token name) {
        QasmDialect d = dialect();
        String n = name.text();
        Gate g = defined.containsKey(n) ? defined.get(n) : d.gate(n);
        if (g == null && d == QasmDialect.STDGATES) {
            g = STDGATES_ALIASES.get(n);
        }
        if (g != null) {
            return g;
        }
        String where = d == QasmDialect.STDGATES ? "the stdgates dialect (include \"stdgates.inc\")"
                : "the Braket dialect (no stdgates include)";
        QasmDialect other = d == QasmDialect.STDGATES ? QasmDialect.BRAKET : QasmDialect.STDGATES;
        Gate elsewhere = other.gate(n);
        String hint;
        if (elsewhere != null && d.name(elsewhere) != null) {
            hint = "'" + n + "' is the " + (other == QasmDialect.STDGATES ? "stdgates" : "Braket") + " name; write "
                    + d.name(elsewhere) + (other == QasmDialect.STDGATES ? " or add include \"stdgates.inc\";"
                    : " or drop the stdgates include");
        } else if (elsewhere != null) {
            hint = "Braket has no controlled rotations; write crz(t) a, b as rz(t/2) b; cnot a, b; rz(-t/2) b; cnot a, b;"
                    + " (cry likewise with ry, crx as crz between h b;)";
        } else {
            StringJoiner known = new StringJoiner(" ");
            for (Gate k : Gate.values()) {
                if (d.name(k) != null) {
                    known.add(d.name(k));
                }
            }
            hint = "decompose it into the supported gates: " + known;
        }
        throw new QasmException(name.line(), "unknown gate '" + n + "' in " + where, hint);
    }
}
