package io.hqml.backends.emulated;

import io.hqml.backends.emulated.server.EmulatedCloudServer;
import io.hqml.backends.emulated.server.EmulatorSettings;
import io.hqml.backends.http.BearerToken;
import io.hqml.backends.resilience.PollPolicy;
import io.hqml.backends.resilience.RetryPolicy;
import io.hqml.quantum.backend.LocalDensityMatrixBackend;
import io.hqml.quantum.backend.MutableClock;
import io.hqml.quantum.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An emulated cloud on an ephemeral localhost port, in the simulated time of a {@link MutableClock}, and
 * clients whose sleeper advances that clock: queue delays of hours take no wall time, and every wait a client
 * makes is recorded exactly.
 */
final class EmulatedCloudFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock();
    final List<Duration> waits = new ArrayList<>();
    final EmulatedCloudServer server;

    EmulatedCloudFixture(Target target, EmulatorSettings settings, BearerToken token) {
        try {
            server = EmulatedCloudServer.start(new InetSocketAddress("127.0.0.1", 0),
                    new LocalDensityMatrixBackend(target), settings, token, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client with the given retry policy, polling every simulated 0.5 s growing to 5 s. */
    EmulatedCloudBackend.Builder client(RetryPolicy retry) {
        return EmulatedCloudBackend.builder(server.apiUri()).clock(clock).retry(retry)
                .poll(new PollPolicy(Duration.ofMillis(500), 2, Duration.ofSeconds(5)))
                .sleeper(d -> {
                    synchronized (waits) {
                        waits.add(d);
                    }
                    clock.advance(d);
                });
    }

    EmulatedCloudBackend client() {
        return client(RetryPolicy.defaults()).build();
    }

    Duration waited() {
        synchronized (waits) {
            return waits.stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
