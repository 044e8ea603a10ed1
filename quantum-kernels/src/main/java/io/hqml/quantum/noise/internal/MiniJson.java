package io.hqml.quantum.noise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny strict JSON (RFC 8259) reader, so that quantum-kernels can read calibration documents without a
 * JSON library on its classpath. Not a general-purpose parser: no streaming, no writer, no data binding.
 *
 * <p>Values map to Java as: object -> {@code Map<String, Object>} (a {@link LinkedHashMap}, document order),
 * array -> {@code List<Object>}, string -> {@code String}, number -> {@code Double} (integers beyond 2^53
 * lose precision, which calibration numbers never need), {@code true}/{@code false} -> {@code Boolean},
 * {@code null} -> {@code null}. Results are mutable fresh collections owned by the caller.
 *
 * <p>Strict: exactly one value with optional surrounding whitespace; no comments, trailing commas, single
 * quotes, leading zeros, {@code NaN}/{@code Infinity}, unescaped control characters, or duplicate keys (a
 * duplicate would silently hide a value). Numbers too large for a double are rejected. Nesting is limited
 * to {@value #MAX_DEPTH} levels so hostile input cannot overflow the stack. Every error is an
 * {@link IllegalArgumentException} naming the line and column.
 */
public final class MiniJson {
    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 256;

    private final String s;
    private int pos;
    private int depth;

    private MiniJson(String s) {
        this.s = s;
    }

    /** Parses {@code text} as one JSON value. */
    public static Object parse(String text) {
        MiniJson p = new MiniJson(text);
        p.skipWhitespace();
        Object v = p.value();
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "' after the JSON value");
        }
        return v;
    }

    private Object value() {
        if (pos >= s.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c != '-' && (c < '0' || c > '9')) {
                    throw error("unexpected '" + c + "', expected a value");
                }
                yield number();
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return m;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object v = value();
            if (m.containsKey(key)) {
                pos = keyAt;
                throw error("duplicate key \"" + key + "\"");
            }
            m.put(key, v);
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                depth--;
                return m;
            }
        }
    }

    private List<Object> array() {
        enter();
        List<Object> a = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return a;
        }
        while (true) {
            skipWhitespace();
            a.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                depth--;
                return a;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("unescaped control character U+" + String.format("%04X", (int) c) + " in string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = pos < s.length() ? s.charAt(pos++) : '\0';
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(unicodeEscape());
                default -> {
                    pos--;
                    throw error("invalid escape '\\" + e + "'");
                }
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > s.length()) {
            throw error("truncated \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos + i), 16);
            if (d < 0) {
                throw error("invalid hex digit in \\u escape");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (peek() >= '0' && peek() <= '9') {
                throw error("leading zero in number");
            }
        } else if (!digits()) {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                throw error("expected a digit after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw error("expected a digit in the exponent");
            }
        }
        double v = Double.parseDouble(s.substring(start, pos));
        if (Double.isInfinite(v)) {
            pos = start;
            throw error("number " + s.substring(start, Math.min(s.length(), start + 40)) + " is too large for a double");
        }
        return v;
    }

    /** Consumes ASCII digits; true if there was at least one. */
    private boolean digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, pos)) {
            throw error("unexpected token, expected " + word);
        }
        pos += word.length();
        return v;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(pos >= s.length() ? "unexpected end of input, expected '" + c + "'"
                    : "expected '" + c + "' but found '" + s.charAt(pos) + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(pos, s.length()); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new IllegalArgumentException("invalid JSON at line " + line + ", column " + col + ": " + message);
    }
}
