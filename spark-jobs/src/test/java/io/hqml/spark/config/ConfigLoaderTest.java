package io.hqml.spark.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.errors.HqmlException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"adhoc-qsvm.yaml", "breast-cancer-qsvm.yaml", "iris-qsvm.yaml", "digits-qsvm.yaml",
        "moons-nystroem.yaml"})
    void everyExampleLoads(String file) {
        ConfigLoader.Loaded loaded = ConfigLoader.load(SparkTestSession.example(file), List.of());
        assertTrue(loaded.hash().matches("[0-9a-f]{64}"));
        assertEquals(loaded.config().seed, loaded.config().split.seed);
    }

    @Test
    void adhocExampleIsTheTutorialSetting() {
        JobConfig c = ConfigLoader.load(SparkTestSession.example("adhoc-qsvm.yaml"), List.of()).config();
        assertEquals("adhoc", c.data.format);
        assertEquals(2, c.data.generator.qubits);
        assertEquals(0.3, c.data.generator.gap);
        assertEquals(20, c.data.generator.trainPerClass);
        assertEquals(5, c.data.generator.testPerClass);
        assertEquals("zz", c.quantum.featureMap);
        assertEquals(2, c.quantum.reps);
    }

    @Test
    void overridesApplyAndChangeTheHash() {
        String yaml = "name: t\ndata: {format: moons}\n";
        ConfigLoader.Loaded base = ConfigLoader.parse(yaml, "t.yaml", List.of());
        ConfigLoader.Loaded changed = ConfigLoader.parse(yaml, "t.yaml",
                List.of("quantum.reps=3", "quantum.entanglement=full", "data.generator.samples=60"));
        assertEquals(3, changed.config().quantum.reps);
        assertEquals("full", changed.config().quantum.entanglement);
        assertEquals(60, changed.config().data.generator.samples);
        assertNotEquals(base.hash(), changed.hash());
        assertEquals(base.hash(), ConfigLoader.parse("data:\n  format: moons\nname: t\n", "u.yaml", List.of()).hash(),
                "key order and formatting must not change the hash");
    }

    @Test
    void malformedYamlIsOneLineErrorWithLocation() {
        HqmlException e = assertThrows(HqmlException.class,
                () -> ConfigLoader.parse("name: x\ndata: [unclosed\n  format: csv", "bad.yaml", List.of()));
        assertEquals("CONFIG_MALFORMED", e.code());
        assertTrue(e.oneLine().contains("bad.yaml") && e.oneLine().contains("line"), e.oneLine());
        assertTrue(!e.oneLine().contains("\n"));
    }

    @Test
    void unknownKeyIsNamedWithTheKnownOnes() {
        HqmlException e = assertThrows(HqmlException.class,
                () -> ConfigLoader.parse("quantum:\n  featuremap: zz\n", "c.yaml", List.of()));
        assertEquals("CONFIG_INVALID", e.code());
        assertTrue(e.getMessage().contains("quantum.featuremap") && e.getMessage().contains("featureMap"), e.getMessage());
    }

    @Test
    void unknownFeatureMapIsRejectedBeforeAnythingRuns() {
        HqmlException e = assertThrows(HqmlException.class,
                () -> ConfigLoader.parse("data: {format: moons}\nquantum: {featureMap: pauli-magic}\n", "c.yaml", List.of()));
        assertTrue(e.getMessage().contains("unknown feature map 'pauli-magic'") && e.getMessage().contains("angle, zz, pauli, iqp, amplitude, basis"),
                e.getMessage());
    }

    @Test
    void wrongTypesAndValuesAreRejected() {
        assertEquals("CONFIG_INVALID", assertThrows(HqmlException.class,
                () -> ConfigLoader.parse("quantum: {reps: many}\n", "c.yaml", List.of())).code());
        assertThrows(HqmlException.class, () -> ConfigLoader.parse("split: {testFraction: 1.5}\n", "c.yaml", List.of()));
        assertThrows(HqmlException.class, () -> ConfigLoader.parse("data: {format: xlsx, path: a}\n", "c.yaml", List.of()));
        assertThrows(HqmlException.class, () -> ConfigLoader.parse("data: {format: csv}\n", "c.yaml", List.of()));
        assertThrows(HqmlException.class, () -> ConfigLoader.parse("- a\n- b\n", "c.yaml", List.of()));
        assertEquals("BUDGET_QUBITS", assertThrows(HqmlException.class,
                () -> ConfigLoader.parse("data: {format: moons}\nquantum: {qubits: 40}\n", "c.yaml", List.of())).code());
        assertThrows(HqmlException.class, () -> ConfigLoader.parse("name: x", "c.yaml", List.of("noequals")));
    }

    @Test
    void missingConfigFile() {
        HqmlException e = assertThrows(HqmlException.class,
                () -> ConfigLoader.load(java.nio.file.Path.of("/nonexistent/x.yaml"), List.of()));
        assertEquals("CONFIG_NOT_FOUND", e.code());
    }

    @Test
    void kernelsDefaultToExactAndNystroemTakesTheRunSeed() {
        JobConfig old = ConfigLoader.parse("name: t\ndata: {format: moons}\n", "t.yaml", List.of()).config();
        assertEquals(List.of("exact"), old.quantum.kernels);
        assertTrue(old.quantum.usesExactKernel() && !old.quantum.usesNystroem());
        assertEquals(4096, old.svm.maxTrainRows);
        JobConfig both = ConfigLoader.parse("seed: 7\ndata: {format: moons}\nquantum: {kernels: [exact, nystroem],"
                + " nystroem: {landmarks: 30, selection: uniform}}\n", "t.yaml", List.of()).config();
        assertTrue(both.quantum.usesExactKernel() && both.quantum.usesNystroem());
        assertEquals(30, both.quantum.nystroem.landmarks);
        assertEquals("uniform", both.quantum.nystroem.selection);
        assertEquals(7L, both.quantum.nystroem.seed);
        JobConfig set = ConfigLoader.parse("data: {format: moons}\n", "t.yaml",
                List.of("quantum.kernels=[nystroem]", "quantum.nystroem.seed=3")).config();
        assertEquals(List.of("nystroem"), set.quantum.kernels);
        assertEquals(3L, set.quantum.nystroem.seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantum.kernels=[]", "quantum.kernels=[exact, exact]", "quantum.kernels=[approximate]",
        "quantum.nystroem.landmarks=0", "quantum.nystroem.landmarks=5000", "quantum.nystroem.selection=random"})
    void badKernelChoicesAreRejected(String override) {
        HqmlException e = assertThrows(HqmlException.class,
                () -> ConfigLoader.parse("data: {format: moons}\n", "t.yaml", List.of(override)));
        assertEquals("CONFIG_INVALID", e.code());
        assertTrue(e.oneLine().contains(override.substring(0, override.indexOf('='))), e.oneLine());
    }
}
