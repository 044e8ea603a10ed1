package io.hqml.quantum.backend;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.StateMeasurements;
import io.hqml.quantum.engine.StatevectorEngine;
import io.hqml.quantum.target.Target;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code local-statevector}: ideal simulation with the Java statevector engine. With {@code shots >= 1} each
 * circuit's outcomes are drawn with {@link StateMeasurements#sample} seeded by {@link Backend#circuitSeed};
 * with {@code shots == 0} the result holds the exact probabilities. The Target's calibration is ignored
 * (statevectors carry no noise); its gates, coupling map and limits are enforced.
 *
 * <p>Jobs run on the given {@link Executor}: by default inside {@code submit}, so the returned job is already
 * complete. Thread-safe: each job gets its own engine (engines own scratch space).
 */
public final class LocalStatevectorBackend implements Backend {
    public static final String ID = "local-statevector";
    /** Bumped whenever the counts for the same circuits, shots and seed change. */
    public static final String VERSION = "1";
    /** Qubits of the default ideal Target (one state: 2^24 amplitudes, 256 MiB). */
    public static final int DEFAULT_QUBITS = 24;

    private final Target target;
    private final Executor executor;
    private final Clock clock;
    private final AtomicLong jobs = new AtomicLong();

    /** An ideal all-to-all device of {@value #DEFAULT_QUBITS} qubits ({@link LocalTargets#ideal}). */
    public LocalStatevectorBackend() {
        this(LocalTargets.ideal(ID, DEFAULT_QUBITS));
    }

    public LocalStatevectorBackend(Target target) {
        this(target, Runnable::run, Clock.systemUTC());
    }

    /** @param executor runs jobs (direct: inside {@code submit}); {@code clock} times queue and execution */
    public LocalStatevectorBackend(Target target, Executor executor, Clock clock) {
        this.target = target;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public boolean noiseless() {
        return true;
    }

    @Override
    public BackendJob submit(List<Circuit> circuits, int shots, long seed) {
        validate(circuits, shots);
        List<Circuit> batch = List.copyOf(circuits);
        String id = ID + "-" + jobs.incrementAndGet();
        return LocalJob.start(id, clock, executor, timing -> {
            StatevectorEngine engine = new JavaStatevectorEngine();
            List<Map<String, Long>> counts = new ArrayList<>();
            List<Map<String, Double>> exact = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Circuit c = batch.get(i);
                double[] p = StateMeasurements.probabilities(engine.run(c), 0, c.numQubits());
                if (shots == 0) {
                    exact.add(BackendResult.probabilitiesOf(p, c.numQubits()));
                } else {
                    counts.add(BackendResult.countsOf(StateMeasurements.sample(p, shots, Backend.circuitSeed(seed, i)),
                            c.numQubits()));
                }
            }
            ResultMetadata md = new ResultMetadata(id, ID, VERSION, calibrationId(), shots, timing.queueTime(),
                    timing.elapsed(), Cost.free());
            return shots == 0 ? BackendResult.ofProbabilities(exact, md) : BackendResult.ofCounts(counts, md);
        });
    }

    @Override
    public String toString() {
        return ID + "(" + target + ")";
    }
}
