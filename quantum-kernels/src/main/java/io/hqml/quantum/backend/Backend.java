package io.hqml.quantum.backend;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.target.Target;
import java.util.List;

/**
 * The backend SPI: something that runs batches of circuits and returns measurement counts. Local
 * simulators, the emulated cloud and provider adapters all implement it and all pass the backend conformance
 * suite ({@code BackendConformanceSuite} in the quantum-kernels test jar).
 *
 * <p>Contract:
 * <ol>
 *   <li>{@link #submit} validates before it queues anything: a circuit that does not fit the backend throws
 *       {@link InvalidCircuitException}, too many shots, circuits or qubits throw {@link OverLimitsException};
 *       nothing was run or billed then.</li>
 *   <li>Every circuit is measured on all its qubits at the end; the result has one histogram per circuit, in
 *       submission order, each totalling {@code shots}, in the bit order of {@link BackendResult} (qubit 0 is
 *       the rightmost character).</li>
 *   <li>Seeded simulators give the same counts for the same circuits, shots and seed; circuit {@code i} of a
 *       job samples with {@link #circuitSeed(long, int)}.</li>
 *   <li>Implementations are thread-safe; {@link BackendJob}s may be waited on from any thread.</li>
 * </ol>
 */
public interface Backend {

    /** A stable name, e.g. {@code local-statevector}; recorded in lineage and used as a cache key. */
    String id();

    /** The implementation's version: results of a seeded backend change only when it changes. */
    String version();

    /** The device: qubits, basis gates, coupling map, calibration and job limits. */
    Target target();

    /**
     * True when the backend executes circuits without noise, so that a circuit followed by its inverse returns
     * {@code |0...0>} with probability 1 (kernels then skip the Gram diagonal).
     */
    boolean noiseless();

    /** The calibration snapshot results are produced under: {@link ResultMetadata#IDEAL} when noiseless. */
    default String calibrationId() {
        return noiseless() ? ResultMetadata.IDEAL : target().calibration().id();
    }

    /**
     * The checks {@link #submit} makes before queueing, without submitting: Target limits and ISA
     * ({@link TargetCheck}; exact probabilities with 0 shots allowed). Backends with further limits override.
     *
     * @throws InvalidCircuitException a circuit does not fit the Target
     * @throws OverLimitsException     shots, circuits or qubits beyond the limits
     */
    default void validate(List<Circuit> circuits, int shots) {
        TargetCheck.check(target(), circuits, shots, 0, Circuit.MAX_QUBITS);
    }

    /**
     * Submits one job.
     *
     * @param circuits circuits to run, each measured on all its qubits at the end
     * @param shots    shots per circuit; 0 asks for exact probabilities (simulators only)
     * @param seed     seed of the sampling (ignored by hardware)
     * @throws InvalidCircuitException a circuit does not fit the backend
     * @throws OverLimitsException     shots, circuits or qubits beyond the backend's limits
     */
    BackendJob submit(List<Circuit> circuits, int shots, long seed);

    /** The sampling seed of circuit {@code index} of a job submitted with {@code seed} (SplitMix64 of both). */
    static long circuitSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
