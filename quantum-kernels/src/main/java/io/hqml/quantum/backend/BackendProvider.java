package io.hqml.quantum.backend;

/**
 * Makes backends of one kind from a {@link BackendSpec}. Providers are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.hqml.quantum.backend.BackendProvider}): quantum-kernels registers the local
 * simulators, backend-connectors the emulated cloud and provider adapters, so a job names a backend without
 * depending on the module that implements it.
 */
public interface BackendProvider {
    /** The name a config uses, e.g. {@code local-statevector}. */
    String name();

    /**
     * @throws IllegalArgumentException for a missing or invalid option or Target (message names it)
     */
    Backend create(BackendSpec spec);
}
