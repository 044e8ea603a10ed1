package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.qasm.QasmTokens.Kind;
import io.hqml.quantum.qasm.QasmTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the statements of an OpenQASM 3 program into gate applications; see {@link QasmImporter}. */
final class QasmParser {
    /** One parsed gate application; qubits validated, parameters symbolic. */
    record ParsedOp(Gate gate, int[] qubits, ParamExpr[] params, int line) {
    }

    private static final Set<String> UNSUPPORTED = Set.of("for", "while", "if", "else", "switch", "def", "defcal",
            "cal", "extern", "let", "const", "box", "output", "return", "break", "continue", "delay", "reset",
            "gphase", "opaque", "#pragma", "pragma", "int", "uint", "float", "bool", "angle", "duration",
            "stretch", "complex", "array", "end", "case", "default");
    private static final Set<String> MODIFIERS = Set.of("ctrl", "negctrl", "inv", "pow");
    private static final String INPUT_FORM = "declare input array[float[64], n] x; (features) or input array[float[64], n] theta;";

    private final QasmTokens tokens;
    private final boolean allowInputs;
    private final QasmGateNames names;
    private final QasmScope scope = new QasmScope();
    private final QasmExpressions expressions;
    private final List<ParsedOp> ops = new ArrayList<>();
    private int statements;

    QasmParser(String source, QasmDialect dialect, boolean allowInputs) {
        this.tokens = QasmTokens.lex(source);
        this.allowInputs = allowInputs;
        this.names = new QasmGateNames(dialect);
        this.expressions = new QasmExpressions(tokens, scope.inputs);
    }

    /** Parses every statement; returns the qubit count ({@link #ops()} holds the gates). */
    int parse() {
        while (tokens.peek().kind() != Kind.EOF) {
            statement();
            statements++;
        }
        return scope.numQubits(tokens.peek().line());
    }

    List<ParsedOp> ops() {
        return ops;
    }

    private void statement() {
        Token t = tokens.peek();
        if (t.kind() != Kind.IDENT) {
            throw new QasmException(t.line(), "unexpected " + t.describe() + " at the start of a statement",
                    "statements start with a keyword or gate name and end with ';'");
        }
        String word = t.text();
        if (UNSUPPORTED.contains(word)) {
            throw new QasmException(t.line(), "unsupported statement '" + word + "'",
                    "hqml imports straight-line gate programs: unroll loops, drop classical control and timing");
        }
        if (MODIFIERS.contains(word) || tokens.peek(1).is("@")) {
            throw new QasmException(t.line(), "gate modifiers (ctrl@, negctrl@, inv@, pow@) are not supported",
                    "write the plain gate, e.g. cx for ctrl @ x, or its decomposition");
        }
        switch (word) {
            case "OPENQASM" -> version();
            case "include" -> include();
            case "qubit", "qreg" -> declaration(true);
            case "bit", "creg" -> declaration(false);
            case "input" -> input();
            case "gate" -> names.definition(tokens);
            case "barrier" -> barrier();
            case "measure" -> measure();
            default -> {
                if (scope.isBitRegister(word)) {
                    assignMeasure();
                } else {
                    gateCall();
                }
            }
        }
    }

    private void version() {
        Token t = tokens.next();
        Token v = tokens.expect(Kind.NUMBER, "a version number", "write OPENQASM 3.0;");
        if (statements > 0) {
            throw new QasmException(t.line(), "OPENQASM must be the first statement", "move it to the top");
        }
        if (!v.text().equals("3") && !v.text().startsWith("3.")) {
            throw new QasmException(v.line(), "OpenQASM version " + v.text() + " is not supported",
                    "hqml reads OpenQASM 3; write OPENQASM 3.0;");
        }
        end();
    }

    private void include() {
        Token t = tokens.next();
        Token file = tokens.expect(Kind.STRING, "a file name", "write include \"stdgates.inc\";");
        if (!file.text().equals("stdgates.inc")) {
            throw new QasmException(t.line(), "cannot include \"" + file.text() + "\"",
                    "only include \"stdgates.inc\" is understood; inline other definitions");
        }
        names.includeStdgates(t.line());
        end();
    }

    /** {@code qubit[n] q;}, {@code qubit q;}, {@code qreg q[n];} and the bit forms. */
    private void declaration(boolean qubits) {
        Token keyword = tokens.next();
        boolean legacy = keyword.is("qreg") || keyword.is("creg");
        int size = legacy ? 1 : optionalSize();
        Token name = tokens.expect(Kind.IDENT, "a register name", "write e.g. qubit[2] q; or bit[2] c;");
        if (legacy) {
            size = optionalSize();
        }
        if (qubits) {
            scope.declareQubits(keyword, name, size);
        } else {
            scope.declareBits(name, size);
        }
        end();
    }

    private int optionalSize() {
        if (!tokens.accept("[")) {
            return 1;
        }
        int size = tokens.expectInt("a register size", "write e.g. qubit[2] q;");
        tokens.expect("]", "close the size with ]");
        return size;
    }

    private void input() {
        Token t = tokens.next();
        if (!allowInputs) {
            throw new QasmException(t.line(), "the program declares inputs, so it is a template",
                    "use QasmImporter.importTemplate, or bind the inputs before importing a circuit");
        }
        if (!tokens.peek().is("array")) {
            throw new QasmException(t.line(), "only input arrays are supported", INPUT_FORM);
        }
        tokens.next();
        tokens.expect("[", INPUT_FORM);
        tokens.expect("float", INPUT_FORM);
        if (tokens.accept("[")) {
            int width = tokens.expectInt("a float width", INPUT_FORM);
            tokens.expect("]", INPUT_FORM);
            if (width != 64) {
                throw new QasmException(t.line(), "input float[" + width + "] is not supported", INPUT_FORM);
            }
        }
        tokens.expect(",", INPUT_FORM);
        int size = tokens.expectInt("an array size", INPUT_FORM);
        tokens.expect("]", INPUT_FORM);
        scope.declareInput(tokens.expect(Kind.IDENT, "an input name", INPUT_FORM), size, INPUT_FORM);
        end();
    }

    private void barrier() {
        tokens.next();
        if (!tokens.peek().is(";")) {
            do {
                scope.qubit(tokens);
            } while (tokens.accept(","));
        }
        end();
    }

    /** {@code measure q[i];} or {@code measure q[i] -> c[i];}; the circuit ignores measurements. */
    private void measure() {
        tokens.next();
        int q = scope.qubit(tokens);
        if (tokens.accept("->")) {
            checkShapes(q, scope.bit(tokens));
        }
        end();
    }

    /** {@code c[i] = measure q[i];} or {@code c = measure q;}. */
    private void assignMeasure() {
        int b = scope.bit(tokens);
        tokens.expect("=", "assign a measurement, e.g. c[0] = measure q[0];");
        tokens.expect("measure", "only measurements may be assigned to bits");
        checkShapes(scope.qubit(tokens), b);
        end();
    }

    /** A single (qu)bit pairs with a single (qu)bit, a register with a register of the same size. */
    private void checkShapes(int qubit, int bit) {
        qubit = qubit == -1 && scope.registerSize() == 1 ? 0 : qubit;
        bit = bit == -1 ? 0 : bit;
        if ((qubit < 0) != (bit < 0) || (qubit < 0 && scope.wholeRegister() != bit)) {
            throw new QasmException(tokens.peek().line(), "measurement mixes a register with a single (qu)bit, or sizes differ",
                    "measure q[i] into c[i], or a whole register into a bit register of the same size");
        }
    }

    private void gateCall() {
        Token name = tokens.next();
        Gate g = names.resolve(name);
        List<ParamExpr> params = new ArrayList<>();
        if (tokens.accept("(")) {
            do {
                params.add(expressions.expression());
            } while (tokens.accept(","));
            tokens.expect(")", "close the argument list of " + name.text());
        }
        if (params.size() != g.numParams()) {
            throw new QasmException(name.line(), name.text() + " takes " + g.numParams() + " parameter(s), got "
                    + params.size(), g.numParams() == 0 ? "remove the arguments" : "write e.g. " + name.text() + "("
                    + "0.5, ".repeat(g.numParams() - 1) + "0.5) q[0];");
        }
        List<Integer> operands = new ArrayList<>();
        do {
            operands.add(scope.qubit(tokens));
        } while (tokens.accept(","));
        if (operands.size() != g.arity()) {
            throw new QasmException(name.line(), name.text() + " acts on " + g.arity() + " qubit(s), got "
                    + operands.size(), "list exactly " + g.arity() + " qubit(s) separated by commas");
        }
        end();
        // A whole-register operand broadcasts: h q; is h q[0]; h q[1]; ...
        boolean broadcast = operands.contains(-1);
        for (int k = 0; k < (broadcast ? scope.registerSize() : 1); k++) {
            int[] qubits = new int[operands.size()];
            for (int i = 0; i < qubits.length; i++) {
                qubits[i] = operands.get(i) < 0 ? k : operands.get(i);
                for (int j = 0; j < i; j++) {
                    if (qubits[j] == qubits[i]) {
                        throw new QasmException(name.line(), name.text() + " uses qubit " + qubits[i] + " twice",
                                "a gate's qubits must be distinct");
                    }
                }
            }
            ops.add(new ParsedOp(g, qubits, params.toArray(new ParamExpr[0]), name.line()));
        }
    }

    private void end() {
        tokens.expect(";", "end the statement with ';'");
    }
}
