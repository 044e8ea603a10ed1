package io.hqml.quantum.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.StateMeasurements;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite every {@link Backend} must pass (local simulators, the emulated cloud, provider
 * adapters against their stub services). Subclasses build their backend on {@link ConformanceTargets#ideal()}:
 * four qubits on a line, six basis gates, at most {@value ConformanceTargets#MAX_SHOTS} shots and
 * {@value ConformanceTargets#MAX_CIRCUITS} circuits per job, no noise.
 *
 * <p>Checked: result shape (one histogram per circuit, totals equal to the shots); the bit order (X on qubit 0
 * of 3 reads {@code 001}); counts follow the ideal distribution (Pearson chi-square at significance 0.001 against
 * the statevector engine; seeded, so deterministic); complete metadata; a small batch within
 * {@link #latencyBudget()}; typed errors (non-ISA circuit -> InvalidCircuit with its index, too many shots,
 * circuits or qubits -> OverLimits, nothing submitted); cancellation of a queued job; seeded determinism.
 */
public abstract class BackendConformanceSuite {
    /** How long a test waits for one job. */
    protected static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** A backend whose jobs stay QUEUED until {@link #release()}. */
    public interface HeldBackend {
        Backend backend();

        /** Lets every held job run. */
        void release();
    }

    /** The backend under test, on {@link ConformanceTargets#ideal()}. */
    protected abstract Backend backend();

    /** The backend again, holding its jobs in the queue (same Target). */
    protected abstract HeldBackend heldBackend();

    /**
     * The stated latency budget: a batch of 10 three-qubit circuits with 1000 shots each completes (submit to
     * result, wall clock) within it. Default 10 s, which includes HTTP round trips of the emulated cloud.
     */
    protected Duration latencyBudget() {
        return Duration.ofSeconds(10);
    }

    private static Circuit xOn(int n, int... qubits) {
        Circuit.Builder b = Circuit.builder(n);
        for (int q : qubits) {
            b.add(Gate.X, q);
        }
        return b.build();
    }

    private static List<Circuit> randomBatch(int count, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Circuit> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(ConformanceTargets.randomCircuit(n, 12, rnd));
        }
        return out;
    }

    @Test
    void resultHasOneHistogramPerCircuitTotallingTheShots() {
        List<Circuit> batch = randomBatch(5, 3, 1);
        batch.set(2, ConformanceTargets.randomCircuit(2, 8, new SplittableRandom(2)));
        BackendResult r = backend().submit(batch, 700, 11).result(TIMEOUT);
        assertEquals(batch.size(), r.size());
        assertTrue(r.sampled());
        for (int i = 0; i < batch.size(); i++) {
            Map<String, Long> counts = r.counts(i);
            assertEquals(700, counts.values().stream().mapToLong(Long::longValue).sum(), "circuit " + i);
            int width = batch.get(i).numQubits();
            for (String key : counts.keySet()) {
                assertTrue(key.matches("[01]{" + width + "}"), "circuit " + i + " key " + key);
            }
        }
    }

    @Test
    void qubitZeroIsTheRightmostCharacter() {
        List<Circuit> batch = List.of(xOn(3, 0), xOn(3, 2), xOn(2, 1), xOn(4, 0, 3));
        BackendResult r = backend().submit(batch, 100, 3).result(TIMEOUT);
        assertEquals(Map.of("001", 100L), r.counts(0));
        assertEquals(Map.of("100", 100L), r.counts(1));
        assertEquals(Map.of("10", 100L), r.counts(2));
        assertEquals(Map.of("1001", 100L), r.counts(3));
        assertEquals(1.0, r.probability(0, "001"));
    }

    @Test
    void countsFollowTheIdealDistribution() {
        List<Circuit> batch = randomBatch(3, 3, 21);
        int shots = 20_000;
        BackendResult r = backend().submit(batch, shots, 99).result(TIMEOUT);
        for (int i = 0; i < batch.size(); i++) {
            double[] p = StateMeasurements.probabilities(new JavaStatevectorEngine().run(batch.get(i)), 0, 3);
            int df = ChiSquare.degreesOfFreedom(p);
            double chi2 = ChiSquare.statistic(r.counts(i), p, 3, shots);
            assertTrue(chi2 < ChiSquare.critical(df), "circuit " + i + ": chi2 " + chi2 + " with df " + df);
        }
    }

    @Test
    void metadataIsComplete() {
        Backend b = backend();
        BackendJob job = b.submit(randomBatch(2, 3, 5), 256, 8);
        BackendResult r = job.result(TIMEOUT);
        ResultMetadata m = r.metadata();
        assertEquals(job.id(), m.jobId());
        assertEquals(b.id(), m.backendId());
        assertEquals(b.version(), m.backendVersion());
        assertFalse(m.backendVersion().isBlank());
        assertEquals(b.calibrationId(), m.calibrationId());
        assertEquals(ResultMetadata.IDEAL, m.calibrationId(), "the conformance target is noise-free");
        assertEquals(256, m.shots());
        assertFalse(m.queueTime().isNegative());
        assertFalse(m.executionTime().isNegative());
        assertTrue(m.cost().amount() >= 0);
        assertFalse(m.cost().unit().isBlank());
        assertEquals(JobStatus.COMPLETED, job.status().status());
        assertTrue(b.noiseless());
        assertEquals(ConformanceTargets.QUBITS, b.target().numQubits());
    }

    @Test
    void aSmallBatchCompletesWithinTheLatencyBudget() {
        List<Circuit> batch = randomBatch(10, 3, 13);
        long start = System.nanoTime();
        BackendResult r = backend().submit(batch, 1000, 1).result(latencyBudget());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(10, r.size());
        assertTrue(took.compareTo(latencyBudget()) <= 0, "took " + took + ", budget " + latencyBudget());
    }

    @Test
    void aGateOutsideTheBasisIsAnInvalidCircuit() {
        List<Circuit> batch = new ArrayList<>(randomBatch(3, 3, 17));
        batch.set(1, Circuit.builder(3).add(Gate.H, 0).add(Gate.SWAP, 0, 1).build());
        InvalidCircuitException e = assertThrows(InvalidCircuitException.class, () -> backend().submit(batch, 100, 1));
        assertEquals(1, e.circuitIndex());
        assertFalse(e.retryable());
    }

    @Test
    void aGateOffTheCouplingMapIsAnInvalidCircuit() {
        List<Circuit> batch = List.of(Circuit.builder(3).add(Gate.CX, 0, 2).build());
        InvalidCircuitException e = assertThrows(InvalidCircuitException.class, () -> backend().submit(batch, 100, 1));
        assertEquals(0, e.circuitIndex());
    }

    @Test
    void tooManyShotsCircuitsOrQubitsAreOverLimits() {
        List<Circuit> one = randomBatch(1, 2, 3);
        OverLimitsException shots = assertThrows(OverLimitsException.class,
                () -> backend().submit(one, ConformanceTargets.MAX_SHOTS + 1, 1));
        assertEquals(OverLimitsException.Limit.SHOTS, shots.limit());
        assertEquals(ConformanceTargets.MAX_SHOTS, shots.max());
        OverLimitsException circuits = assertThrows(OverLimitsException.class,
                () -> backend().submit(randomBatch(ConformanceTargets.MAX_CIRCUITS + 1, 2, 4), 10, 1));
        assertEquals(OverLimitsException.Limit.CIRCUITS, circuits.limit());
        assertEquals(ConformanceTargets.MAX_CIRCUITS + 1, circuits.requested());
        OverLimitsException qubits = assertThrows(OverLimitsException.class,
                () -> backend().submit(List.of(xOn(ConformanceTargets.QUBITS + 1, 0)), 10, 1));
        assertEquals(OverLimitsException.Limit.QUBITS, qubits.limit());
        assertFalse(shots.retryable());
    }

    @Test
    void aCancelledQueuedJobIsCancelledAndHasNoResult() {
        HeldBackend held = heldBackend();
        BackendJob cancelled = held.backend().submit(randomBatch(2, 3, 7), 100, 1);
        BackendJob kept = held.backend().submit(List.of(xOn(3, 1)), 100, 2);
        assertEquals(JobStatus.QUEUED, cancelled.status().status());
        assertTrue(cancelled.cancel());
        assertEquals(JobStatus.CANCELLED, cancelled.status().status());
        held.release();
        assertEquals(JobStatus.CANCELLED, cancelled.status().status(), "a cancelled job never runs");
        PermanentBackendException e = assertThrows(PermanentBackendException.class, () -> cancelled.result(TIMEOUT));
        assertEquals(PermanentBackendException.Reason.JOB_CANCELLED, e.reason());
        assertFalse(cancelled.cancel(), "cancelling twice changes nothing");
        assertEquals(Map.of("010", 100L), kept.result(TIMEOUT).counts(0));
        assertEquals(JobStatus.COMPLETED, kept.status().status());
        assertFalse(kept.cancel(), "a completed job cannot be cancelled");
        assertEquals(Map.of("010", 100L), kept.result(TIMEOUT).counts(0), "and keeps its result");
    }

    @Test
    void theSameSeedGivesTheSameCountsAndAnotherSeedOthers() {
        List<Circuit> batch = randomBatch(3, 3, 31);
        batch = new ArrayList<>(batch);
        batch.add(Circuit.builder(3).add(Gate.H, 0).add(Gate.H, 1).add(Gate.H, 2).build());
        Backend b = backend();
        BackendResult first = b.submit(batch, 1000, 42).result(TIMEOUT);
        BackendResult again = b.submit(batch, 1000, 42).result(TIMEOUT);
        BackendResult other = b.submit(batch, 1000, 43).result(TIMEOUT);
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(first.counts(i), again.counts(i), "circuit " + i);
        }
        assertNotEquals(first.counts(3), other.counts(3), "uniform over 8 outcomes: another seed gives other counts");
        // Circuits of one job are sampled independently: identical circuits get different counts.
        BackendResult twins = b.submit(Collections.nCopies(2, batch.get(3)), 1000, 42).result(TIMEOUT);
        assertNotEquals(twins.counts(0), twins.counts(1));
    }
}
