package io.hqml.quantum.featuremap;

import static io.hqml.quantum.featuremap.States.assertStatesEqual;
import static io.hqml.quantum.featuremap.States.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IqpFeatureMapTest {

    /** (U_Z H^n)^reps |0>, U_Z = exp(-i sum c x_i z_i - i sum c^2 x_i x_j z_i z_j), z = +-1: exact, no global phase. */
    static double[] closedForm(double[] x, int reps, List<int[]> pairs, double c) {
        int n = x.length;
        double[] psi = States.zero(n);
        for (int r = 0; r < reps; r++) {
            psi = States.hadamardAll(psi, n);
            psi = States.diagonal(psi, b -> {
                double e = 0;
                for (int i = 0; i < n; i++) {
                    e += c * x[i] * z(b, i);
                }
                for (int[] p : pairs) {
                    e += c * c * x[p[0]] * x[p[1]] * z(b, p[0]) * z(b, p[1]);
                }
                return -e;
            });
        }
        return psi;
    }

    private static int z(int b, int q) {
        return ((b >> q) & 1) == 0 ? 1 : -1;
    }

    @Test
    void equalsTheDiagonalExponentialExactly() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (EntanglementSpec e : List.of(Entanglement.FULL, Entanglement.LINEAR, Entanglement.PAIRWISE,
                EntanglementSpec.parse("0-3,2-1"))) {
            for (int reps = 1; reps <= 3; reps++) {
                for (double c : new double[] {1.0, 0.3}) {
                    double[] x = States.random(rnd, 4, -Math.PI, Math.PI);
                    assertStatesEqual(closedForm(x, reps, e.pairs(4), c), simulate(new IqpFeatureMap(4, reps, e, c), x), 1e-12);
                }
            }
        }
    }

    @Test
    void bandwidthEqualsScaledData() {
        double[] x = {1.5, -0.2, 2.2};
        assertStatesEqual(simulate(new IqpFeatureMap(3, 2, Entanglement.FULL), States.scale(x, 0.05)),
                simulate(new IqpFeatureMap(3, 2, Entanglement.FULL, 0.05), x), 1e-12);
    }

    @Test
    void describeAndValidation() {
        assertEquals("iqp(qubits=3,reps=2,entanglement=full)", new IqpFeatureMap(3, 2, Entanglement.FULL).describe());
        assertEquals("iqp(qubits=3,reps=2,entanglement=full,bandwidth=0.2)",
                new IqpFeatureMap(3, 2, Entanglement.FULL, 0.2).describe());
        assertThrows(IllegalArgumentException.class, () -> new IqpFeatureMap(3, 0, Entanglement.FULL));
        assertThrows(IllegalArgumentException.class, () -> new IqpFeatureMap(0, 1, Entanglement.FULL));
        assertThrows(IllegalArgumentException.class, () -> new IqpFeatureMap(3, 1, Entanglement.FULL, -1));
    }
}
