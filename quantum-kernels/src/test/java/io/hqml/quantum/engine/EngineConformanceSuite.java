package io.hqml.quantum.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance suite every engine must pass (statevector, density-matrix, native). An engine is seen
 * through four read-outs of {@code circuit|0...0>}: its density matrix (for a statevector engine,
 * {@code |psi><psi|}, which removes global phase), probabilities, Pauli expectations and seeded samples.
 *
 * <p>Stated tolerances: 1e-12 per matrix entry against the dense Kronecker-product reference (double
 * rounding over at most a few hundred gates on <= 5 qubits stays far below); sampling is checked with
 * Pearson's chi-square at significance 0.001 (the outcomes are seeded, so the check is deterministic).
 */
public abstract class EngineConformanceSuite {
    protected static final double TOL = 1e-12;

    /** The density matrix of {@code c|0>}, interleaved complex, row-major, 2^n x 2^n. */
    protected abstract double[] densityMatrix(Circuit c);

    /** Outcome probabilities of {@code c|0>}, index = basis state. */
    protected abstract double[] probabilities(Circuit c);

    protected abstract double expectation(Circuit c, PauliString p);

    protected abstract long[] sample(Circuit c, int shots, long seed);

    /** Largest qubit count the engine is exercised at for the cheap properties. */
    protected int largeQubits() {
        return 10;
    }

    protected static double[] outer(double[] psi) {
        int d = psi.length / 2;
        double[] rho = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double ar = psi[2 * i], ai = psi[2 * i + 1], br = psi[2 * j], bi = -psi[2 * j + 1];
                rho[2 * (i * d + j)] = ar * br - ai * bi;
                rho[2 * (i * d + j) + 1] = ar * bi + ai * br;
            }
        }
        return rho;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void randomCircuitsOfEveryGateMatchTheDenseReference(int n) {
        SplittableRandom rnd = new SplittableRandom(500 + n);
        for (int trial = 0; trial < 10; trial++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 30, rnd);
            assertArrayEquals(outer(DenseReference.run(c)), densityMatrix(c), TOL, "trial " + trial);
        }
    }

    @Test
    void probabilitiesSumToOneOnALargeDeepCircuit() {
        int n = largeQubits();
        double[] p = probabilities(JavaStatevectorEngineTest.randomCircuit(n, 300, new SplittableRandom(9)));
        double sum = 0;
        for (double v : p) {
            assertTrue(v >= -TOL, "negative probability " + v);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-11);
    }

    @Test
    void aCircuitFollowedByItsInverseIsTheIdentity() {
        SplittableRandom rnd = new SplittableRandom(77);
        for (int n = 1; n <= 6; n++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 60, rnd);
            double[] p = probabilities(c.compose(c.inverse()));
            assertEquals(1.0, p[0], 1e-11, "n = " + n);
        }
    }

    @Test
    void pauliExpectationsMatchDenseComputation() {
        SplittableRandom rnd = new SplittableRandom(31);
        char[] paulis = {'I', 'X', 'Y', 'Z'};
        for (int n = 1; n <= 4; n++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 25, rnd);
            double[] psi = DenseReference.run(c);
            for (int t = 0; t < 10; t++) {
                StringBuilder label = new StringBuilder();
                for (int q = 0; q < n; q++) {
                    label.append(paulis[rnd.nextInt(4)]);
                }
                PauliString p = PauliString.parse(label.toString());
                assertEquals(denseExpectation(psi, label.toString()), expectation(c, p), 1e-12, label.toString());
            }
        }
    }

    /** <psi|P|psi> with P the Kronecker product of the label's matrices (leftmost = highest qubit). */
    static double denseExpectation(double[] psi, String label) {
        DenseReference.M m = DenseReference.pauli(label.charAt(0));
        for (int i = 1; i < label.length(); i++) {
            m = DenseReference.kron(m, DenseReference.pauli(label.charAt(i)));
        }
        double[] ppsi = DenseReference.multiply(m, psi);
        double re = 0;
        for (int k = 0; k < psi.length; k += 2) {
            re += psi[k] * ppsi[k] + psi[k + 1] * ppsi[k + 1];
        }
        return re;
    }

    @Test
    void samplesFollowTheStateDistribution() {
        Circuit c = JavaStatevectorEngineTest.randomCircuit(3, 20, new SplittableRandom(4));
        double[] p = DenseReference.probabilities(DenseReference.run(c));
        int shots = 20_000;
        long[] counts = StateMeasurements.counts(sample(c, shots, 1234), 3);
        double chi2 = 0;
        int bins = 0;
        for (int b = 0; b < p.length; b++) {
            if (p[b] > 1e-12) {
                double expected = shots * p[b];
                chi2 += (counts[b] - expected) * (counts[b] - expected) / expected;
                bins++;
            } else {
                assertEquals(0, counts[b], "outcome " + b + " has probability 0");
            }
        }
        // Chi-square critical values at significance 0.001 for df = 1..7.
        double[] critical = {10.83, 13.82, 16.27, 18.47, 20.52, 22.46, 24.32};
        assertTrue(chi2 < critical[bins - 2], "chi2 " + chi2 + " with df " + (bins - 1));
    }

    @Test
    void samplingIsDeterministicGivenTheSeed() {
        Circuit c = JavaStatevectorEngineTest.randomCircuit(4, 30, new SplittableRandom(8));
        assertArrayEquals(sample(c, 500, 42), sample(c, 500, 42));
        assertFalse(java.util.Arrays.equals(sample(c, 500, 42), sample(c, 500, 43)));
    }
}
