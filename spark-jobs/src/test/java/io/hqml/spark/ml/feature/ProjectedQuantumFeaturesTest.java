package io.hqml.spark.ml.feature;

import static io.hqml.spark.ml.feature.Frames.assertRows;
import static io.hqml.spark.ml.feature.Frames.assertSameParams;
import static io.hqml.spark.ml.feature.Frames.column;
import static io.hqml.spark.ml.feature.Frames.vectors;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.kernel.ProjectedFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ProjectedQuantumFeatures, tested as MLlib tests its stages, against hand-computed expectations. */
class ProjectedQuantumFeaturesTest {

    /** RY(x)|0> on one qubit: the angle map with one repetition. */
    private static ProjectedQuantumFeatures ry() {
        return new ProjectedQuantumFeatures().setFeatureMap("angle").setRotation("ry").setReps(1);
    }

    @Test
    void defaultsAndUid() {
        ProjectedQuantumFeatures p = new ProjectedQuantumFeatures();
        assertTrue(p.uid().startsWith("projectedQuantumFeatures_"), p.uid());
        assertEquals("angles", p.getInputCol());
        assertEquals("projected", p.getOutputCol());
        assertEquals(256, p.getBlockSize());
        assertEquals("zz", p.getFeatureMap());
        assertEquals(2, p.getReps());
        assertEquals("linear", p.getEntanglement());
        assertEquals("ry", p.getRotation());
        assertArrayEquals(new String[] {"Z", "ZZ"}, p.getPaulis());
        assertEquals("pi_minus", p.getDataMap());
        assertEquals(1.0, p.getBandwidth());
        assertEquals(10, p.params().length, "inputCol, outputCol, blockSize and the seven feature-map params");
    }

    @Test
    void settersReturnThisAndInvalidValuesAreRejected() {
        ProjectedQuantumFeatures p = new ProjectedQuantumFeatures();
        assertSame(p, p.setInputCol("a").setOutputCol("b").setBlockSize(3).setFeatureMap("pauli").setReps(3)
                .setEntanglement("full").setRotation("rx").setPaulis("Z", "XX").setDataMap("product").setBandwidth(0.5));
        assertEquals("pauli", p.getFeatureMap());
        assertArrayEquals(new String[] {"Z", "XX"}, p.getPaulis());
        assertEquals(0.5, p.getBandwidth());
        assertThrows(IllegalArgumentException.class, () -> p.setFeatureMap("nope"));
        assertThrows(IllegalArgumentException.class, () -> p.setReps(0));
        assertThrows(IllegalArgumentException.class, () -> p.setBlockSize(0));
        assertThrows(IllegalArgumentException.class, () -> p.setRotation("rq"));
        assertThrows(IllegalArgumentException.class, () -> p.setDataMap("sum"));
        assertThrows(IllegalArgumentException.class, () -> p.setBandwidth(0));
    }

    @Test
    void copyKeepsUidAndParams() {
        ProjectedQuantumFeatures p = ry().setBlockSize(7);
        ProjectedQuantumFeatures c = p.copy(new ParamMap().put(p.reps(), 4));
        assertNotSame(p, c);
        assertEquals(p.uid(), c.uid());
        assertEquals(7, c.getBlockSize());
        assertEquals(4, c.getReps());
        assertEquals(1, p.getReps());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 256})
    void ryOnOneQubitGivesSinZeroCos(int blockSize) {
        double[] xs = {0, Math.PI / 3, Math.PI / 2, 2.0, -1.0, Math.PI};
        double[][] in = new double[xs.length + 1][];
        double[][] expected = new double[xs.length + 1][];
        for (int i = 0; i < xs.length; i++) {
            in[i] = new double[] {xs[i]};
            expected[i] = new double[] {Math.sin(xs[i]), 0, Math.cos(xs[i])};
        }
        // The last row is null and stays null; three partitions split the rows into uneven blocks.
        Dataset<Row> out = ry().setBlockSize(blockSize).transform(vectors("angles", 3, in));
        assertRows(expected, column(out, "projected"), 1e-12);
        assertEquals(3, AttributeGroup.fromStructField(out.schema().apply("projected")).size());
        assertEquals(2 + 1, out.columns().length);
    }

    @Test
    void twoQubitsOrderIsQubitThenXyzAndRepsAddUp() {
        double a = 0.3, b = 1.1;
        Dataset<Row> data = vectors("angles", 1, new double[] {a, b});
        // Two repetitions of RY(x) make RY(2x) on each qubit.
        double[][] ryOut = column(ry().setReps(2).transform(data), "projected");
        assertRows(new double[][] {{Math.sin(2 * a), 0, Math.cos(2 * a), Math.sin(2 * b), 0, Math.cos(2 * b)}}, ryOut, 1e-12);
        // RX(x)|0> = cos(x/2)|0> - i sin(x/2)|1>: <X> = 0, <Y> = -sin x, <Z> = cos x.
        double[][] rxOut = column(ry().setRotation("rx").transform(data), "projected");
        assertRows(new double[][] {{0, -Math.sin(a), Math.cos(a), 0, -Math.sin(b), Math.cos(b)}}, rxOut, 1e-12);
    }

    @Test
    void amplitudeEncodingUsesLog2Qubits() {
        // (3, 4, 0) -> amplitudes (0.6, 0.8, 0, 0) on 2 qubits, qubit 0 the low bit: qubit 0 is 0.6|0> + 0.8|1>
        // (<X> = 2 * 0.6 * 0.8, <Z> = 0.36 - 0.64), qubit 1 is |0>.
        Dataset<Row> data = vectors("angles", 1, new double[] {3, 4, 0});
        ProjectedQuantumFeatures amp = new ProjectedQuantumFeatures().setFeatureMap("amplitude");
        assertEquals(2, amp.qubitsFor(3));
        Dataset<Row> out = amp.transform(data);
        assertRows(new double[][] {{0.96, 0, -0.28, 0, 0, 1}}, column(out, "projected"), 1e-12);
        assertEquals(6, AttributeGroup.fromStructField(out.schema().apply("projected")).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 256})
    void equalsProjectedFeaturesForAnEntanglingMap(int blockSize) {
        SplittableRandom rnd = new SplittableRandom(11);
        double[][] rows = new double[17][3];
        for (double[] row : rows) {
            for (int j = 0; j < 3; j++) {
                row[j] = rnd.nextDouble(0, Math.PI);
            }
        }
        ProjectedQuantumFeatures p = new ProjectedQuantumFeatures().setEntanglement("full").setBlockSize(blockSize);
        double[][] expected = new ProjectedFeatures(FeatureMaps.create(
                FeatureMapSpec.of("zz", 3).withEntanglement("full"))).features(rows);
        assertRows(expected, column(p.transform(vectors("angles", 4, rows)), "projected"), 0.0);
    }

    @Test
    void sizeFromMetadataIsValidatedOnTheSchema() {
        Dataset<Row> plain = vectors("angles", 1, new double[] {0.1, 0.2});
        Dataset<Row> sized = plain.withColumn("angles", col("angles").as("angles", new AttributeGroup("angles", 2).toMetadata()));
        ProjectedQuantumFeatures p = ry();
        assertEquals(6, AttributeGroup.fromStructField(p.transformSchema(sized.schema()).apply("projected")).size());
        assertEquals(-1, AttributeGroup.fromStructField(p.transformSchema(plain.schema()).apply("projected")).size());
        assertRows(column(p.transform(plain), "projected"), column(p.transform(sized), "projected"), 0.0);

        // A configuration the map rejects fails on the driver, with the map's own message.
        ProjectedQuantumFeatures bad = new ProjectedQuantumFeatures().setEntanglement("0-5");
        assertThrows(IllegalArgumentException.class, () -> bad.transformSchema(sized.schema()));
        assertThrows(IllegalArgumentException.class, () -> bad.transform(plain));
    }

    @Test
    void schemaIsChecked() {
        Dataset<Row> data = vectors("angles", 1, new double[] {0.1});
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ry().setInputCol("nope").transform(data));
        assertTrue(missing.getMessage().contains("'nope' is not in the data"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ry().setInputCol("id").transform(data));
        assertThrows(IllegalArgumentException.class, () -> ry().setOutputCol("id").transform(data));
        Dataset<Row> nonFinite = vectors("angles", 1, new double[] {Double.NaN});
        Exception e = assertThrows(Exception.class, () -> ry().transform(nonFinite).collectAsList());
        assertTrue(String.valueOf(e.getMessage()).contains("NaN"), e.getMessage());
        Dataset<Row> onlyNulls = vectors("angles", 2, (double[]) null, null);
        assertRows(new double[][] {null, null}, column(ry().transform(onlyNulls), "projected"), 0.0);
    }

    @Test
    void saveAndLoad(@TempDir Path dir) throws IOException {
        ProjectedQuantumFeatures p = new ProjectedQuantumFeatures().setInputCol("angles").setOutputCol("v")
                .setFeatureMap("pauli").setPaulis("Z", "XX").setReps(1).setEntanglement("circular").setBlockSize(5);
        p.save(dir.toString() + "/pqf");
        ProjectedQuantumFeatures loaded = ProjectedQuantumFeatures.load(dir.toString() + "/pqf");
        assertSameParams(p, loaded);
        assertArrayEquals(new String[] {"Z", "XX"}, loaded.getPaulis());
        Dataset<Row> data = vectors("angles", 2, new double[] {0.1, 0.2, 0.3}, new double[] {1, 2, 3});
        assertRows(column(p.transform(data), "v"), column(loaded.transform(data), "v"), 0.0);
    }
}
