package io.hqml.quantum.featuremap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureMapsTest {

    @Test
    void oldFiveArgumentFormStillWorks() {
        assertEquals("zz(qubits=2,reps=1,entanglement=linear)", FeatureMaps.create("zz", 2, 1, "linear", "ry").describe());
        assertEquals("angle(qubits=3,reps=2,rotation=rx)", FeatureMaps.create(" Angle ", 3, 2, "full", "rx").describe());
        assertEquals("iqp(qubits=3,reps=2,entanglement=pairwise)", FeatureMaps.create("iqp", 3, 2, "pairwise", "ry").describe());
        assertEquals("basis(qubits=2)", FeatureMaps.create("basis", 2, 2, "linear", "ry").describe());
    }

    @Test
    void everyNameFromASpec() {
        assertInstanceOf(AngleFeatureMap.class, FeatureMaps.create(FeatureMapSpec.of("angle", 2).withRotation("rz")));
        assertInstanceOf(ZZFeatureMap.class, FeatureMaps.create(FeatureMapSpec.of("zz", 2)));
        assertInstanceOf(PauliFeatureMap.class, FeatureMaps.create(FeatureMapSpec.of("pauli", 2)));
        assertInstanceOf(IqpFeatureMap.class, FeatureMaps.create(FeatureMapSpec.of("iqp", 2)));
        assertInstanceOf(AmplitudeEncoding.class, FeatureMaps.create(FeatureMapSpec.of("amplitude", 2)));
        assertInstanceOf(BasisEncoding.class, FeatureMaps.create(FeatureMapSpec.of("basis", 2)));
        FeatureMap pauli = FeatureMaps.create(FeatureMapSpec.of("PAULI", 3).withReps(1).withEntanglement("0-2, 2-1")
                .withPaulis("Z, XY ZZ").withDataMap("product").withAlpha(1).withBandwidth(0.5));
        assertEquals("pauli(qubits=3,reps=1,paulis=[Z,XY,ZZ],entanglement=[0-2,2-1],alpha=1,dataMap=product,bandwidth=0.5)",
                pauli.describe());
        FeatureMap zz = FeatureMaps.create(FeatureMapSpec.of("zz", 3).withDataMap("product").withBandwidth(2));
        assertEquals("zz(qubits=3,reps=2,entanglement=linear,dataMap=product,bandwidth=2)", zz.describe());
        FeatureMap amp = FeatureMaps.create(FeatureMapSpec.of("amplitude", 3).withFeatures(5));
        assertEquals(5, amp.numFeatures());
        assertEquals(3, amp.numQubits());
        assertEquals(3, FeatureMaps.create(FeatureMapSpec.of("zz", 3).withFeatures(3)).numFeatures());
    }

    @Test
    void errorsNameTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMaps.create("magic", 2, 1, "linear", "ry"));
        assertEquals("unknown feature map 'magic'; use one of angle, zz, pauli, iqp, amplitude, basis", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureMaps.create(FeatureMapSpec.of(null, 2)));
        assertTrue(e.getMessage().startsWith("unknown feature map 'null'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureMaps.create(FeatureMapSpec.of("zz", 3).withFeatures(4)));
        assertTrue(e.getMessage().contains("one feature per qubit"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureMaps.create("zz", 2, 1, "ring", "ry"));
        assertTrue(e.getMessage().startsWith("unknown entanglement 'ring'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureMaps.create("angle", 2, 1, "linear", "rw"));
        assertTrue(e.getMessage().startsWith("unknown angle rotation 'rw'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureMaps.create(FeatureMapSpec.of("zz", 2).withBandwidth(0)));
        assertTrue(e.getMessage().contains("bandwidth"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureMaps.create(FeatureMapSpec.of("zz", 2).withEntanglement("0-5")));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void descriptionsAreDistinctAcrossMaps() {
        Set<String> seen = new HashSet<>();
        for (String name : FeatureMaps.NAMES) {
            assertTrue(seen.add(FeatureMaps.create(FeatureMapSpec.of(name, 3)).describe()), name);
            assertTrue(FeatureMaps.create(FeatureMapSpec.of(name, 3)).describe().startsWith(name + "("), name);
        }
        assertTrue(seen.add(FeatureMaps.create(FeatureMapSpec.of("zz", 3).withEntanglement("pairwise")).describe()));
        assertTrue(seen.add(FeatureMaps.create(FeatureMapSpec.of("zz", 3).withBandwidth(0.1)).describe()));
    }

    @Test
    void blockPreparationMatchesSingleCircuits() {
        // FidelityKernel prepares whole blocks through the template path; it must agree with bound circuits.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(41);
        for (String name : FeatureMaps.NAMES) {
            FeatureMap map = FeatureMaps.create(FeatureMapSpec.of(name, 3).withEntanglement("full").withPaulis("Z,YX,ZZZ"));
            double[][] rows = new double[4][];
            double[][] inputs = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = States.random(rnd, map.numFeatures(), -2, 2);
                if (map instanceof BasisEncoding) {
                    for (int i = 0; i < rows[r].length; i++) {
                        rows[r][i] = rows[r][i] > 0 ? 1 : 0;
                    }
                }
                inputs[r] = map.templateInput(rows[r]);
            }
            int stride = 2 << map.numQubits();
            double[] out = new double[rows.length * stride];
            new io.hqml.quantum.engine.JavaStatevectorEngine().prepareStates(map.template(), inputs, new double[0], out);
            for (int r = 0; r < rows.length; r++) {
                States.assertStatesEqual(States.simulate(map, rows[r]),
                        java.util.Arrays.copyOfRange(out, r * stride, (r + 1) * stride), 1e-12);
            }
        }
    }

    @Test
    void everyMapSurvivesJavaSerialization() throws Exception {
        List<FeatureMap> maps = List.of(
                FeatureMaps.create(FeatureMapSpec.of("angle", 3).withBandwidth(0.3)),
                FeatureMaps.create(FeatureMapSpec.of("zz", 3).withEntanglement("0-1,2-0")),
                FeatureMaps.create(FeatureMapSpec.of("pauli", 3).withPaulis("Z,XY,ZZZ").withEntanglement("circular")),
                FeatureMaps.create(FeatureMapSpec.of("iqp", 3).withEntanglement("full")),
                FeatureMaps.create(FeatureMapSpec.of("amplitude", 2).withFeatures(3)),
                FeatureMaps.create(FeatureMapSpec.of("basis", 3)));
        for (FeatureMap map : maps) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(map);
            }
            FeatureMap copy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy = (FeatureMap) in.readObject();
            }
            assertEquals(map.describe(), copy.describe());
            assertEquals(map.qasmTemplate(), copy.qasmTemplate());
            double[] x = map instanceof BasisEncoding ? new double[] {1, 0, 1} : new double[map.numFeatures()];
            java.util.Arrays.fill(x, map instanceof BasisEncoding ? 0 : 0.4);
            States.assertStatesEqual(States.simulate(map, x), States.simulate(copy, x), 0);
        }
    }
}
