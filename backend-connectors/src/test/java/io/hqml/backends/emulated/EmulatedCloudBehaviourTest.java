package io.hqml.backends.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.backends.emulated.server.EmulatorSettings;
import io.hqml.backends.http.BearerToken;
import io.hqml.backends.resilience.RetryPolicy;
import io.hqml.quantum.backend.BackendJob;
import io.hqml.quantum.backend.BackendResult;
import io.hqml.quantum.backend.ConformanceTargets;
import io.hqml.quantum.backend.Cost;
import io.hqml.quantum.backend.JobState;
import io.hqml.quantum.backend.JobStatus;
import io.hqml.quantum.backend.LocalDensityMatrixBackend;
import io.hqml.quantum.backend.PermanentBackendException;
import io.hqml.quantum.backend.RateLimitedException;
import io.hqml.quantum.backend.TransientBackendException;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the conformance suite does not cover: queue information, throttling and rate limits with Retry-After,
 * transient 503s, injected job failures, timeouts, authentication, and noise from the Target's calibration.
 * All in simulated time: the asserted waits are exact.
 */
class EmulatedCloudBehaviourTest {
    private static final Circuit BELL = Circuit.builder(2).add(Gate.H, 0).add(Gate.CX, 0, 1).build();
    private static final Duration T = Duration.ofHours(3);

    private static EmulatedCloudFixture fixture(EmulatorSettings s) {
        return new EmulatedCloudFixture(ConformanceTargets.ideal(), s, null);
    }

    @Test
    void aQueuedJobReportsItsPositionAndEstimatedWait() {
        EmulatorSettings s = EmulatorSettings.defaults().withQueueDelay(Duration.ofSeconds(30))
                .withExecutionTime(Duration.ofSeconds(10), Duration.ZERO);
        try (EmulatedCloudFixture f = fixture(s)) {
            EmulatedCloudBackend client = f.client();
            BackendJob first = client.submit(List.of(BELL), 100, 1);
            BackendJob second = client.submit(List.of(BELL), 100, 2);
            JobState state = second.status();
            assertEquals(JobStatus.QUEUED, state.status());
            assertEquals(2, state.queuePosition().getAsInt());
            assertEquals(Duration.ofSeconds(50), state.estimatedWait().orElseThrow(), "30 s queue + 2 x 10 s");
            f.clock.advance(Duration.ofSeconds(35));
            assertEquals(JobStatus.RUNNING, first.status().status());
            assertEquals(1, second.status().queuePosition().getAsInt());
            BackendResult r = second.result(T);
            assertEquals(Duration.ofSeconds(40), r.metadata().queueTime());
            assertEquals(Duration.ofSeconds(10), r.metadata().executionTime());
            assertEquals(new Cost(10, Cost.QPU_SECONDS), r.metadata().cost());
            // Polls wait 0.5, 1, 2, 4, 5, 5 s from t = 35 s: the job ends at 50 s and is seen done at 52.5 s.
            assertEquals(Duration.ofMillis(17_500), f.waited());
        }
    }

    @Test
    void throttledRequestsWaitExactlyTheRetryAfter() {
        EmulatorSettings s = EmulatorSettings.defaults().withThrottling(0.4, Duration.ofSeconds(3)).withSeed(5);
        try (EmulatedCloudFixture f = fixture(s)) {
            EmulatedCloudBackend client = f.client(RetryPolicy.defaults().withMaxAttempts(20)).build();
            for (int i = 0; i < 5; i++) {
                assertEquals(Map.of("1", 50L), client.submit(List.of(Circuit.builder(1).add(Gate.X, 0).build()), 50, i)
                        .result(T).counts(0));
            }
            assertTrue(client.retries() > 0, "a 40% throttle rate refused some of the requests");
            assertEquals(client.retries(), f.waits.size());
            assertTrue(f.waits.stream().allMatch(Duration.ofSeconds(3)::equals), f.waits.toString());
        }
    }

    @Test
    void withoutRetriesAThrottledRequestIsRateLimitedWithItsRetryAfter() {
        EmulatorSettings s = EmulatorSettings.defaults().withThrottling(1.0, Duration.ofSeconds(7));
        try (EmulatedCloudFixture f = fixture(s)) {
            RateLimitedException e = assertThrows(RateLimitedException.class,
                    () -> f.client(RetryPolicy.none()).build().submit(List.of(BELL), 10, 1));
            assertEquals(Duration.ofSeconds(7), e.retryAfter());
            assertTrue(e.retryable());
            // A Retry-After longer than the policy allows goes to the caller at once, without waiting.
            RetryPolicy patient = RetryPolicy.defaults().withMaxAttempts(5);
            RetryPolicy impatient = new RetryPolicy(5, patient.initialBackoff(), patient.multiplier(), patient.maxBackoff(),
                    patient.jitter(), Duration.ofSeconds(5), 0);
            assertThrows(RateLimitedException.class, () -> f.client(impatient).build().submit(List.of(BELL), 10, 1));
            assertTrue(f.waits.isEmpty());
        }
    }

    @Test
    void theJobsPerMinuteLimitDelaysTheThirdSubmissionUntilASlotFrees() {
        EmulatorSettings s = EmulatorSettings.defaults().withMaxJobsPerMinute(2);
        try (EmulatedCloudFixture f = fixture(s)) {
            EmulatedCloudBackend client = f.client();
            client.submit(List.of(BELL), 10, 1);
            f.clock.advance(Duration.ofSeconds(20));
            client.submit(List.of(BELL), 10, 2);
            f.clock.advance(Duration.ofSeconds(15));
            client.submit(List.of(BELL), 10, 3);
            assertEquals(List.of(Duration.ofSeconds(25)), f.waits, "the first slot frees 60 s after t = 0");
        }
    }

    @Test
    void transientUnavailabilityIsRetriedWithTheSeededBackoff() {
        EmulatorSettings s = EmulatorSettings.defaults().withUnavailableRate(0.5).withSeed(9);
        try (EmulatedCloudFixture f = fixture(s)) {
            RetryPolicy retry = RetryPolicy.defaults().withMaxAttempts(30).withSeed(4);
            EmulatedCloudBackend client = f.client(retry).build();
            BackendResult r = client.submit(List.of(BELL), 400, 3).result(T);
            assertEquals(400, r.counts(0).values().stream().mapToLong(Long::longValue).sum());
            assertTrue(client.retries() > 0);
            for (Duration w : f.waits) {
                assertTrue(w.compareTo(Duration.ofMillis(400)) >= 0 && w.compareTo(Duration.ofSeconds(36)) <= 0, w.toString());
            }
        }
        try (EmulatedCloudFixture f = fixture(EmulatorSettings.defaults().withUnavailableRate(1.0))) {
            TransientBackendException e = assertThrows(TransientBackendException.class,
                    () -> f.client(RetryPolicy.defaults().withMaxAttempts(3)).build().submit(List.of(BELL), 10, 1));
            assertEquals(TransientBackendException.Reason.UNAVAILABLE, e.reason());
            assertEquals(2, f.waits.size(), "3 attempts, 2 waits");
        }
    }

    @Test
    void anInjectedDeviceFailureEndsTheJobFailed() {
        try (EmulatedCloudFixture f = fixture(EmulatorSettings.defaults().withFailureRate(1.0))) {
            BackendJob job = f.client().submit(List.of(BELL), 10, 1);
            PermanentBackendException e = assertThrows(PermanentBackendException.class, () -> job.result(T));
            assertEquals(PermanentBackendException.Reason.JOB_FAILED, e.reason());
            assertEquals(JobStatus.FAILED, job.status().status());
            assertTrue(job.status().reason().contains("emulated device failure"));
            assertFalse(job.cancel(), "a failed job cannot be cancelled");
        }
    }

    @Test
    void waitingLongerThanTheTimeoutIsATransientTimeout() {
        try (EmulatedCloudFixture f = fixture(EmulatorSettings.defaults().withQueueDelay(Duration.ofHours(1)))) {
            BackendJob job = f.client().submit(List.of(BELL), 10, 1);
            TransientBackendException e = assertThrows(TransientBackendException.class,
                    () -> job.result(Duration.ofMinutes(10)));
            assertEquals(TransientBackendException.Reason.TIMEOUT, e.reason());
            assertEquals(Duration.ofMinutes(10), f.waited(), "the last poll wait is cut to the deadline");
            assertEquals(JobStatus.QUEUED, job.status().status(), "the job goes on");
        }
    }

    @Test
    void theServiceChecksTheBearerTokenAndNoMessageContainsIt() {
        String secret = "tok-" + Long.toHexString(System.nanoTime());
        BearerToken token = BearerToken.of(secret);
        try (EmulatedCloudFixture f = new EmulatedCloudFixture(ConformanceTargets.ideal(), EmulatorSettings.defaults(), token)) {
            PermanentBackendException none = assertThrows(PermanentBackendException.class,
                    () -> f.client().submit(List.of(BELL), 10, 1));
            assertEquals(PermanentBackendException.Reason.AUTHENTICATION, none.reason());
            PermanentBackendException wrong = assertThrows(PermanentBackendException.class,
                    () -> f.client(RetryPolicy.defaults()).token(BearerToken.of(secret + "x")).build().version());
            assertEquals(PermanentBackendException.Reason.AUTHENTICATION, wrong.reason());
            assertFalse(wrong.getMessage().contains(secret));
            EmulatedCloudBackend client = f.client(RetryPolicy.defaults()).token(token).build();
            assertEquals(Map.of("00", 40L), client.submit(List.of(Circuit.builder(2).add(Gate.X, 0).add(Gate.X, 0).build()),
                    40, 1).result(T).counts(0));
            assertFalse(client.toString().contains(secret));
        }
    }

    @Test
    void theDeviceRunsTheTargetsCalibrationNoise() {
        try (EmulatedCloudFixture f = new EmulatedCloudFixture(ConformanceTargets.noisy(), EmulatorSettings.defaults(), null)) {
            EmulatedCloudBackend client = f.client();
            assertFalse(client.noiseless());
            assertEquals("conformance-line-4@noisy", client.calibrationId());
            List<Circuit> batch = new ArrayList<>(Collections.nCopies(2, BELL));
            BackendResult cloud = client.submit(batch, 2000, 77).result(T);
            BackendResult local = new LocalDensityMatrixBackend(ConformanceTargets.noisy()).submit(batch, 2000, 77).result(T);
            assertEquals(local.counts(0), cloud.counts(0), "the same device, seed and circuits");
            assertEquals(local.counts(1), cloud.counts(1));
            assertTrue(cloud.counts(0).containsKey("01"), "noise puts mass outside the Bell outcomes");
            assertEquals("conformance-line-4@noisy", cloud.metadata().calibrationId());
            assertEquals("1.0.0", cloud.metadata().backendVersion());
        }
    }

    @Test
    void unknownJobsAndDevicesAreNotFound() {
        try (EmulatedCloudFixture f = fixture(EmulatorSettings.defaults())) {
            EmulatedCloudBackend client = f.client();
            BackendJob ghost = new EmulatedCloudJob(client, "ej99999999", 1, 10);
            PermanentBackendException e = assertThrows(PermanentBackendException.class, ghost::status);
            assertEquals(PermanentBackendException.Reason.NOT_FOUND, e.reason());
            PermanentBackendException device = assertThrows(PermanentBackendException.class,
                    () -> f.client(RetryPolicy.defaults()).backendName("ibm_nowhere").build().submit(List.of(BELL), 10, 1));
            assertEquals(PermanentBackendException.Reason.NOT_FOUND, device.reason());
        }
    }
}
