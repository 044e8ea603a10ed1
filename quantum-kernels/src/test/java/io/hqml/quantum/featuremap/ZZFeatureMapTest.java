package io.hqml.quantum.featuremap;

import static io.hqml.quantum.featuremap.States.assertEqualUpToGlobalPhase;
import static io.hqml.quantum.featuremap.States.assertStatesEqual;
import static io.hqml.quantum.featuremap.States.simulate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZZFeatureMapTest {

    /** The ZZ template exactly as hqml built it before bandwidth and data maps existed. */
    private static CircuitTemplate legacy(int n, int reps, Entanglement e) {
        CircuitTemplate.Builder b = CircuitTemplate.builder(n);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < n; q++) {
                b.add(Gate.H, q);
            }
            for (int q = 0; q < n; q++) {
                b.add(Gate.P, ParamExpr.x(q).times(2), q);
            }
            for (int[] pair : e.pairs(n)) {
                int i = pair[0], j = pair[1];
                b.add(Gate.CX, i, j);
                b.add(Gate.P, ParamExpr.pi().minus(ParamExpr.x(i)).times(ParamExpr.pi().minus(ParamExpr.x(j))).times(2), j);
                b.add(Gate.CX, i, j);
            }
        }
        return b.build();
    }

    @Test
    void defaultTemplateIsUnchanged() {
        for (Entanglement e : List.of(Entanglement.LINEAR, Entanglement.CIRCULAR, Entanglement.FULL)) {
            CircuitTemplate expected = legacy(4, 2, e), actual = new ZZFeatureMap(4, 2, e).template();
            assertEquals(expected.ops().size(), actual.ops().size());
            for (int k = 0; k < expected.ops().size(); k++) {
                CircuitTemplate.Op a = expected.ops().get(k), b = actual.ops().get(k);
                assertEquals(a.gate(), b.gate());
                assertArrayEquals(a.qubits(), b.qubits());
                assertEquals(a.params().length, b.params().length);
                for (int p = 0; p < a.params().length; p++) {
                    assertEquals(a.params()[p], b.params()[p], "op " + k); // records: structural equality
                }
            }
        }
    }

    /** (D H^n)^reps |0> with D = e^{i(sum_i 2 phi_i b_i + sum_(i,j) 2 phi_ij (b_i xor b_j))}: exact, no global phase. */
    static double[] closedForm(double[] x, int reps, List<int[]> pairs, boolean product) {
        int n = x.length;
        double[] psi = States.zero(n);
        for (int r = 0; r < reps; r++) {
            psi = States.hadamardAll(psi, n);
            psi = States.diagonal(psi, b -> {
                double phase = 0;
                for (int i = 0; i < n; i++) {
                    phase += 2 * x[i] * ((b >> i) & 1);
                }
                for (int[] p : pairs) {
                    double phi = product ? x[p[0]] * x[p[1]] : (Math.PI - x[p[0]]) * (Math.PI - x[p[1]]);
                    phase += 2 * phi * (((b >> p[0]) ^ (b >> p[1])) & 1);
                }
                return phase;
            });
        }
        return psi;
    }

    @Test
    void bothDataMapsEqualTheClosedFormForEveryEntanglement() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<EntanglementSpec> specs = List.of(Entanglement.LINEAR, Entanglement.CIRCULAR, Entanglement.FULL,
                Entanglement.PAIRWISE, EntanglementSpec.parse("3-0,1-3"));
        for (EntanglementSpec e : specs) {
            for (ZZFeatureMap.DataMap dm : ZZFeatureMap.DataMap.values()) {
                ZZFeatureMap map = new ZZFeatureMap(4, 2, e, 1.0, dm);
                double[] x = States.random(rnd, 4, 0, 2 * Math.PI);
                assertStatesEqual(closedForm(x, 2, e.pairs(4), dm == ZZFeatureMap.DataMap.PRODUCT), simulate(map, x), 1e-12);
            }
        }
    }

    @Test
    void bandwidthEqualsScaledData() {
        SplittableRandom rnd = new SplittableRandom(4);
        for (ZZFeatureMap.DataMap dm : ZZFeatureMap.DataMap.values()) {
            double c = 0.37;
            ZZFeatureMap scaled = new ZZFeatureMap(3, 2, Entanglement.FULL, c, dm);
            ZZFeatureMap plain = new ZZFeatureMap(3, 2, Entanglement.FULL, 1.0, dm);
            double[] x = States.random(rnd, 3, -3, 3);
            assertStatesEqual(simulate(plain, States.scale(x, c)), simulate(scaled, x), 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> new ZZFeatureMap(2, 1, Entanglement.LINEAR, 0, ZZFeatureMap.DataMap.PI_MINUS));
        assertThrows(IllegalArgumentException.class,
                () -> new ZZFeatureMap(2, 1, Entanglement.LINEAR, Double.NaN, ZZFeatureMap.DataMap.PI_MINUS));
    }

    @Test
    void productDataMapEqualsIqpUpToGlobalPhase() {
        double[] x = {0.3, -1.2, 2.5};
        ZZFeatureMap zz = new ZZFeatureMap(3, 2, Entanglement.FULL, 0.8, ZZFeatureMap.DataMap.PRODUCT);
        IqpFeatureMap iqp = new IqpFeatureMap(3, 2, Entanglement.FULL, 0.8);
        assertEqualUpToGlobalPhase(simulate(iqp, x), simulate(zz, x), 1e-12);
    }

    @Test
    void describeNamesNonDefaultOptionsOnly() {
        assertEquals("zz(qubits=2,reps=2,entanglement=linear)", new ZZFeatureMap(2, 2, Entanglement.LINEAR).describe());
        assertEquals("zz(qubits=3,reps=1,entanglement=pairwise,dataMap=product,bandwidth=0.5)",
                new ZZFeatureMap(3, 1, Entanglement.PAIRWISE, 0.5, ZZFeatureMap.DataMap.PRODUCT).describe());
        assertEquals("zz(qubits=3,reps=1,entanglement=[0-2])",
                new ZZFeatureMap(3, 1, EntanglementSpec.parse("0-2")).describe());
        assertEquals(ZZFeatureMap.DataMap.PI_MINUS, ZZFeatureMap.DataMap.parse("Pi-Minus"));
        assertEquals("unknown data map 'sin'; use pi_minus or product",
                assertThrows(IllegalArgumentException.class, () -> ZZFeatureMap.DataMap.parse("sin")).getMessage());
    }
}
