package io.hqml.quantum.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The local job handle: failure, timeout and timing, with a test clock and a held executor. */
class LocalJobTest {

    @Test
    void aFailedExecutionIsFailedWithItsReason() {
        MutableClock clock = new MutableClock();
        LocalJob job = LocalJob.start("j1", clock, Runnable::run, t -> {
            throw new IllegalStateException("engine exploded");
        });
        assertEquals(JobStatus.FAILED, job.status().status());
        assertEquals("engine exploded", job.status().reason());
        PermanentBackendException e = assertThrows(PermanentBackendException.class, () -> job.result(Duration.ZERO));
        assertEquals(PermanentBackendException.Reason.JOB_FAILED, e.reason());
        assertTrue(e.getMessage().contains("engine exploded"));
    }

    @Test
    void waitingOnAHeldJobTimesOutTransiently() {
        LocalStatevectorConformanceTest.ManualExecutor held = new LocalStatevectorConformanceTest.ManualExecutor();
        LocalJob job = LocalJob.start("j2", new MutableClock(), held, t -> {
            throw new AssertionError("never runs in this test");
        });
        TransientBackendException e = assertThrows(TransientBackendException.class, () -> job.result(Duration.ofMillis(1)));
        assertEquals(TransientBackendException.Reason.TIMEOUT, e.reason());
        assertEquals(JobStatus.QUEUED, job.status().status());
        assertTrue(job.status().queuePosition().isEmpty(), "a local executor does not expose positions");
    }

    @Test
    void queueAndExecutionTimesComeFromTheInjectedClock() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        LocalStatevectorConformanceTest.ManualExecutor held = new LocalStatevectorConformanceTest.ManualExecutor();
        LocalStatevectorBackend b = new LocalStatevectorBackend(ConformanceTargets.ideal(), held, clock);
        BackendJob job = b.submit(java.util.List.of(io.hqml.quantum.circuit.Circuit.builder(1)
                .add(io.hqml.quantum.circuit.Gate.X, 0).build()), 10, 1);
        clock.advance(Duration.ofSeconds(7));
        held.runAll();
        assertEquals(Duration.ofSeconds(7), job.result(Duration.ZERO).metadata().queueTime());
        assertEquals(Duration.ZERO, job.result(Duration.ZERO).metadata().executionTime());
    }
}
