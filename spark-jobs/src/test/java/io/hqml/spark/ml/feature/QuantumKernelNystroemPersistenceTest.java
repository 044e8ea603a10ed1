package io.hqml.spark.ml.feature;

import static io.hqml.spark.ml.feature.Frames.assertRows;
import static io.hqml.spark.ml.feature.Frames.assertSameParams;
import static io.hqml.spark.ml.feature.Frames.column;
import static io.hqml.spark.ml.feature.Frames.vectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and load of the Nystroem estimator, its model and a Pipeline holding them: same params, same output. */
class QuantumKernelNystroemPersistenceTest {
    @TempDir
    Path dir;

    @Test
    void estimatorRoundTripKeepsUidAndParams() throws Exception {
        QuantumKernelNystroem n = new QuantumKernelNystroem().setNumLandmarks(17).setLandmarkSelection("uniform")
                .setSeed(99).setKernel("rbf").setRbfGamma(0.25).setFeatureMap("pauli").setPaulis("Y", "ZZ");
        n.save(dir.resolve("nystroem").toString());
        QuantumKernelNystroem loaded = QuantumKernelNystroem.load(dir.resolve("nystroem").toString());
        assertSameParams(n, loaded);
    }

    @Test
    void modelRoundTripGivesIdenticalFeatures() throws Exception {
        Dataset<Row> data = vectors("angles", 2, QuantumKernelNystroemTest.randomRows(3, 30, 2));
        QuantumKernelNystroemModel model = new QuantumKernelNystroem().setNumLandmarks(8).setOutputCol("phi")
                .setEntanglement("circular").fit(data);
        String path = dir.resolve("model").toString();
        model.write().overwrite().save(path);
        assertTrue(Files.isDirectory(dir.resolve("model/metadata")) && Files.isDirectory(dir.resolve("model/data")));
        QuantumKernelNystroemModel loaded = QuantumKernelNystroemModel.load(path);
        assertSameParams(model, loaded);
        assertEquals(model.landmarks(), loaded.landmarks());
        assertEquals(model.eigenvalues(), loaded.eigenvalues());
        assertEquals(model.rank(), loaded.rank());
        assertRows(column(model.transform(data), "phi"), column(loaded.transform(data), "phi"), 0.0);
    }

    /** Two noisy interleaved half circles (as make_moons), label = which one; seeded. */
    private static Dataset<Row> moons(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = rnd.nextDouble(0, Math.PI);
            int label = i % 2;
            double x = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double y = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            rows.add(RowFactory.create(i, Vectors.dense(x + rnd.nextDouble(-0.1, 0.1), y + rnd.nextDouble(-0.1, 0.1)),
                    (double) label));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType())
                .add("label", DataTypes.DoubleType);
        return SparkTestSession.get().createDataFrame(rows, schema).repartition(2);
    }

    private static Pipeline pipeline() {
        return new Pipeline().setStages(new PipelineStage[] {
            new AngleScaler().setOutputCol("angles"),
            new QuantumKernelNystroem().setNumLandmarks(16).setFeatureMap("zz").setReps(1),
            new LogisticRegression().setFeaturesCol("nystroem").setMaxIter(100)});
    }

    private static List<Row> output(PipelineModel model, Dataset<Row> data) {
        return model.transform(data).orderBy("id").select("id", "nystroem", "probability", "prediction").collectAsList();
    }

    @Test
    void pipelineSavesLoadsAndPredictsIdentically() throws Exception {
        Dataset<Row> train = moons(120, 1);
        Dataset<Row> test = moons(60, 2);
        PipelineModel fitted = pipeline().fit(train);
        List<Row> before = output(fitted, test);
        fitted.write().overwrite().save(dir.resolve("pipelineModel").toString());
        PipelineModel loaded = PipelineModel.load(dir.resolve("pipelineModel").toString());
        assertInstanceOf(QuantumKernelNystroemModel.class, loaded.stages()[1]);
        assertEquals(16, ((QuantumKernelNystroemModel) loaded.stages()[1]).numLandmarksUsed());
        assertEquals(before, output(loaded, test));

        pipeline().write().overwrite().save(dir.resolve("pipeline").toString());
        Pipeline reloaded = Pipeline.load(dir.resolve("pipeline").toString());
        List<Row> refit = output(reloaded.fit(train), test);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).get(1), refit.get(i).get(1), "the reloaded Pipeline picks the same landmarks");
            assertEquals(before.get(i).getDouble(3), refit.get(i).getDouble(3), "prediction " + i);
        }
        long correct = loaded.transform(test).filter("prediction = label").count();
        // Two moons with 0.1 noise are separable by a smooth boundary; 16 landmarks of a 2-qubit ZZ kernel
        // with LogisticRegression get most test points (a broken stage gets about half).
        assertTrue(correct >= 48, correct + " of 60 correct");
    }
}
