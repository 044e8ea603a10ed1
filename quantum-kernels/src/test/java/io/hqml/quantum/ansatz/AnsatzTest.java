package io.hqml.quantum.ansatz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.EntanglementSpec;
import io.hqml.quantum.featuremap.States;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnsatzTest {

    private static double[] run(Ansatz a, double[] theta) {
        return new JavaStatevectorEngine().run(a.template().bind(new double[0], theta));
    }

    /** "RY(t3)@1", "CX@0,1": the template as text, to compare with Qiskit's layout. */
    private static List<String> ops(CircuitTemplate t) {
        List<String> out = new ArrayList<>();
        for (CircuitTemplate.Op op : t.ops()) {
            StringBuilder sb = new StringBuilder(op.gate().name());
            if (op.params().length > 0) {
                sb.append('(').append(op.params()[0].toQasm().replace("theta[", "t").replace("]", "")).append(')');
            }
            sb.append('@').append(op.qubit(0));
            if (op.qubits().length > 1) {
                sb.append(',').append(op.qubit(1));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void parameterCountsMatchQiskit() {
        assertEquals(9, new RealAmplitudes(3, 2, Entanglement.FULL).numParameters());
        assertEquals(18, new EfficientSU2(3, 2, Entanglement.FULL).numParameters());
        assertEquals(9, new RealAmplitudes(3, 2, Entanglement.LINEAR).template().numThetas());
        assertEquals(18, new EfficientSU2(3, 2, Entanglement.CIRCULAR).template().numThetas());
        assertEquals(4, new RealAmplitudes(4, 0, Entanglement.FULL).numParameters());
        assertEquals(0, new RealAmplitudes(4, 0, Entanglement.FULL).template().numFeatures());
    }

    @Test
    void layoutAndThetaOrderAreQiskits() {
        assertEquals(List.of("RY(t0)@0", "RY(t1)@1", "RY(t2)@2", "CX@0,1", "CX@1,2", "RY(t3)@0", "RY(t4)@1", "RY(t5)@2"),
                ops(new RealAmplitudes(3, 1, Entanglement.LINEAR).template()));
        assertEquals(List.of("RY(t0)@0", "RY(t1)@1", "RZ(t2)@0", "RZ(t3)@1", "CX@0,1",
                "RY(t4)@0", "RY(t5)@1", "RZ(t6)@0", "RZ(t7)@1"),
                ops(new EfficientSU2(2, 1, Entanglement.FULL).template()));
        List<String> pairwise = ops(new RealAmplitudes(4, 1, Entanglement.PAIRWISE).template());
        assertEquals(List.of("CX@0,1", "CX@2,3", "CX@1,2"), pairwise.subList(4, 7));
        List<String> explicit = ops(new RealAmplitudes(3, 1, EntanglementSpec.parse("2-0")).template());
        assertEquals("CX@2,0", explicit.get(3));
    }

    @Test
    void realAmplitudesEqualsIndependentRyCxProduct() {
        SplittableRandom rnd = new SplittableRandom(31);
        int n = 3, reps = 2;
        RealAmplitudes a = new RealAmplitudes(n, reps, Entanglement.CIRCULAR);
        double[] theta = States.random(rnd, a.numParameters(), -Math.PI, Math.PI);
        // Real amplitudes only: RY(t) = [[c, -s], [s, c]] on each qubit, CX permutes basis states.
        double[] psi = new double[1 << n];
        psi[0] = 1;
        int k = 0;
        for (int r = 0; r <= reps; r++) {
            for (int q = 0; q < n; q++) {
                double c = Math.cos(theta[k] / 2), s = Math.sin(theta[k] / 2);
                k++;
                double[] next = psi.clone();
                for (int b = 0; b < psi.length; b++) {
                    if (((b >> q) & 1) == 0) {
                        int b1 = b | (1 << q);
                        next[b] = c * psi[b] - s * psi[b1];
                        next[b1] = s * psi[b] + c * psi[b1];
                    }
                }
                psi = next;
            }
            if (r < reps) {
                for (int[] p : new int[][] {{2, 0}, {0, 1}, {1, 2}}) {
                    double[] next = new double[psi.length];
                    for (int b = 0; b < psi.length; b++) {
                        next[((b >> p[0]) & 1) == 1 ? b ^ (1 << p[1]) : b] = psi[b];
                    }
                    psi = next;
                }
            }
        }
        double[] expected = new double[2 << n];
        for (int b = 0; b < psi.length; b++) {
            expected[2 * b] = psi[b];
        }
        States.assertStatesEqual(expected, run(a, theta), 1e-12);
    }

    @Test
    void boundStatesAreNormalised() {
        SplittableRandom rnd = new SplittableRandom(32);
        for (Ansatz a : List.<Ansatz>of(new RealAmplitudes(4, 3, Entanglement.FULL), new EfficientSU2(4, 2, Entanglement.PAIRWISE),
                new EfficientSU2(1, 1, Entanglement.LINEAR))) {
            double[] theta = States.random(rnd, a.numParameters(), -Math.PI, Math.PI);
            assertEquals(1.0, States.norm2(run(a, theta)), 1e-12, a.describe());
            assertThrows(IllegalArgumentException.class, () -> a.template().bind(new double[0], new double[a.numParameters() - 1]));
        }
    }

    @Test
    void describeAndValidation() {
        String ra = new RealAmplitudes(3, 2, Entanglement.LINEAR).describe();
        String su2 = new EfficientSU2(3, 2, Entanglement.LINEAR).describe();
        assertEquals("real_amplitudes(qubits=3,reps=2,entanglement=linear)", ra);
        assertEquals("efficient_su2(qubits=3,reps=2,entanglement=linear)", su2);
        assertNotEquals(ra, su2);
        assertThrows(IllegalArgumentException.class, () -> new RealAmplitudes(0, 1, Entanglement.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new EfficientSU2(2, -1, Entanglement.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new EfficientSU2(2, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new RealAmplitudes(2, 1, EntanglementSpec.parse("0-2")));
    }
}
