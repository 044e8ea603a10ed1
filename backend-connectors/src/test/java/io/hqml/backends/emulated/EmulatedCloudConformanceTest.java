package io.hqml.backends.emulated;

import io.hqml.backends.emulated.server.EmulatorSettings;
import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendConformanceSuite;
import io.hqml.quantum.backend.ConformanceTargets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The emulated cloud (service on an ephemeral port + HTTP client) against the backend conformance suite. Jobs
 * queue 2 s and run 0.5 s + 10 ms per circuit of simulated time, so every test goes through QUEUED and
 * RUNNING polls; the held backend queues for an hour until released.
 */
class EmulatedCloudConformanceTest extends BackendConformanceSuite {
    private final List<EmulatedCloudFixture> fixtures = new ArrayList<>();

    private EmulatedCloudFixture fixture(Duration queueDelay) {
        EmulatedCloudFixture f = new EmulatedCloudFixture(ConformanceTargets.ideal(), EmulatorSettings.defaults()
                .withQueueDelay(queueDelay).withExecutionTime(Duration.ofMillis(500), Duration.ofMillis(10)), null);
        fixtures.add(f);
        return f;
    }

    @AfterEach
    void stopServices() {
        fixtures.forEach(EmulatedCloudFixture::close);
    }

    @Override
    protected Backend backend() {
        return fixture(Duration.ofSeconds(2)).client();
    }

    @Override
    protected HeldBackend heldBackend() {
        EmulatedCloudFixture f = fixture(Duration.ofHours(1));
        Backend client = f.client();
        return new HeldBackend() {
            @Override
            public Backend backend() {
                return client;
            }

            @Override
            public void release() {
                f.clock.advance(Duration.ofHours(2));
            }
        };
    }
}
