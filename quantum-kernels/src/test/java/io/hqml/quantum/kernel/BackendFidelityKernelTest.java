package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendJob;
import io.hqml.quantum.backend.BackendResult;
import io.hqml.quantum.backend.JobState;
import io.hqml.quantum.backend.JobStatus;
import io.hqml.quantum.backend.LocalDensityMatrixBackend;
import io.hqml.quantum.backend.LocalStatevectorBackend;
import io.hqml.quantum.backend.LocalTargets;
import io.hqml.quantum.backend.PermanentBackendException;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.target.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The compute-uncompute kernel on backends, against the exact fidelity kernel. */
class BackendFidelityKernelTest {
    private static final FeatureMap ZZ = FeatureMaps.create("zz", 2, 2, "linear", "ry");

    private static double[][] rows(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] x = new double[n][2];
        for (double[] r : x) {
            r[0] = rnd.nextDouble(0, 2 * Math.PI);
            r[1] = rnd.nextDouble(0, 2 * Math.PI);
        }
        return x;
    }

    private static BackendFidelityKernel kernel(Backend b, int shots, long seed) {
        return new BackendFidelityKernel(ZZ, () -> b, shots, seed).withCache(new KernelBlockCache(1 << 20));
    }

    private static double[] exactGram(double[][] x) {
        double[] out = new double[x.length * x.length];
        new FidelityKernel(ZZ).symmetricBlock(x, out);
        return out;
    }

    @Test
    void exactProbabilitiesReproduceTheFidelityKernel() {
        double[][] x = rows(7, 1), y = rows(4, 2);
        BackendFidelityKernel k = kernel(new LocalStatevectorBackend(), 0, 1);
        double[] gram = new double[49];
        k.symmetricBlock(x, gram);
        assertArrayEquals(exactGram(x), gram, 1e-12);
        double[] cross = new double[28];
        k.block(x, y, cross);
        double[] expected = new double[28];
        new FidelityKernel(ZZ).block(x, y, expected);
        assertArrayEquals(expected, cross, 1e-12);
    }

    @Test
    void shotEstimatesLieWithinABinomialBoundOfTheExactKernel() {
        int n = 12, shots = 2000;
        double[][] x = rows(n, 3);
        double[] gram = new double[n * n];
        kernel(new LocalStatevectorBackend(), shots, 7).symmetricBlock(x, gram);
        double[] exact = exactGram(x);
        // Hoeffding: P(|K_hat - K| > eps) <= 2 exp(-2 shots eps^2) per entry; with a union bound over the
        // m = n(n-1)/2 estimated entries every entry is within eps with probability >= 1 - alpha.
        int m = n * (n - 1) / 2;
        double alpha = 1e-3;
        double eps = Math.sqrt(Math.log(2 * m / alpha) / (2 * shots));
        double worst = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(1.0, gram[i * n + i], "diagonal of a noiseless backend is exactly 1");
            for (int j = 0; j < n; j++) {
                assertEquals(gram[i * n + j], gram[j * n + i], "symmetric");
                worst = Math.max(worst, Math.abs(gram[i * n + j] - exact[i * n + j]));
                // An estimate is a count over the shots.
                assertEquals(0, Math.abs(gram[i * n + j] * shots - Math.rint(gram[i * n + j] * shots)), 1e-9);
            }
        }
        assertTrue(worst <= eps, "largest deviation " + worst + " exceeds the bound " + eps);
        assertTrue(worst > 0, "estimates from 2000 shots are not exact");
    }

    @Test
    void theGramRunsOnlyPairsAboveTheDiagonalInJobsOfTheTargetsSize() {
        Target small = LocalTargets.ideal("small", 4).toBuilder().maxCircuitsPerJob(4).build();
        BackendFidelityKernel k = kernel(new LocalStatevectorBackend(small), 100, 1);
        k.symmetricBlock(rows(6, 4), new double[36]);
        assertEquals(15, k.stats().circuits());
        assertEquals(4, k.stats().jobs(), "15 circuits in jobs of at most 4");
        assertEquals(1500, k.stats().shots());
        BackendFidelityKernel capped = kernel(new LocalStatevectorBackend(small), 100, 1).withMaxCircuitsPerJob(2);
        capped.block(rows(3, 5), rows(2, 6), new double[6]);
        assertEquals(6, capped.stats().circuits(), "cross blocks run every entry");
        assertEquals(3, capped.stats().jobs());
    }

    @Test
    void onANoisyBackendTheDiagonalIsMeasured() {
        Target noisy = io.hqml.quantum.backend.ConformanceTargets.noisy();
        Target full = LocalTargets.ideal("noisy-all", 2).toBuilder().calibration(restrict(noisy.calibration(), 2)).build();
        LocalDensityMatrixBackend b = new LocalDensityMatrixBackend(full);
        BackendFidelityKernel k = kernel(b, 0, 1);
        int n = 5;
        double[] gram = new double[n * n];
        k.symmetricBlock(rows(n, 8), gram);
        assertEquals(n * (n + 1) / 2, k.stats().circuits());
        for (int i = 0; i < n; i++) {
            // Readout error alone leaves P(00) <= 0.98^2 even for the identity circuit.
            assertTrue(gram[i * n + i] < 0.9605, "diagonal " + gram[i * n + i]);
            assertTrue(gram[i * n + i] > 0.5);
        }
        double[] exact = exactGram(rows(n, 8));
        assertNotEquals(exact[1], gram[1], 1e-3);
    }

    private static CalibrationSnapshot restrict(CalibrationSnapshot s, int n) {
        return new CalibrationSnapshot(s.id(), s.timestamp(), s.qubits().subList(0, n), Map.of());
    }

    @Test
    void aCompiledCircuitIsReadOnTheQubitsHoldingTheLogicalOnes() {
        // A stand-in for a transpiler: logical qubit q goes to physical qubit q + 1 of a 4-qubit device, and
        // physical qubit 0 is flipped, so reading all qubits would never see 0000.
        CircuitCompiler shifted = (logical, target) -> {
            Circuit.Builder b = Circuit.builder(4).add(io.hqml.quantum.circuit.Gate.X, 0);
            for (io.hqml.quantum.circuit.Operation op : logical.operations()) {
                int[] q = op.qubits();
                for (int i = 0; i < q.length; i++) {
                    q[i]++;
                }
                b.add(new io.hqml.quantum.circuit.Operation(op.gate(), q, op.params()));
            }
            return new CircuitCompiler.Compiled(b.build(), new int[] {1, 2});
        };
        double[][] x = rows(5, 13);
        double[] gram = new double[25];
        kernel(new LocalStatevectorBackend(), 0, 1).withCompiler(shifted).symmetricBlock(x, gram);
        assertArrayEquals(exactGram(x), gram, 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> new CircuitCompiler.Compiled(Circuit.builder(2).build(), new int[] {2}));
    }

    @Test
    void theTranspilerFitsFeatureMapCircuitsToARestrictedTarget() {
        // A 4-qubit line without P and with full entanglement: basis translation and routing are needed.
        FeatureMap zz3 = FeatureMaps.create("zz", 3, 2, "full", "ry");
        Target line = io.hqml.quantum.backend.ConformanceTargets.ideal();
        double[][] x = new double[5][3];
        SplittableRandom rnd = new SplittableRandom(14);
        for (double[] r : x) {
            for (int k = 0; k < 3; k++) {
                r[k] = rnd.nextDouble(0, Math.PI);
            }
        }
        BackendFidelityKernel plain = new BackendFidelityKernel(zz3, () -> new LocalStatevectorBackend(line), 0, 1)
                .withCache(new KernelBlockCache(1 << 20));
        assertThrows(io.hqml.quantum.backend.InvalidCircuitException.class, () -> plain.symmetricBlock(x, new double[25]));
        BackendFidelityKernel compiled = plain.withCompiler(TranspilingCompiler.defaults(3));
        double[] gram = new double[25], exact = new double[25];
        compiled.symmetricBlock(x, gram);
        new FidelityKernel(zz3).symmetricBlock(x, exact);
        assertArrayEquals(exact, gram, 1e-9);
        assertTrue(compiled.describe().contains("compiler=transpile(seed=3"), compiled.describe());
        // On the noisy calibration of the same line every gate of the compiled circuits is calibrated.
        BackendFidelityKernel noisy = new BackendFidelityKernel(zz3,
                () -> new LocalDensityMatrixBackend(io.hqml.quantum.backend.ConformanceTargets.noisy()), 0, 1)
                .withCache(new KernelBlockCache(1 << 20)).withCompiler(TranspilingCompiler.defaults(3));
        double[] noisyGram = new double[25];
        noisy.symmetricBlock(x, noisyGram);
        for (int i = 0; i < 5; i++) {
            assertTrue(noisyGram[i * 5 + i] < 0.95, "noise lowers the diagonal: " + noisyGram[i * 5 + i]);
        }
    }

    @Test
    void aRepeatedBlockComesFromTheCacheWithTheSameValues() {
        double[][] x = rows(5, 9);
        BackendFidelityKernel k = kernel(new LocalStatevectorBackend(), 300, 3);
        double[] first = new double[25], second = new double[25];
        k.symmetricBlockAt(x, 10, first);
        long jobs = k.stats().jobs();
        k.symmetricBlockAt(x, 10, second);
        assertArrayEquals(first, second);
        assertEquals(jobs, k.stats().jobs(), "no new job for a cached block");
        assertEquals(1, k.stats().cacheHits());
        k.symmetricBlockAt(x, 20, new double[25]);
        assertTrue(k.stats().jobs() > jobs, "another block position is another key");
    }

    @Test
    void theSameSeedGivesTheSameKernelAndAnotherSeedAnother() {
        double[][] x = rows(6, 10);
        double[] a = new double[36], b = new double[36], c = new double[36];
        kernel(new LocalStatevectorBackend(), 500, 11).symmetricBlock(x, a);
        kernel(new LocalStatevectorBackend(), 500, 11).symmetricBlock(x, b);
        kernel(new LocalStatevectorBackend(), 500, 12).symmetricBlock(x, c);
        assertArrayEquals(a, b);
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(c));
    }

    @Test
    void aJobTheBackendReportsFailedIsSubmittedAgain() {
        FailingFirst flaky = new FailingFirst(new LocalStatevectorBackend(), 1);
        BackendFidelityKernel k = kernel(flaky, 0, 1);
        double[][] x = rows(4, 12);
        double[] gram = new double[16];
        k.symmetricBlock(x, gram);
        assertArrayEquals(exactGram(x), gram, 1e-12);
        assertEquals(1, k.stats().resubmissions());
        assertEquals(2, k.stats().jobs());

        FailingFirst broken = new FailingFirst(new LocalStatevectorBackend(), 10);
        PermanentBackendException e = assertThrows(PermanentBackendException.class,
                () -> kernel(broken, 0, 1).withJobAttempts(3).symmetricBlock(x, new double[16]));
        assertEquals(PermanentBackendException.Reason.JOB_FAILED, e.reason());
        assertEquals(3, broken.submitted.get());
    }

    /** Reports the first {@code failures} jobs as failed, then behaves as the wrapped backend. */
    private static final class FailingFirst implements Backend {
        private final Backend inner;
        private final int failures;
        final AtomicInteger submitted = new AtomicInteger();

        FailingFirst(Backend inner, int failures) {
            this.inner = inner;
            this.failures = failures;
        }

        @Override
        public String id() {
            return "failing-first";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Target target() {
            return inner.target();
        }

        @Override
        public boolean noiseless() {
            return true;
        }

        @Override
        public BackendJob submit(List<Circuit> circuits, int shots, long seed) {
            BackendJob real = inner.submit(circuits, shots, seed);
            if (submitted.incrementAndGet() > failures) {
                return real;
            }
            return new BackendJob() {
                @Override
                public String id() {
                    return "failed-" + submitted.get();
                }

                @Override
                public JobState status() {
                    return JobState.ended(JobStatus.FAILED, "injected");
                }

                @Override
                public boolean cancel() {
                    return false;
                }

                @Override
                public BackendResult result(Duration timeout) {
                    throw new PermanentBackendException(PermanentBackendException.Reason.JOB_FAILED, "injected failure");
                }
            };
        }
    }
}
