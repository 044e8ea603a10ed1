package io.hqml.quantum.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table-driven fused diagonal pass against the per-amplitude definition exp(i phase(b)), at sizes
 * above the 11-bit table split so that high-only and crossing terms are exercised.
 */
class DiagonalLayerTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 11, 12, 14})
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
}
