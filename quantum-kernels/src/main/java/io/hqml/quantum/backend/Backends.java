package io.hqml.quantum.backend;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@link BackendProvider}s on the class path and opens backends by name. {@link #shared} keeps one
 * backend per spec and JVM, so the many tasks of a Spark executor share one (backends are thread-safe).
 */
public final class Backends {
    private static final Map<BackendSpec, Backend> SHARED = new ConcurrentHashMap<>();

    private Backends() {
    }

    /** Every provider name on the class path, sorted. */
    public static List<String> names() {
        return List.copyOf(providers().keySet());
    }

    /**
     * A new backend for {@code spec}.
     *
     * @throws IllegalArgumentException unknown name (the message lists the known ones), or a bad option or Target
     */
    public static Backend open(BackendSpec spec) {
        BackendProvider p = providers().get(spec.name());
        if (p == null) {
            throw new IllegalArgumentException("unknown backend '" + spec.name() + "'; available: "
                    + String.join(", ", names()));
        }
        return p.create(spec);
    }

    /** The JVM's backend for {@code spec}, opened on first use. */
    public static Backend shared(BackendSpec spec) {
        return SHARED.computeIfAbsent(spec, Backends::open);
    }

    private static Map<String, BackendProvider> providers() {
        Map<String, BackendProvider> out = new TreeMap<>();
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader())) {
            out.putIfAbsent(p.name(), p);
        }
        return out;
    }
}
