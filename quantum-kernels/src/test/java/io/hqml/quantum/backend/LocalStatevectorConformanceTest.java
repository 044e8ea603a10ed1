package io.hqml.quantum.backend;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@code local-statevector} against the backend conformance suite. */
class LocalStatevectorConformanceTest extends BackendConformanceSuite {
    @Override
    protected Backend backend() {
        return new LocalStatevectorBackend(ConformanceTargets.ideal());
    }

    @Override
    protected HeldBackend heldBackend() {
        ManualExecutor executor = new ManualExecutor();
        Backend b = new LocalStatevectorBackend(ConformanceTargets.ideal(), executor, Clock.systemUTC());
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

    /** Holds submitted work until {@link #runAll}: a queue nobody serves yet. */
    static final class ManualExecutor implements java.util.concurrent.Executor {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable r) {
            pending.add(r);
        }

        synchronized void runAll() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }
}
