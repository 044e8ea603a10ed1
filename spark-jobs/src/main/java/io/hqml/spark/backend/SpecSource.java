package io.hqml.spark.backend;

import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendSpec;
import io.hqml.quantum.backend.Backends;
import io.hqml.quantum.kernel.BackendSource;

/** Opens the configured backend where a kernel runs: one shared backend per spec and JVM (driver or executor). */
record SpecSource(BackendSpec spec) implements BackendSource {
    @Override
    public Backend open() {
        return Backends.shared(spec);
    }
}
