package io.hqml.quantum.backend;

import java.time.Clock;

/** {@code local-density-matrix} (on an uncalibrated, hence noise-free, Target) against the conformance suite. */
class LocalDensityMatrixConformanceTest extends BackendConformanceSuite {
    @Override
    protected Backend backend() {
        return new LocalDensityMatrixBackend(ConformanceTargets.ideal());
    }

    @Override
    protected HeldBackend heldBackend() {
        LocalStatevectorConformanceTest.ManualExecutor executor = new LocalStatevectorConformanceTest.ManualExecutor();
        Backend b = new LocalDensityMatrixBackend(ConformanceTargets.ideal(), executor, Clock.systemUTC());
        return new HeldBackend() {
            @Override
            public Backend backend() {
                return b;
            }

            @Override
            public void release() {
                executor.runAll();
            }
        };
    }
}
