package io.hqml.quantum.backend;

import io.hqml.quantum.target.Target;
import io.hqml.quantum.target.TargetJson;

/** The providers of the two local simulators; a spec's Target JSON is optional (default: an ideal device). */
public final class LocalBackendProviders {
    private LocalBackendProviders() {
    }

    static Target target(BackendSpec spec, String name, int defaultQubits) {
        return spec.targetJson() == null ? LocalTargets.ideal(name, defaultQubits) : TargetJson.parse(spec.targetJson());
    }

    /** {@code local-statevector}. */
    public static final class Statevector implements BackendProvider {
        @Override
        public String name() {
            return LocalStatevectorBackend.ID;
        }

        @Override
        public Backend create(BackendSpec spec) {
            return new LocalStatevectorBackend(target(spec, name(), LocalStatevectorBackend.DEFAULT_QUBITS));
        }
    }

    /** {@code local-density-matrix}. */
    public static final class DensityMatrix implements BackendProvider {
        @Override
        public String name() {
            return LocalDensityMatrixBackend.ID;
        }

        @Override
        public Backend create(BackendSpec spec) {
            return new LocalDensityMatrixBackend(target(spec, name(), LocalDensityMatrixBackend.DEFAULT_QUBITS));
        }
    }
}
