package io.hqml.quantum.noise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {

    @Test
    void parsesEveryValueKind() {
        Object v = MiniJson.parse(" {\"a\": [1, -2.5, 3e2, 0, -0, 1E-3, 12.75e+1], \"b\": {\"t\": true, \"f\": false, \"n\": null},"
                + " \"s\": \"x\", \"e\": [], \"o\": {}}\n");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("a", "b", "s", "e", "o"), List.copyOf(m.keySet()), "document order");
        assertEquals(List.of(1.0, -2.5, 300.0, 0.0, -0.0, 0.001, 127.5), m.get("a"));
        Map<?, ?> b = (Map<?, ?>) m.get("b");
        assertEquals(Boolean.TRUE, b.get("t"));
        assertEquals(Boolean.FALSE, b.get("f"));
        assertTrue(b.containsKey("n"));
        assertNull(b.get("n"));
        assertEquals("x", m.get("s"));
        assertEquals(List.of(), m.get("e"));
        assertEquals(new LinkedHashMap<>(), m.get("o"));
        assertEquals(42.0, MiniJson.parse("42"));
        assertEquals("top", MiniJson.parse("\"top\""));
        assertNull(MiniJson.parse("null"));
    }

    @Test
    void decodesStringEscapes() {
        assertEquals("q\"b\\s/\b\f\n\r\t", MiniJson.parse("\"q\\\"b\\\\s\\/\\b\\f\\n\\r\\t\""));
        assertEquals("é µ", MiniJson.parse("\"\\u00e9 \\u00B5\""));
        assertEquals("\uD83D\uDE00", MiniJson.parse("\"\\ud83d\\ude00\""), "surrogate pair");
        assertEquals("µs", MiniJson.parse("\"µs\""), "raw non-ASCII");
    }

    @Test
    void rejectsNonStrictInputWithPosition() {
        String[][] bad = {
            {"", "end of input"},
            {"[1, 2,]", "expected a value"},
            {"{\"a\": 1,}", "expected a string key"},
            {"{'a': 1}", "expected a string key"},
            {"[01]", "leading zero"},
            {"[1.]", "after '.'"},
            {"[1e]", "exponent"},
            {"[-]", "expected a digit"},
            {"[.5]", "unexpected '.'"},
            {"[NaN]", "unexpected 'N'"},
            {"[Infinity]", "unexpected 'I'"},
            {"[1e400]", "too large"},
            {"[tru]", "expected true"},
            {"\"abc", "unterminated string"},
            {"\"a\tb\"", "control character"},
            {"\"\\x\"", "invalid escape"},
            {"\"\\u12g4\"", "hex digit"},
            {"\"\\u12", "truncated"},
            {"{\"a\": 1, \"a\": 2}", "duplicate key \"a\""},
            {"[1] 2", "after the JSON value"},
            {"[1 2]", "expected ']'"},
            {"{\"a\" 1}", "expected ':'"},
            {"[1, // c\n 2]", "unexpected '/'"},
            {"[1", "end of input"},
        };
        for (String[] c : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MiniJson.parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
            assertTrue(e.getMessage().startsWith("invalid JSON at line "), e.getMessage());
        }
    }

    @Test
    void reportsLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\n  \"a\": tx\n}"));
        assertTrue(e.getMessage().startsWith("invalid JSON at line 2, column 8"), e.getMessage());
    }

    @Test
    void limitsNestingDepth() {
        char[] open = new char[MiniJson.MAX_DEPTH];
        char[] close = new char[MiniJson.MAX_DEPTH];
        Arrays.fill(open, '[');
        Arrays.fill(close, ']');
        Object ok = MiniJson.parse(new String(open) + new String(close));
        assertTrue(ok instanceof List);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MiniJson.parse("[" + new String(open) + new String(close) + "]"));
        assertTrue(e.getMessage().contains("nesting deeper than"), e.getMessage());
    }
}
