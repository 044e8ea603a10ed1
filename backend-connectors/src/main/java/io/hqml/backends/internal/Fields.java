package io.hqml.backends.internal;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of parsed {@link Json} objects. A missing or mistyped field is an
 * {@link IllegalArgumentException} naming the field, which the server turns into a 400 and the client into
 * a protocol error.
 */
public final class Fields {
    private Fields() {
    }

    public static Object required(Map<String, Object> o, String key) {
        if (!o.containsKey(key) || o.get(key) == null) {
            throw new IllegalArgumentException("field '" + key + "' is missing");
        }
        return o.get(key);
    }

    public static String string(Map<String, Object> o, String key) {
        if (required(o, key) instanceof String s) {
            return s;
        }
        throw wrongType(key, "a string");
    }

    public static String string(Map<String, Object> o, String key, String fallback) {
        return o.get(key) == null ? fallback : string(o, key);
    }

    public static long integer(Map<String, Object> o, String key) {
        if (required(o, key) instanceof Long l) {
            return l;
        }
        throw wrongType(key, "an integer");
    }

    public static double number(Map<String, Object> o, String key) {
        if (required(o, key) instanceof Number n) {
            return n.doubleValue();
        }
        throw wrongType(key, "a number");
    }

    /** An optional number: {@code fallback} when absent or null. */
    public static double number(Map<String, Object> o, String key, double fallback) {
        return o.get(key) == null ? fallback : number(o, key);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> o, String key) {
        if (required(o, key) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw wrongType(key, "an object");
    }

    /** An optional object: empty when absent or null. */
    public static Map<String, Object> objectOrEmpty(Map<String, Object> o, String key) {
        return o.get(key) == null ? Map.of() : object(o, key);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> o, String key) {
        if (required(o, key) instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw wrongType(key, "an array");
    }

    private static IllegalArgumentException wrongType(String key, String expected) {
        return new IllegalArgumentException("field '" + key + "' must be " + expected);
    }
}
