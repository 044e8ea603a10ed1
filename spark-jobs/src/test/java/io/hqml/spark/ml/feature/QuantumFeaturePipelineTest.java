package io.hqml.spark.ml.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages drop into an ordinary MLlib Pipeline, which fits, saves, loads and predicts the same. */
class QuantumFeaturePipelineTest {

    /** 60 points in [-3, 3]^2, label 1 when x0 > 0 (seeded). */
    private static Dataset<Row> data() {
        SplittableRandom rnd = new SplittableRandom(5);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double x0 = rnd.nextDouble(-3, 3), x1 = rnd.nextDouble(-3, 3);
            rows.add(RowFactory.create(i, Vectors.dense(x0, x1), x0 > 0 ? 1.0 : 0.0));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType())
                .add("label", DataTypes.DoubleType);
        return SparkTestSession.get().createDataFrame(rows, schema).repartition(3);
    }

    private static Pipeline pipeline() {
        return new Pipeline().setStages(new PipelineStage[] {
            new AngleScaler(),
            new ProjectedQuantumFeatures().setFeatureMap("angle").setReps(1),
            new LogisticRegression().setFeaturesCol("projected").setMaxIter(50)});
    }

    private static List<Row> predictions(PipelineModel model, Dataset<Row> data) {
        return model.transform(data).orderBy("id").select("id", "projected", "probability", "prediction").collectAsList();
    }

    @Test
    void fitsSavesLoadsAndPredictsIdentically(@TempDir Path dir) throws IOException {
        Dataset<Row> data = data();
        PipelineModel model = pipeline().fit(data);
        List<Row> before = predictions(model, data);
        long correct = model.transform(data).filter("prediction = label").count();
        // <Z_0> = cos(angle of x0) is monotone in x0, so the classes are linearly separable.
        assertTrue(correct >= 57, correct + " of 60 correct");

        model.save(dir.resolve("model").toString());
        PipelineModel loaded = PipelineModel.load(dir.resolve("model").toString());
        assertEquals(3, loaded.stages().length);
        assertTrue(loaded.stages()[0] instanceof AngleScalerModel);
        assertTrue(loaded.stages()[1] instanceof ProjectedQuantumFeatures);
        assertEquals(before, predictions(loaded, data));

        // The saved unfitted pipeline refits to the same predictions (LBFGS sums in task order, so
        // probabilities agree to rounding, not bit for bit).
        pipeline().save(dir.resolve("pipeline").toString());
        Pipeline reloaded = Pipeline.load(dir.resolve("pipeline").toString());
        List<Row> refit = predictions(reloaded.fit(data), data);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).getDouble(3), refit.get(i).getDouble(3), "prediction " + i);
            assertArrayEquals(((Vector) before.get(i).get(2)).toArray(), ((Vector) refit.get(i).get(2)).toArray(), 1e-9);
        }
    }
}
