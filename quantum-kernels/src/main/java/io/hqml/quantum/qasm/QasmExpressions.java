package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.qasm.QasmTokens.Kind;
import io.hqml.quantum.qasm.QasmTokens.Token;
import java.util.Map;

/**
 * Parses gate arguments into {@link ParamExpr}: numbers, {@code pi}/{@code tau}/{@code euler} (and
 * {@code π τ ℇ}), the input arrays {@code x[i]} and {@code theta[k]}, binary {@code + - * /}, unary minus
 * and parentheses, with the usual precedence. Constant subexpressions are folded (so a bound argument is one
 * {@link ParamExpr.Const}, parsed bit-exactly); division by a constant becomes multiplication by its
 * reciprocal; division by an expression over inputs is rejected, as {@link ParamExpr} has no quotient.
 */
final class QasmExpressions {
    private static final String OPERATORS_HINT = "gate arguments may use numbers, pi, x[i], theta[k], + - * / and parentheses";

    private final QasmTokens tokens;
    /** Declared input arrays: {@code x} and/or {@code theta} with their sizes. */
    private final Map<String, Integer> inputs;

    QasmExpressions(QasmTokens tokens, Map<String, Integer> inputs) {
        this.tokens = tokens;
        this.inputs = inputs;
    }

    ParamExpr expression() {
        ParamExpr left = term();
        while (tokens.peek().is("+") || tokens.peek().is("-")) {
            boolean plus = tokens.next().is("+");
            ParamExpr right = term();
            if (left instanceof ParamExpr.Const a && right instanceof ParamExpr.Const b) {
                left = ParamExpr.constant(plus ? a.value() + b.value() : a.value() - b.value());
            } else {
                left = plus ? left.plus(right) : left.minus(right);
            }
        }
        return left;
    }

    private ParamExpr term() {
        ParamExpr left = unary();
        while (tokens.peek().is("*") || tokens.peek().is("/")) {
            Token op = tokens.next();
            ParamExpr right = unary();
            if (op.is("*")) {
                left = left instanceof ParamExpr.Const a && right instanceof ParamExpr.Const b
                        ? ParamExpr.constant(a.value() * b.value()) : left.times(right);
            } else if (!(right instanceof ParamExpr.Const b)) {
                throw new QasmException(op.line(), "division by an expression over x or theta",
                        "divide only by constants, e.g. x[0]/2, or multiply by a reciprocal input instead");
            } else if (b.value() == 0.0) {
                throw new QasmException(op.line(), "division by zero", "fix the gate argument");
            } else if (left instanceof ParamExpr.Const a) {
                left = ParamExpr.constant(a.value() / b.value());
            } else {
                left = left.times(1.0 / b.value());
            }
        }
        if (tokens.peek().is("**") || tokens.peek().is("%")) {
            Token t = tokens.peek();
            throw new QasmException(t.line(), "unsupported operator " + t.describe(), OPERATORS_HINT);
        }
        return left;
    }

    private ParamExpr unary() {
        if (tokens.accept("-")) {
            ParamExpr a = unary();
            return a instanceof ParamExpr.Const c ? ParamExpr.constant(-c.value()) : a.negate();
        }
        if (tokens.accept("+")) {
            return unary();
        }
        return primary();
    }

    private ParamExpr primary() {
        Token t = tokens.next();
        if (t.kind() == Kind.NUMBER) {
            return ParamExpr.constant(Double.parseDouble(t.text()));
        }
        if (t.is("(")) {
            ParamExpr e = expression();
            tokens.expect(")", "close the parenthesis");
            return e;
        }
        if (t.kind() != Kind.IDENT) {
            throw new QasmException(t.line(), "expected a gate argument but found " + t.describe(), OPERATORS_HINT);
        }
        switch (t.text()) {
            case "pi", "π":
                return ParamExpr.pi();
            case "tau", "τ":
                return ParamExpr.constant(2 * Math.PI);
            case "euler", "ℇ":
                return ParamExpr.constant(Math.E);
            default:
                break;
        }
        Integer size = inputs.get(t.text());
        if (size == null) {
            String hint = t.text().equals("x") || t.text().equals("theta")
                    ? "declare it as input array[float[64], n] " + t.text() + "; and import with QasmImporter.importTemplate"
                    : OPERATORS_HINT;
            if (tokens.peek().is("(")) {
                hint = "functions are not supported; " + OPERATORS_HINT;
            }
            throw new QasmException(t.line(), "unknown identifier '" + t.text() + "' in a gate argument", hint);
        }
        tokens.expect("[", "index the input array, e.g. " + t.text() + "[0]");
        int index = tokens.expectInt("an index into " + t.text(), "index with an integer literal");
        tokens.expect("]", "close the index with ]");
        if (index >= size) {
            throw new QasmException(t.line(), "index " + t.text() + "[" + index + "] out of range 0.." + (size - 1),
                    "enlarge the input array declaration or fix the index");
        }
        return t.text().equals("x") ? ParamExpr.x(index) : ParamExpr.theta(index);
    }
}
