package io.hqml.spark.ml.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.param.Param;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and load of the estimator, the model and a Pipeline holding them: same params, same predictions. */
class QuantumKernelSVCPersistenceTest {
    @TempDir
    Path dir;

    @Test
    void estimatorRoundTripKeepsUidAndParams() throws Exception {
        QuantumKernelSVC svc = new QuantumKernelSVC().setC(0.7).setFeatureMap("pauli")
                .setPaulis(new String[] {"Y", "ZZ"}).setTileSize(9);
        String path = dir.resolve("qsvc").toString();
        svc.save(path);
        QuantumKernelSVC loaded = QuantumKernelSVC.load(path);
        assertEquals(svc.uid(), loaded.uid());
        for (Param<?> p : svc.params()) {
            Param<?> q = loaded.getParam(p.name());
            assertEquals(json(p, svc.getOrDefault(p)), json(q, loaded.getOrDefault(q)), p.name());
            assertEquals(svc.isSet(p), loaded.isSet(q), p.name() + " set explicitly");
        }
    }

    @SuppressWarnings("unchecked")
    private static String json(Param<?> param, Object value) {
        return ((Param<Object>) param).jsonEncode(value);
    }

    @Test
    void modelRoundTripGivesIdenticalPredictions() throws Exception {
        SvcTestData.TrainTest data = SvcTestData.blobs(10, 5, 13);
        QuantumKernelSVCModel model = new QuantumKernelSVC().setRawPredictionCol("scores").setTileSize(4)
                .fit(data.train().frame());
        String path = dir.resolve("model").toString();
        model.write().overwrite().save(path);
        assertTrue(Files.isDirectory(dir.resolve("model/metadata")) && Files.isDirectory(dir.resolve("model/data")));
        QuantumKernelSVCModel loaded = QuantumKernelSVCModel.load(path);

        assertEquals(model.uid(), loaded.uid());
        assertEquals(model.numClasses(), loaded.numClasses());
        assertEquals(model.numSupportVectors(), loaded.numSupportVectors());
        assertEquals("scores", loaded.getRawPredictionCol());
        assertEquals(4, loaded.getTileSize());
        Dataset<Row> before = model.transform(data.test().frame());
        Dataset<Row> after = loaded.transform(data.test().frame());
        assertEquals(before.collectAsList(), after.collectAsList());
    }

    @Test
    void modelIsJavaSerializable() throws Exception {
        SvcTestData.TrainTest data = SvcTestData.adHoc(3);
        QuantumKernelSVCModel model = new QuantumKernelSVC().fit(data.train().frame());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        QuantumKernelSVCModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (QuantumKernelSVCModel) in.readObject();
        }
        assertArrayEquals(SvcTestData.predictions(model.transform(data.test().frame())),
                SvcTestData.predictions(copy.transform(data.test().frame())));
    }

    @Test
    void pipelineWithAssemblerSavesAndLoadsWithIdenticalPredictions() throws Exception {
        SvcTestData.TrainTest data = SvcTestData.adHoc(3);
        VectorAssembler assembler = new VectorAssembler().setInputCols(new String[] {"x0", "x1"})
                .setOutputCol("features");
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {assembler, new QuantumKernelSVC().setC(1.5)});
        pipeline.write().overwrite().save(dir.resolve("pipeline").toString());
        Pipeline reloaded = Pipeline.load(dir.resolve("pipeline").toString());

        PipelineModel fitted = pipeline.fit(data.train().columns());
        fitted.write().overwrite().save(dir.resolve("pipelineModel").toString());
        PipelineModel loaded = PipelineModel.load(dir.resolve("pipelineModel").toString());
        assertInstanceOf(QuantumKernelSVCModel.class, loaded.stages()[1]);
        assertEquals(1.5, ((QuantumKernelSVCModel) loaded.stages()[1]).getC());

        Dataset<Row> test = data.test().columns();
        var expected = fitted.transform(test).select("rawPrediction", "prediction").collectAsList();
        assertEquals(expected, loaded.transform(test).select("rawPrediction", "prediction").collectAsList());
        assertEquals(expected, reloaded.fit(data.train().columns()).transform(test)
                .select("rawPrediction", "prediction").collectAsList(), "the reloaded Pipeline trains the same model");
        double accuracy = SvcTestData.accuracy(loaded.transform(test).select("prediction").collectAsList().stream()
                .mapToDouble(r -> r.getDouble(0)).toArray(), data.test().y());
        assertTrue(accuracy >= 0.9, "pipeline test accuracy " + accuracy);
    }
}
