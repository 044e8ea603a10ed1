package io.hqml.quantum.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Creates statevector engines by choice: {@code java}, a provider's name (e.g. {@code native}), or
 * {@code auto} = the best available provider, else the Java engine. The default choice comes from the system
 * property {@code hqml.engine} (default {@code auto}), so a cluster switches engines without code changes,
 * e.g. {@code spark.executor.extraJavaOptions=-Dhqml.engine=java}.
 */
public final class Engines {
    /** System property naming the default choice. */
    public static final String PROPERTY = "hqml.engine";

    private Engines() {
    }

    /** An engine for the default choice ({@code hqml.engine}, default {@code auto}). */
    public static StatevectorEngine create() {
        return create(System.getProperty(PROPERTY, "auto"));
    }

    /**
     * An engine for {@code choice}.
     *
     * @throws IllegalArgumentException for an unknown choice, or a named provider that is not available here
     */
    public static StatevectorEngine create(String choice) {
        String c = choice == null ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
        if (c.equals("java")) {
            return new JavaStatevectorEngine();
        }
        List<StatevectorEngineProvider> providers = providers();
        if (c.equals("auto")) {
            StatevectorEngineProvider best = null;
            for (StatevectorEngineProvider p : providers) {
                if (p.available() && (best == null || p.priority() > best.priority())) {
                    best = p;
                }
            }
            return best == null ? new JavaStatevectorEngine() : best.create();
        }
        List<String> names = new ArrayList<>(List.of("auto", "java"));
        for (StatevectorEngineProvider p : providers) {
            if (p.name().equals(c)) {
                if (!p.available()) {
                    throw new IllegalArgumentException("engine '" + c + "' is not available here: "
                            + p.unavailableReason() + "; use engine auto or java");
                }
                return p.create();
            }
            names.add(p.name());
        }
        throw new IllegalArgumentException("unknown engine '" + choice + "'; choose one of " + names);
    }

    /** Choices valid in this JVM's class path (available or not). */
    public static List<String> choices() {
        List<String> names = new ArrayList<>(List.of("auto", "java"));
        for (StatevectorEngineProvider p : providers()) {
            names.add(p.name());
        }
        return names;
    }

    /** Providers on the class path, through the context class loader (the user jar's, in Spark tasks). */
    public static List<StatevectorEngineProvider> providers() {
        List<StatevectorEngineProvider> out = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (StatevectorEngineProvider p : ServiceLoader.load(StatevectorEngineProvider.class,
                loader != null ? loader : Engines.class.getClassLoader())) {
            out.add(p);
        }
        return out;
    }
}
