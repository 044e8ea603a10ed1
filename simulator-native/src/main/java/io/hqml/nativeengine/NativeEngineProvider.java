package io.hqml.nativeengine;

import io.hqml.quantum.engine.StatevectorEngine;
import io.hqml.quantum.engine.StatevectorEngineProvider;

/** Registers the native engine with {@link io.hqml.quantum.engine.Engines} (choice {@code native}). */
public final class NativeEngineProvider implements StatevectorEngineProvider {
    @Override
    public String name() {
        return "native";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean available() {
        return NativeLibrary.isLoaded();
    }

    @Override
    public String unavailableReason() {
        return NativeLibrary.failure();
    }

    @Override
    public StatevectorEngine create() {
        return new NativeStatevectorEngine();
    }
}
