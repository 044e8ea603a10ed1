package io.hqml.spark.ml.feature;

import static io.hqml.spark.ml.feature.Frames.assertRows;
import static io.hqml.spark.ml.feature.Frames.assertSameParams;
import static io.hqml.spark.ml.feature.Frames.column;
import static io.hqml.spark.ml.feature.Frames.vectors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.RbfKernel;
import java.util.SplittableRandom;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QuantumKernelNystroem: params, uid and copy, schema checks, and kernels reproduced from the features. */
class QuantumKernelNystroemTest {

    static double[][] randomRows(long seed, int n, int d) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = rnd.nextDouble(0, Math.PI);
            }
        }
        return rows;
    }

    @Test
    void defaultsAndUid() {
        QuantumKernelNystroem n = new QuantumKernelNystroem();
        assertTrue(n.uid().startsWith("quantumKernelNystroem_"), n.uid());
        assertEquals("angles", n.getInputCol());
        assertEquals("nystroem", n.getOutputCol());
        assertEquals(100, n.getNumLandmarks());
        assertEquals("kmeans++", n.getLandmarkSelection());
        assertEquals(42L, n.getSeed());
        assertEquals("quantum", n.getKernel());
        assertEquals(1.0, n.getRbfGamma());
        assertEquals(1e-12, n.getEigenvalueCutoff());
        assertEquals(256, n.getBlockSize());
        assertEquals("zz", n.getFeatureMap());
        assertEquals(2, n.getReps());
        assertEquals(16, n.params().length, "nine Nystroem params and the seven feature-map params");
        assertTrue(n.explainParams().contains("landmarkSelection"));
    }

    @Test
    void settersReturnThisAndInvalidValuesAreRejected() {
        QuantumKernelNystroem n = new QuantumKernelNystroem();
        assertSame(n, n.setInputCol("a").setOutputCol("b").setNumLandmarks(7).setLandmarkSelection("uniform")
                .setSeed(3).setKernel("rbf").setRbfGamma(0.5).setEigenvalueCutoff(1e-9).setBlockSize(4)
                .setFeatureMap("pauli").setReps(1).setEntanglement("full").setRotation("rx").setPaulis("Z", "XX")
                .setDataMap("product").setBandwidth(0.5));
        assertEquals(7, n.getNumLandmarks());
        assertEquals("rbf", n.getKernel());
        assertArrayEquals(new String[] {"Z", "XX"}, n.getPaulis());
        assertThrows(IllegalArgumentException.class, () -> n.setNumLandmarks(0));
        assertThrows(IllegalArgumentException.class, () -> n.setLandmarkSelection("random"));
        assertThrows(IllegalArgumentException.class, () -> n.setKernel("linear"));
        assertThrows(IllegalArgumentException.class, () -> n.setRbfGamma(0));
        assertThrows(IllegalArgumentException.class, () -> n.setRbfGamma(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> n.setEigenvalueCutoff(1.0));
        assertThrows(IllegalArgumentException.class, () -> n.setEigenvalueCutoff(-1e-3));
        assertThrows(IllegalArgumentException.class, () -> n.setBlockSize(0));
    }

    @Test
    void copyKeepsUidAndParams() {
        QuantumKernelNystroem n = new QuantumKernelNystroem().setNumLandmarks(9);
        QuantumKernelNystroem c = n.copy(new ParamMap().put(n.seed(), 5L));
        assertNotSame(n, c);
        assertEquals(n.uid(), c.uid());
        assertEquals(9, c.getNumLandmarks());
        assertEquals(5L, c.getSeed());
        assertEquals(42L, n.getSeed());

        QuantumKernelNystroemModel model = n.setNumLandmarks(3).fit(vectors("angles", 1, randomRows(1, 6, 2)));
        QuantumKernelNystroemModel copy = model.copy(new ParamMap().put(model.blockSize(), 2));
        assertNotSame(model, copy);
        assertEquals(model.uid(), copy.uid());
        assertEquals(n.uid(), model.uid());
        assertSame(n, model.parent());
        assertEquals(2, copy.getBlockSize());
        assertEquals(256, model.getBlockSize());
    }

    @Test
    void schemaIsChecked() {
        Dataset<Row> data = vectors("angles", 1, new double[] {0.1, 0.2}, new double[] {0.3, 0.4});
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new QuantumKernelNystroem().setInputCol("nope").fit(data));
        assertTrue(missing.getMessage().contains("'nope' is not in the data"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QuantumKernelNystroem().setInputCol("id").fit(data));
        assertThrows(IllegalArgumentException.class, () -> new QuantumKernelNystroem().setOutputCol("id").fit(data));
        QuantumKernelNystroemModel model = new QuantumKernelNystroem().fit(data);
        assertEquals(2, AttributeGroup.fromStructField(model.transformSchema(data.schema()).apply("nystroem")).size());
        Dataset<Row> threeFeatures = vectors("angles", 1, new double[] {0.1, 0.2, 0.3});
        Exception e = assertThrows(Exception.class, () -> model.transform(threeFeatures).collectAsList());
        assertTrue(String.valueOf(e.getMessage()).contains("fit on 2"), e.getMessage());
        Exception nan = assertThrows(IllegalArgumentException.class,
                () -> new QuantumKernelNystroem().fit(vectors("angles", 1, new double[] {Double.NaN, 0})));
        assertTrue(nan.getMessage().contains("non-finite"), nan.getMessage());
    }

    /** Features of every row, ordered by id, as {@code Phi} (N x m). */
    private static double[][] features(QuantumKernelNystroemModel model, Dataset<Row> data) {
        return column(model.transform(data), model.getOutputCol());
    }

    private static double[][] gram(double[][] phi) {
        double[][] out = new double[phi.length][phi.length];
        for (int i = 0; i < phi.length; i++) {
            for (int j = 0; j < phi.length; j++) {
                double s = 0;
                for (int k = 0; k < phi[i].length; k++) {
                    s += phi[i][k] * phi[j][k];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    private static double[][] direct(BlockKernel kernel, double[][] rows) {
        double[] flat = new double[rows.length * rows.length];
        kernel.block(rows, rows, flat);
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * rows.length, (i + 1) * rows.length);
        }
        return out;
    }

    /**
     * With every training row a landmark, {@code Phi Phi^T = K P P K = K W^+ K = K}: the exact kernel, for any
     * landmark order (uniform keeps index order, kmeans++ its own), any block size and partitioning.
     */
    @ParameterizedTest
    @CsvSource({"uniform, 256, 1", "kmeans++, 7, 3"})
    void allRowsAsLandmarksReproduceTheQuantumKernel(String selection, int blockSize, int partitions) {
        double[][] rows = randomRows(5, 30, 3);
        Dataset<Row> data = vectors("angles", partitions, rows);
        QuantumKernelNystroemModel model = new QuantumKernelNystroem().setNumLandmarks(30).setLandmarkSelection(selection)
                .setEntanglement("full").setBlockSize(blockSize).fit(data);
        assertEquals(30, model.numLandmarksUsed());
        // 30 states of 3 qubits: the 30 x 30 kernel has full rank, so nothing is cut off.
        assertEquals(30, model.rank());
        FidelityKernel exact = new FidelityKernel(FeatureMaps.create(FeatureMapSpec.of("zz", 3).withEntanglement("full")));
        assertRows(direct(exact, rows), gram(features(model, data)), 1e-9);
    }

    @Test
    void allRowsAsLandmarksReproduceTheRbfKernel() {
        double[][] rows = randomRows(6, 25, 2);
        Dataset<Row> data = vectors("x", 2, rows);
        QuantumKernelNystroemModel model = new QuantumKernelNystroem().setKernel("rbf").setRbfGamma(0.7)
                .setInputCol("x").setOutputCol("phi").setNumLandmarks(40).fit(data);
        assertEquals(25, model.numLandmarksUsed(), "fewer rows than numLandmarks: every row is a landmark");
        assertRows(direct(new RbfKernel(0.7), rows), gram(features(model, data)), 1e-9);
    }

    /**
     * With fewer landmarks, {@code phi(l_i) . phi(l_j) = K(l_i, l_j)} still holds exactly on the landmarks
     * (their kernel rows span the kept eigenvectors), and other rows are approximated.
     */
    @Test
    void landmarkRowsAreReproducedExactlyWhenMIsBelowN() {
        double[][] rows = randomRows(7, 40, 3);
        QuantumKernelNystroemModel model = new QuantumKernelNystroem().setNumLandmarks(12).setSeed(9)
                .fit(vectors("angles", 2, rows));
        Matrix l = model.landmarks();
        double[][] landmarks = new double[l.numRows()][l.numCols()];
        for (int i = 0; i < landmarks.length; i++) {
            for (int j = 0; j < landmarks[i].length; j++) {
                landmarks[i][j] = l.apply(i, j);
            }
            int row = i;
            assertTrue(java.util.Arrays.stream(rows).anyMatch(r -> java.util.Arrays.equals(r, landmarks[row])),
                    "landmark " + i + " is a training row");
        }
        FidelityKernel exact = new FidelityKernel(FeatureMaps.create(FeatureMapSpec.of("zz", 3)));
        assertRows(direct(exact, landmarks), gram(features(model, vectors("angles", 1, landmarks))), 1e-9);
    }

    @Test
    void sameSeedSameLandmarksOtherSeedOthers() {
        Dataset<Row> data = vectors("angles", 3, randomRows(8, 50, 2));
        for (String selection : new String[] {"uniform", "kmeans++"}) {
            QuantumKernelNystroem n = new QuantumKernelNystroem().setNumLandmarks(5).setLandmarkSelection(selection);
            Matrix a = n.setSeed(1).fit(data).landmarks();
            assertEquals(a, n.setSeed(1).fit(data).landmarks(), selection);
            assertNotEquals(a, n.setSeed(2).fit(data).landmarks(), selection);
        }
    }

    @Test
    void nullVectorsAreSkippedInFitAndStayNull() {
        double[][] rows = {{0.1, 0.2}, null, {0.5, 0.9}, {1.0, 0.3}, null};
        Dataset<Row> data = vectors("angles", 2, rows);
        QuantumKernelNystroemModel model = new QuantumKernelNystroem().setNumLandmarks(10).fit(data);
        assertEquals(3, model.numLandmarksUsed());
        double[][] phi = features(model, data);
        assertEquals(null, phi[1]);
        assertEquals(null, phi[4]);
        assertEquals(3, phi[0].length);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new QuantumKernelNystroem().fit(vectors("angles", 1, (double[]) null)));
        assertTrue(none.getMessage().contains("no non-null vectors"), none.getMessage());
    }
}
