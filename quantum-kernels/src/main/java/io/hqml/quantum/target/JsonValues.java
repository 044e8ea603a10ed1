package io.hqml.quantum.target;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to values parsed by {@code noise.internal.MiniJson}, with errors that name the field
 * ({@code "<where>.<field> must be ..."}), so that a malformed provider document fails on one clear line.
 */
final class JsonValues {
    private final String where;

    JsonValues(String where) {
        this.where = where;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Object v, String field) {
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw error(field, "must be a JSON object", v);
    }

    @SuppressWarnings("unchecked")
    List<Object> array(Object v, String field) {
        if (v instanceof List) {
            return (List<Object>) v;
        }
        throw error(field, "must be a JSON array", v);
    }

    String string(Object v, String field) {
        if (v instanceof String s) {
            return s;
        }
        throw error(field, "must be a JSON string", v);
    }

    double number(Object v, String field) {
        if (v instanceof Double d) {
            return d;
        }
        throw error(field, "must be a JSON number", v);
    }

    /** A number that is a non-negative integer no larger than {@code Integer.MAX_VALUE}. */
    int index(Object v, String field) {
        double d = number(v, field);
        if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
            throw error(field, "must be a non-negative integer", v);
        }
        return (int) d;
    }

    /** A JSON integer or a string holding one (Braket writes qubit ids as strings). */
    int indexOrString(Object v, String field) {
        if (v instanceof String s) {
            try {
                return index(Double.valueOf(Integer.parseInt(s.trim())), field);
            } catch (NumberFormatException e) {
                throw error(field, "must be a qubit index", v);
            }
        }
        return index(v, field);
    }

    /** Fails on a key outside {@code known}: a typo would otherwise silently drop a setting. */
    void onlyKeys(Map<String, Object> object, Set<String> known, String field) {
        for (String k : object.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "' in " + field + "; known keys are "
                        + new java.util.TreeSet<>(known));
            }
        }
    }

    IllegalArgumentException error(String field, String problem, Object got) {
        String desc = got == null ? "null (or missing)" : got instanceof Map ? "an object" : got instanceof List ? "an array"
                : got instanceof String ? "\"" + got + "\"" : String.valueOf(got);
        return new IllegalArgumentException(where + ": " + field + " " + problem + ", got " + desc);
    }
}
