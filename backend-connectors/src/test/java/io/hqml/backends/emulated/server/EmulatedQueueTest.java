package io.hqml.backends.emulated.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.backend.ConformanceTargets;
import io.hqml.quantum.backend.JobStatus;
import io.hqml.quantum.backend.LocalDensityMatrixBackend;
import io.hqml.quantum.backend.MutableClock;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated-time queue: schedule, positions, estimates, cancellation and injected failures. */
class EmulatedQueueTest {
    private static final Circuit X0 = Circuit.builder(2).add(Gate.X, 0).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private EmulatedQueue queue(EmulatorSettings s) {
        return new EmulatedQueue(new LocalDensityMatrixBackend(ConformanceTargets.ideal()), s, clock);
    }

    private static EmulatorSettings timed() {
        // queue 10 s; a job runs 5 s + 1 s per circuit
        return EmulatorSettings.defaults().withQueueDelay(Duration.ofSeconds(10))
                .withExecutionTime(Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    @Test
    void jobsRunOneAtATimeAfterTheirQueueDelay() {
        EmulatedQueue q = queue(timed());
        EmulatedQueue.Job a = q.submit(List.of(X0), 100, 1L);             // runs 10..16
        clock.advance(Duration.ofSeconds(2));
        EmulatedQueue.Job b = q.submit(Collections.nCopies(3, X0), 100, 2L); // may start at 12, device busy until 16, runs 16..24
        EmulatedQueue.View va = q.view(a.id), vb = q.view(b.id);
        assertEquals(JobStatus.QUEUED, va.status());
        assertEquals(1, va.queuePosition());
        assertEquals(2, vb.queuePosition());
        assertEquals(Instant.parse("2026-01-01T00:00:16Z"), va.estimatedEnd());
        assertEquals(Instant.parse("2026-01-01T00:00:24Z"), vb.estimatedEnd());
        clock.advance(Duration.ofSeconds(8)); // t = 10
        assertEquals(JobStatus.RUNNING, q.view(a.id).status());
        assertEquals(1, q.view(b.id).queuePosition());
        clock.advance(Duration.ofSeconds(6)); // t = 16
        assertEquals(JobStatus.COMPLETED, q.view(a.id).status());
        assertEquals(Map.of("01", 100L), a.result.counts(0));
        assertEquals(Duration.ofSeconds(10), EmulatedQueue.queueTime(a));
        assertEquals(Duration.ofSeconds(6), EmulatedQueue.executionTime(a));
        assertEquals(JobStatus.RUNNING, q.view(b.id).status());
        clock.advance(Duration.ofSeconds(8)); // t = 24
        assertEquals(JobStatus.COMPLETED, q.view(b.id).status());
        assertEquals(Duration.ofSeconds(14), EmulatedQueue.queueTime(b));
        assertEquals(0, q.queueLength());
    }

    @Test
    void cancellingTheRunningJobFreesTheDeviceAtOnce() {
        EmulatedQueue q = queue(timed());
        EmulatedQueue.Job a = q.submit(List.of(X0), 100, 1L);
        EmulatedQueue.Job b = q.submit(List.of(X0), 100, 2L);
        clock.advance(Duration.ofSeconds(12)); // a runs 10..16
        assertTrue(q.cancel(a.id));
        assertEquals(JobStatus.CANCELLED, q.view(a.id).status());
        assertEquals(JobStatus.RUNNING, q.view(b.id).status(), "b starts at the cancel time");
        assertEquals(Instant.parse("2026-01-01T00:00:18Z"), q.view(b.id).estimatedEnd());
        assertFalse(q.cancel(a.id), "cancelling twice changes nothing");
        assertNull(q.cancel("nope"));
        assertEquals(JobStatus.RUNNING, q.delete(b.id), "an unfinished job is not deleted");
        clock.advance(Duration.ofSeconds(6));
        assertEquals(JobStatus.COMPLETED, q.delete(b.id));
        assertNull(q.view(b.id));
    }

    @Test
    void theFailureRateDecidesAtSubmissionFromTheSeed() {
        EmulatedQueue always = queue(EmulatorSettings.defaults().withFailureRate(1.0));
        EmulatedQueue.Job j = always.submit(List.of(X0), 10, 1L);
        assertEquals(JobStatus.FAILED, always.view(j.id).status());
        assertEquals(EmulatedQueue.FAILURE_CODE, j.reasonCode);
        // With rate 0.5 the same seed fails the same jobs.
        String a = outcomes(queue(EmulatorSettings.defaults().withFailureRate(0.5).withSeed(3)));
        String b = outcomes(queue(EmulatorSettings.defaults().withFailureRate(0.5).withSeed(3)));
        assertEquals(a, b);
        assertTrue(a.contains("F") && a.contains("C"), a);
    }

    private static String outcomes(EmulatedQueue q) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            EmulatedQueue.Job j = q.submit(List.of(X0), 10, (long) i);
            sb.append(q.view(j.id).status() == JobStatus.FAILED ? 'F' : 'C');
        }
        return sb.toString();
    }
}
