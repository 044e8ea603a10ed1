package io.hqml.quantum.backend;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A backend as configured: what {@link Backends#open} needs to build it anywhere, e.g. on a Spark executor.
 * Serializable, and holds the Target as its JSON text (not a path, which need not exist on an executor).
 *
 * @param name       the provider name, e.g. {@code local-density-matrix}
 * @param targetJson the Target document, or null for the provider's default
 * @param options    provider options (e.g. {@code url}, {@code token-env}); values are never secrets, only
 *                   where to find them
 */
public record BackendSpec(String name, String targetJson, Map<String, String> options) implements Serializable {
    private static final long serialVersionUID = 1L;

    public BackendSpec {
        Objects.requireNonNull(name, "name");
        options = Map.copyOf(new TreeMap<>(options));
    }

    public BackendSpec(String name) {
        this(name, null, Map.of());
    }

    /** An option, or {@code fallback} when not given. */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    /** A required option. */
    public String requireOption(String key) {
        String v = options.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("backend " + name + " needs option '" + key + "'");
        }
        return v;
    }
}
