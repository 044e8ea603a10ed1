package io.hqml.quantum.qasm;

import java.util.ArrayList;
import java.util.List;

/** The OpenQASM 3 tokenizer and a cursor over its tokens, with the line of every token for error messages. */
final class QasmTokens {

    enum Kind { IDENT, NUMBER, STRING, PHYSICAL, SYMBOL, EOF }

    record Token(Kind kind, String text, int line) {
        /** True for a symbol or identifier spelled {@code s}. */
        boolean is(String s) {
            return (kind == Kind.SYMBOL || kind == Kind.IDENT) && text.equals(s);
        }

        String describe() {
            return switch (kind) {
                case EOF -> "end of input";
                case STRING -> "\"" + text + "\"";
                default -> "'" + text + "'";
            };
        }
    }

    private final List<Token> tokens;
    private int pos;

    private QasmTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    static QasmTokens lex(String src) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new QasmException(line, "unterminated /* comment", "close it with */");
                }
                for (int k = i; k < end; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = end + 2;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                int start = i;
                i = digits(src, i);
                if (i < n && src.charAt(i) == '.') {
                    i = digits(src, i + 1);
                }
                if (i < n && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < n && (src.charAt(j) == '+' || src.charAt(j) == '-')) {
                        j++;
                    }
                    if (j < n && Character.isDigit(src.charAt(j))) {
                        i = digits(src, j);
                    }
                }
                out.add(new Token(Kind.NUMBER, src.substring(start, i), line));
            } else if (Character.isLetter(c) || c == '_' || c == '#') {
                int start = i++;
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.IDENT, src.substring(start, i), line));
            } else if (c == '$') {
                int start = ++i;
                i = digits(src, i);
                if (i == start) {
                    throw new QasmException(line, "'$' without a qubit number", "write physical qubits as $0, $1, ...");
                }
                out.add(new Token(Kind.PHYSICAL, src.substring(start, i), line));
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && src.charAt(end) != c && src.charAt(end) != '\n') {
                    end++;
                }
                if (end >= n || src.charAt(end) != c) {
                    throw new QasmException(line, "unterminated string", "close the string on the same line");
                }
                out.add(new Token(Kind.STRING, src.substring(i + 1, end), line));
                i = end + 1;
            } else if (src.startsWith("->", i) || src.startsWith("**", i)) {
                out.add(new Token(Kind.SYMBOL, src.substring(i, i + 2), line));
                i += 2;
            } else if ("[](){};,=+-*/@:<>!&|^%~".indexOf(c) >= 0) {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            } else {
                throw new QasmException(line, "unexpected character '" + c + "'",
                        "remove it; hqml reads the OpenQASM 3 subset of PROVIDERS.md section 5");
            }
        }
        out.add(new Token(Kind.EOF, "", line));
        return new QasmTokens(out);
    }

    private static int digits(String s, int i) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    /** Consumes the next token if it is the symbol or keyword {@code s}. */
    boolean accept(String s) {
        if (peek().is(s)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the symbol or keyword {@code s}, or fails naming what the statement needed. */
    Token expect(String s, String hint) {
        Token t = peek();
        if (!t.is(s)) {
            throw new QasmException(t.line(), "expected '" + s + "' but found " + t.describe(), hint);
        }
        return next();
    }

    Token expect(Kind kind, String what, String hint) {
        Token t = peek();
        if (t.kind() != kind) {
            throw new QasmException(t.line(), "expected " + what + " but found " + t.describe(), hint);
        }
        return next();
    }

    /** A non-negative integer literal, e.g. a register size or index. */
    int expectInt(String what, String hint) {
        Token t = expect(Kind.NUMBER, what, hint);
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw new QasmException(t.line(), what + " must be a non-negative integer, got " + t.text(), hint);
        }
    }
}
