package io.hqml.nativeengine;

import static io.hqml.nativeengine.NativeTesting.maxAbsDiff;
import static io.hqml.nativeengine.NativeTesting.rows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The split-state prefix (splitstate.c): H layers and diagonals from |0> held as a sum of products across a cut and
 * written once, against the Java engine at 1e-12 on every ISA variant. Linear, circular and pairwise ZZ maps take
 * it (circular reps 3 stops at its third H layer with 16 terms); full entanglement must refuse it and fall back.
 * Output buffers start as NaN, so an amplitude the write misses fails the comparison.
 */
class SplitStatePrefixTest {
    private static final double TOL = 1e-12;
    private final JavaStatevectorEngine javaEngine = new JavaStatevectorEngine();

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 8, 11, 12, 13, 16, 19})
    void zzMapsOfEveryEntanglementAndRepsMatchTheJavaEngine(int n) {
        for (Entanglement e : Entanglement.values()) {
            for (int reps = 1; reps <= 3; reps++) {
                ZZFeatureMap map = new ZZFeatureMap(n, reps, e);
                double[][] block = rows(n > 15 ? 2 : 5, n, 1000L * n + 10L * reps + e.ordinal());
                double[] expected = new double[block.length * (2 << n)];
                javaEngine.prepareStates(map, block, expected);
                for (Isa isa : NativeTesting.variants()) {
                    double[] actual = new double[expected.length];
                    Arrays.fill(actual, Double.NaN);
                    new NativeStatevectorEngine(isa, 1).prepareStates(map, block, actual);
                    assertTrue(maxAbsDiff(expected, actual) <= TOL,
                            isa + " " + e + " reps " + reps + " n=" + n + ": " + maxAbsDiff(expected, actual));
                }
            }
        }
    }

    @Test
    void alignedOffHeapOutputMatchesTheHeapOutput() {
        // Heap arrays start 16 bytes into a cache line, native buffers on one: the rows' stores differ.
        int n = 13;
        ZZFeatureMap map = new ZZFeatureMap(n, 2, Entanglement.CIRCULAR);
        double[][] block = rows(3, n, 17);
        double[] expected = new double[block.length * (2 << n)], actual = new double[(2 << n)];
        javaEngine.prepareStates(map, block, expected);
        for (Isa isa : NativeTesting.variants()) {
            try (NativeStateBuffer buffer = new NativeStateBuffer(n, block.length)) {
                new NativeStatevectorEngine(isa, 1).prepareStates(map.template(), block, new double[0], buffer);
                for (int r = 0; r < block.length; r++) {
                    buffer.read(r, actual);
                    double[] want = Arrays.copyOfRange(expected, r * (2 << n), (r + 1) * (2 << n));
                    assertTrue(maxAbsDiff(want, actual) <= TOL, isa + " row " + r);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 12, 15})
    void prefixesThatStopMidwayContinueOnTheWrittenState(int n) {
        // Random angles (theta) on every diagonal gate kind; the prefix ends at: a full-entanglement diagonal fused
        // into an H layer (H done on the factors, the diagonal run on the written state), a non-diagonal gate, and
        // an H layer after too many terms.
        SplittableRandom rnd = new SplittableRandom(n);
        double[] theta = new double[64];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = rnd.nextDouble(-4, 4);
        }
        int[] next = {0};
        CircuitTemplate.Builder chained = hadamards(CircuitTemplate.builder(n), n);
        chain(chained, n, next);
        hadamards(chained, n);
        chain(chained, n, next);
        hadamards(chained, n);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                chained.add(Gate.CZ, a, b);
            }
        }
        chained.add(Gate.RX, ParamExpr.theta(next[0]++ % 64), n - 1).add(Gate.CRZ, ParamExpr.theta(next[0]++ % 64), 0, n - 1);

        next[0] = 0;
        CircuitTemplate.Builder mixed = hadamards(CircuitTemplate.builder(n), n);
        chain(mixed, n, next);
        mixed.add(Gate.H, 0).add(Gate.H, n - 1).add(Gate.H, n / 2); // a partial layer, on high and low qubits
        chain(mixed, n, next);
        mixed.add(Gate.CP, ParamExpr.theta(next[0]++ % 64), 0, n - 1).add(Gate.S, 1).add(Gate.T, n - 2);
        mixed.add(Gate.CX, 0, n - 1); // the prefix ends here
        hadamards(mixed, n);
        chain(mixed, n, next);

        next[0] = 0;
        CircuitTemplate.Builder circular = hadamards(CircuitTemplate.builder(n), n);
        for (int rep = 0; rep < 3; rep++) { // 4, then 16 terms: the third H layer does not fit
            chain(circular, n, next);
            circular.add(Gate.RZZ, ParamExpr.theta(next[0]++ % 64), n - 1, 0);
            hadamards(circular, n);
        }

        for (CircuitTemplate t : new CircuitTemplate[] {chained.build(), mixed.build(), circular.build()}) {
            double[][] block = new double[3][0];
            double[] expected = new double[block.length * (2 << n)];
            javaEngine.prepareStates(t, block, theta, expected);
            for (Isa isa : NativeTesting.variants()) {
                double[] actual = new double[expected.length];
                Arrays.fill(actual, Double.NaN);
                new NativeStatevectorEngine(isa, 1).prepareStates(t, block, theta, actual);
                assertTrue(maxAbsDiff(expected, actual) <= TOL, isa + " n=" + n + ": " + maxAbsDiff(expected, actual));
            }
        }
    }

    private static CircuitTemplate.Builder hadamards(CircuitTemplate.Builder b, int n) {
        for (int q = 0; q < n; q++) {
            b.add(Gate.H, q);
        }
        return b;
    }

    /** P and RZ on each qubit, then a chain of RZZ, CX-P-CX and CP pairs (one pair across any cut). */
    private static void chain(CircuitTemplate.Builder b, int n, int[] next) {
        for (int q = 0; q < n; q++) {
            b.add(q % 2 == 0 ? Gate.P : Gate.RZ, ParamExpr.theta(next[0]++ % 64), q);
        }
        for (int q = 0; q + 1 < n; q++) {
            switch (q % 3) {
                case 0 -> b.add(Gate.RZZ, ParamExpr.theta(next[0]++ % 64), q, q + 1);
                case 1 -> b.add(Gate.CX, q, q + 1).add(Gate.P, ParamExpr.theta(next[0]++ % 64), q + 1).add(Gate.CX, q, q + 1);
                default -> b.add(Gate.CP, ParamExpr.theta(next[0]++ % 64), q, q + 1);
            }
        }
    }
}
