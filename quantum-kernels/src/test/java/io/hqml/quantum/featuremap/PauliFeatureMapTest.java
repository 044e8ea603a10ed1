package io.hqml.quantum.featuremap;

import static io.hqml.quantum.featuremap.States.assertEqualUpToGlobalPhase;
import static io.hqml.quantum.featuremap.States.assertStatesEqual;
import static io.hqml.quantum.featuremap.States.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PauliFeatureMapTest {

    /**
     * Qiskit's definition written with dense exponentials: per rep H^n, then for each string and each tuple
     * exp(-i (alpha/2) phi_S(x) P_S), the string's rightmost letter on the tuple's first qubit.
     */
    static double[] dense(double[] x, int reps, EntanglementSpec e, List<String> paulis, double alpha, boolean product) {
        int n = x.length;
        double[] psi = States.zero(n);
        for (int r = 0; r < reps; r++) {
            psi = States.hadamardAll(psi, n);
            for (String p : paulis) {
                for (int[] s : e.tuples(n, p.length())) {
                    char[] letters = new char[n];
                    java.util.Arrays.fill(letters, 'I');
                    double phi = s.length == 1 ? x[s[0]] : 1;
                    for (int m = 0; m < s.length; m++) {
                        letters[s[m]] = p.charAt(p.length() - 1 - m);
                        if (s.length > 1) {
                            phi *= product ? x[s[m]] : Math.PI - x[s[m]];
                        }
                    }
                    psi = States.pauliExp(psi, letters, alpha / 2 * phi);
                }
            }
        }
        return psi;
    }

    @Test
    void equalsDenseExponentialsOfPauliStrings() {
        SplittableRandom rnd = new SplittableRandom(8);
        List<String> paulis = List.of("Z", "ZZ", "ZZZ", "X", "Y", "XY", "YIZ", "XX", "YY");
        for (Entanglement e : List.of(Entanglement.LINEAR, Entanglement.CIRCULAR, Entanglement.FULL)) {
            for (int reps = 1; reps <= 2; reps++) {
                PauliFeatureMap map = new PauliFeatureMap(4, reps, e, paulis);
                double[] x = States.random(rnd, 4, 0, 2 * Math.PI);
                assertEqualUpToGlobalPhase(dense(x, reps, e, paulis, 2, false), simulate(map, x), 1e-12);
            }
        }
    }

    @Test
    void letterOrderIsQiskitsLittleEndian() {
        // "XY" on (0,1): Y on qubit 0, X on qubit 1; one rep from |0>: distinguishable from "YX".
        double[] x = {0.7, 1.9};
        PauliFeatureMap xy = new PauliFeatureMap(2, 1, Entanglement.LINEAR, List.of("XY"));
        double[] expected = States.hadamardAll(States.zero(2), 2);
        expected = States.pauliExp(expected, new char[] {'Y', 'X'}, (Math.PI - 0.7) * (Math.PI - 1.9));
        assertEqualUpToGlobalPhase(expected, simulate(xy, x), 1e-12);
        double[] swapped = simulate(new PauliFeatureMap(2, 1, Entanglement.LINEAR, List.of("YX")), x);
        assertTrue(States.fidelity(expected, swapped) < 0.99);
    }

    @Test
    void alphaDataMapAndExplicitPairs() {
        SplittableRandom rnd = new SplittableRandom(9);
        EntanglementSpec e = EntanglementSpec.parse("2-0,1-2");
        List<String> paulis = List.of("Y", "XZ", "ZZ");
        PauliFeatureMap map = new PauliFeatureMap(3, 2, e, paulis, 1.3, 1.0, ZZFeatureMap.DataMap.PRODUCT);
        double[] x = States.random(rnd, 3, -2, 2);
        assertEqualUpToGlobalPhase(dense(x, 2, e, paulis, 1.3, true), simulate(map, x), 1e-12);
    }

    @Test
    void zzIsThePauliMapWithZAndZZ() {
        ZZFeatureMap zz = new ZZFeatureMap(4, 3, Entanglement.CIRCULAR, 0.6, ZZFeatureMap.DataMap.PI_MINUS);
        PauliFeatureMap p = new PauliFeatureMap(4, 3, Entanglement.CIRCULAR, List.of("z", "zz"), 2, 0.6,
                ZZFeatureMap.DataMap.PI_MINUS);
        assertEquals(p.qasmTemplate(), zz.qasmTemplate());
    }

    @Test
    void bandwidthEqualsScaledData() {
        double[] x = {0.4, -2.1, 1.3};
        List<String> paulis = List.of("Z", "XY", "ZZZ");
        PauliFeatureMap scaled = new PauliFeatureMap(3, 2, Entanglement.FULL, paulis, 2, 0.25, ZZFeatureMap.DataMap.PI_MINUS);
        PauliFeatureMap plain = new PauliFeatureMap(3, 2, Entanglement.FULL, paulis);
        assertStatesEqual(simulate(plain, States.scale(x, 0.25)), simulate(scaled, x), 1e-12);
        assertTrue(scaled.qasmTemplate().contains("(pi - 0.25000000000000000*x[0])"), scaled.qasmTemplate());
    }

    @Test
    void termsLongerThanTheRegisterAreSkipped() {
        double[] x = {0.4, 1.1};
        assertStatesEqual(simulate(new PauliFeatureMap(2, 2, Entanglement.FULL, List.of("Z")), x),
                simulate(new PauliFeatureMap(2, 2, Entanglement.FULL, List.of("Z", "ZZZ")), x), 0);
    }

    @Test
    void validationAndDescribe() {
        assertThrows(IllegalArgumentException.class, () -> new PauliFeatureMap(2, 1, Entanglement.FULL, List.of()));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PauliFeatureMap(2, 1, Entanglement.FULL, List.of("ZA"))).getMessage().contains("'ZA'"));
        assertThrows(IllegalArgumentException.class, () -> new PauliFeatureMap(2, 1, Entanglement.FULL, List.of("II")));
        assertThrows(IllegalArgumentException.class,
                () -> new PauliFeatureMap(4, 1, Entanglement.PAIRWISE, List.of("ZZZ")));
        assertThrows(IllegalArgumentException.class,
                () -> new PauliFeatureMap(2, 1, Entanglement.FULL, List.of("Z"), 0, 1, ZZFeatureMap.DataMap.PI_MINUS));
        assertEquals("pauli(qubits=3,reps=2,paulis=[Z,XY],entanglement=full)",
                new PauliFeatureMap(3, 2, Entanglement.FULL, List.of("Z", "xy")).describe());
        assertEquals("pauli(qubits=3,reps=1,paulis=[Y],entanglement=linear,alpha=1.5,dataMap=product,bandwidth=0.1)",
                new PauliFeatureMap(3, 1, Entanglement.LINEAR, List.of("Y"), 1.5, 0.1, ZZFeatureMap.DataMap.PRODUCT).describe());
    }
}
