package io.hqml.quantum.backend;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.density.DensityMatrixEngine;
import io.hqml.quantum.engine.StateMeasurements;
import io.hqml.quantum.noise.NoiseModel;
import io.hqml.quantum.target.Target;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code local-density-matrix}: noisy simulation with the density-matrix engine and the basic device noise
 * model of the Target's calibration ({@link NoiseModel#fromCalibration}): depolarizing and thermal relaxation
 * after every calibrated gate, readout error on the measured probabilities. Circuit qubit {@code q} is the
 * Target's physical qubit {@code q} (circuits are ISA circuits). Outcomes are drawn from the measured
 * distribution seeded by {@link Backend#circuitSeed}; {@code shots == 0} returns that distribution exactly.
 * An uncalibrated Target gives ideal results, equal in distribution to {@link LocalStatevectorBackend}.
 *
 * <p>Circuits are limited to {@value DensityMatrixEngine#MAX_QUBITS} qubits (a density matrix needs
 * {@code 16 * 4^n} bytes) even on a larger Target. Jobs run on the given {@link Executor} (default: inside
 * {@code submit}). Thread-safe (the engine and noise model are stateless).
 */
public final class LocalDensityMatrixBackend implements Backend {
    public static final String ID = "local-density-matrix";
    /** Bumped whenever the counts for the same circuits, shots, seed and calibration change. */
    public static final String VERSION = "1";
    /** Qubits of the default ideal Target. */
    public static final int DEFAULT_QUBITS = 10;

    private final Target target;
    private final NoiseModel noise;
    private final DensityMatrixEngine engine = new DensityMatrixEngine();
    private final Executor executor;
    private final Clock clock;
    private final AtomicLong jobs = new AtomicLong();

    /** An ideal all-to-all device of {@value #DEFAULT_QUBITS} qubits. */
    public LocalDensityMatrixBackend() {
        this(LocalTargets.ideal(ID, DEFAULT_QUBITS));
    }

    public LocalDensityMatrixBackend(Target target) {
        this(target, Runnable::run, Clock.systemUTC());
    }

    public LocalDensityMatrixBackend(Target target, Executor executor, Clock clock) {
        this.target = target;
        this.noise = NoiseModel.fromCalibration(target.calibration());
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
        return noise.isIdeal();
    }

    /** The noise model built from the Target's calibration. */
    public NoiseModel noiseModel() {
        return noise;
    }

    @Override
    public void validate(List<Circuit> circuits, int shots) {
        TargetCheck.check(target, circuits, shots, 0, DensityMatrixEngine.MAX_QUBITS);
    }

    @Override
    public BackendJob submit(List<Circuit> circuits, int shots, long seed) {
        validate(circuits, shots);
        List<Circuit> batch = List.copyOf(circuits);
        String id = ID + "-" + jobs.incrementAndGet();
        return LocalJob.start(id, clock, executor, timing -> {
            List<Map<String, Long>> counts = new ArrayList<>();
            List<Map<String, Double>> exact = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Circuit c = batch.get(i);
                double[] p = engine.measuredProbabilities(engine.run(c, noise), c.numQubits(), noise);
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
        return ID + "(" + target + ", " + noise + ")";
    }
}
