package io.hqml.quantum.engine;

/**
 * A statevector engine found on the class path ({@link java.util.ServiceLoader}, registered under
 * {@code META-INF/services/io.hqml.quantum.engine.StatevectorEngineProvider}): how simulator-native plugs its
 * engine in without quantum-kernels depending on it. {@link Engines} picks the available provider with the
 * highest priority and falls back to the Java engine.
 */
public interface StatevectorEngineProvider {

    /** The choice name users give in {@code hqml.engine} / the job config, e.g. {@code native}. */
    String name();

    /** Higher wins under {@code auto}; the Java engine counts as 0. */
    int priority();

    /** Whether {@link #create()} works in this JVM (e.g. the native library loaded). */
    boolean available();

    /** Why it is not available (one line), or null when it is. */
    String unavailableReason();

    /** A new engine; engines are single-threaded, so every task makes its own. */
    StatevectorEngine create();
}
