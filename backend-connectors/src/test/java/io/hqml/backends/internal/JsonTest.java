package io.hqml.backends.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void integersStayExactLongsAndOtherNumbersDoubles() {
        Map<String, Object> o = Json.parseObject("{\"seed\": -9223372036854775808, \"big\": 18446744073709551616,"
                + " \"x\": 0.5, \"e\": 1e3, \"n\": 7}");
        assertEquals(Long.MIN_VALUE, o.get("seed"));
        assertEquals(1.8446744073709552E19, o.get("big"));
        assertEquals(0.5, o.get("x"));
        assertEquals(1000.0, o.get("e"));
        assertEquals(7L, o.get("n"));
    }

    @Test
    void writeThenParseRoundTrips() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("s", "line\n\"quoted\" \\ tab\t \u0001");
        o.put("list", Arrays.asList(1L, 2.25, true, null, List.of()));
        o.put("nested", Map.of("k", Long.MAX_VALUE));
        o.put("whole", 3.0);
        assertEquals(o, Json.parse(Json.write(o)));
        assertEquals("{\"a\":1.0}", Json.write(Map.of("a", 1.0)));
    }

    @Test
    void malformedDocumentsAreRejected() {
        for (String bad : List.of("", "{", "{\"a\":1,}", "[1 2]", "{\"a\":1,\"a\":2}", "01", "NaN", "\"\\x\"", "{} {}",
                "[".repeat(100) + "]".repeat(100))) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
    }
}
