package io.hqml.quantum.kernel;

import io.hqml.quantum.backend.Backend;
import java.io.Serializable;

/**
 * How a {@link BackendFidelityKernel} gets its backend where it runs. Kernels are serialized to Spark
 * executors, backends are not (they hold engines, HTTP clients, credentials): the source travels instead and
 * opens the backend on first use in each JVM. Implementations must be serializable and should return a
 * shared backend per JVM (backends are thread-safe).
 */
@FunctionalInterface
public interface BackendSource extends Serializable {
    Backend open();
}
