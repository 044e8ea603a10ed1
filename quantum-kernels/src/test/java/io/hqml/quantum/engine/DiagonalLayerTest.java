package io.hqml.quantum.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table-driven fused diagonal pass against the per-amplitude definition exp(i phase(b)), at sizes
 * above the 12-bit table split so that high-only and crossing terms are exercised.
 */
class DiagonalLayerTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 12, 13, 14})
    void tableDrivenPassEqualsPerAmplitudePhase(int n) {
        SplittableRandom rnd = new SplittableRandom(n);
        DiagonalLayer layer = new DiagonalLayer();
        Gate[] diagonal = {Gate.Z, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.RZ, Gate.P, Gate.CZ, Gate.CP, Gate.CRZ, Gate.RZZ};
        for (int k = 0; k < 40; k++) {
            Gate g = diagonal[rnd.nextInt(diagonal.length)];
            int a = rnd.nextInt(n), b = (a + 1 + rnd.nextInt(n - 1)) % n;
            layer.add(Operation.of(g, rnd.nextDouble(-4, 4), g.arity() == 1 ? new int[] {a} : new int[] {a, b}));
        }
        layer.addParityPhase(0, n - 1, 0.77);
        double[] s = new double[2 << n];
        for (int i = 0; i < s.length; i++) {
            s[i] = rnd.nextDouble(-1, 1);
        }
        double[] expected = s.clone();
        for (int b = 0; b < (1 << n); b++) {
            double ph = layer.phase(b), re = expected[2 * b], im = expected[2 * b + 1];
            expected[2 * b] = Math.cos(ph) * re - Math.sin(ph) * im;
            expected[2 * b + 1] = Math.sin(ph) * re + Math.cos(ph) * im;
        }
        layer.apply(s, n);
        for (int i = 0; i < s.length; i++) {
            assertEquals(expected[i], s[i], 1e-12, "index " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 15})
    void zzLikeChainsWithFewCrossingPairsAndTheUniformShortcut(int n) {
        // A linear chain crosses the 12-bit split once, a circular one twice: the few-crossing-bits path.
        for (boolean circular : new boolean[] {false, true}) {
            DiagonalLayer layer = new DiagonalLayer();
            for (int q = 0; q < n; q++) {
                layer.add(Gate.P, q, 0, 0.3 + 0.1 * q);
            }
            for (int q = 0; q + 1 < n; q++) {
                layer.addParityPhase(q, q + 1, 1.1 - 0.07 * q);
            }
            if (circular) {
                layer.addParityPhase(n - 1, 0, 0.4);
            }
            double v = 1 / Math.sqrt(1 << n);
            double[] s = new double[2 << n];
            layer.apply(s, n, v);
            double[] t = new double[2 << n];
            for (int i = 0; i < t.length; i += 2) {
                t[i] = v;
            }
            layer.apply(t, n);
            for (int b = 0; b < (1 << n); b++) {
                double ph = layer.phase(b);
                assertEquals(v * Math.cos(ph), s[2 * b], 1e-13);
                assertEquals(v * Math.sin(ph), s[2 * b + 1], 1e-13);
                assertEquals(s[2 * b], t[2 * b], 1e-13);
                assertEquals(s[2 * b + 1], t[2 * b + 1], 1e-13);
            }
        }
    }
}
