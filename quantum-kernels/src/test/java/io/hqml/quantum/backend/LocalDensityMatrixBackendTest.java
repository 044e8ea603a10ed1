package io.hqml.quantum.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.density.DensityMatrixEngine;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.StateMeasurements;
import io.hqml.quantum.target.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The density-matrix backend against the statevector engine: without noise the same distribution (exactly,
 * and in samples by chi-square at significance 0.001), with the calibration's noise a different one.
 */
class LocalDensityMatrixBackendTest {
    private static final Duration T = Duration.ofSeconds(30);

    private static List<Circuit> circuits() {
        SplittableRandom rnd = new SplittableRandom(8);
        List<Circuit> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(ConformanceTargets.randomCircuit(3, 20, rnd));
        }
        return out;
    }

    private static double[] ideal(Circuit c) {
        return StateMeasurements.probabilities(new JavaStatevectorEngine().run(c), 0, c.numQubits());
    }

    @Test
    void withoutNoiseTheExactDistributionIsTheStatevectors() {
        List<Circuit> batch = circuits();
        BackendResult r = new LocalDensityMatrixBackend(ConformanceTargets.ideal()).submit(batch, 0, 1).result(T);
        assertFalse(r.sampled());
        for (int i = 0; i < batch.size(); i++) {
            double[] p = ideal(batch.get(i));
            for (int b = 0; b < p.length; b++) {
                assertEquals(p[b], r.probability(i, StateMeasurements.bitstring(b, 3)), 1e-12, "circuit " + i + " outcome " + b);
            }
        }
    }

    @Test
    void zeroNoiseSamplesPassAndNoisySamplesFailTheStatevectorChiSquare() {
        List<Circuit> batch = circuits();
        int shots = 20_000;
        BackendResult clean = new LocalDensityMatrixBackend(ConformanceTargets.ideal()).submit(batch, shots, 5).result(T);
        LocalDensityMatrixBackend noisyBackend = new LocalDensityMatrixBackend(ConformanceTargets.noisy());
        BackendResult noisy = noisyBackend.submit(batch, shots, 5).result(T);
        for (int i = 0; i < batch.size(); i++) {
            double[] p = ideal(batch.get(i));
            double critical = ChiSquare.critical(ChiSquare.degreesOfFreedom(p));
            double cleanChi2 = ChiSquare.statistic(clean.counts(i), p, 3, shots);
            assertTrue(cleanChi2 < critical, "noise-free circuit " + i + ": chi2 " + cleanChi2 + " >= " + critical);
            // Outcomes of probability 0 are left out of the statistic; noise makes them appear, which
            // the chi-square of the remaining outcomes still shows as the mass they lost.
            double noisyChi2 = ChiSquare.statistic(noisy.counts(i), p, 3, shots);
            assertTrue(noisyChi2 > critical, "noisy circuit " + i + ": chi2 " + noisyChi2 + " <= " + critical);
        }
        assertFalse(noisyBackend.noiseless());
        assertEquals("conformance-line-4@noisy", noisy.metadata().calibrationId());
        assertEquals("conformance-line-4@noisy", noisyBackend.calibrationId());
        assertEquals(ResultMetadata.IDEAL, clean.metadata().calibrationId());
    }

    @Test
    void readoutErrorActsPerQubitInTheDocumentedBitOrder() {
        // RZ is virtual in the noisy calibration (no error, no duration): only readout error remains.
        Circuit rzOnly = Circuit.builder(2).add(Gate.RZ, 0.3, 0).add(Gate.RZ, 0.2, 1).build();
        BackendResult r = new LocalDensityMatrixBackend(ConformanceTargets.noisy()).submit(List.of(rzOnly), 0, 1).result(T);
        // P(1|0) = 0.02 on each qubit, independently.
        assertEquals(0.98 * 0.98, r.probability(0, "00"), 1e-12);
        assertEquals(0.02 * 0.98, r.probability(0, "01"), 1e-12);
        assertEquals(0.98 * 0.02, r.probability(0, "10"), 1e-12);
        assertEquals(0.02 * 0.02, r.probability(0, "11"), 1e-12);
    }

    @Test
    void circuitsBeyondTheDensityMatrixLimitAreOverLimitsEvenOnALargerTarget() {
        Target wide = LocalTargets.ideal("wide", DensityMatrixEngine.MAX_QUBITS + 2);
        Circuit big = Circuit.builder(DensityMatrixEngine.MAX_QUBITS + 1).add(Gate.X, 0).build();
        OverLimitsException e = assertThrows(OverLimitsException.class,
                () -> new LocalDensityMatrixBackend(wide).submit(List.of(big), 10, 1));
        assertEquals(DensityMatrixEngine.MAX_QUBITS, e.max());
        assertEquals(Map.of("1", 10L), new LocalStatevectorBackend(wide)
                .submit(List.of(Circuit.builder(1).add(Gate.X, 0).build()), 10, 1).result(T).counts(0));
    }
}
