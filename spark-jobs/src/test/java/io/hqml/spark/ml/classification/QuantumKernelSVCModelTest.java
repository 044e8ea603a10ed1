package io.hqml.spark.ml.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.learn.KernelSvm;
import io.hqml.quantum.learn.OneVsRestKernelSvm;
import java.util.Arrays;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transform against a direct quantum-kernels computation, accuracy on ad hoc and three-class data, copy. */
class QuantumKernelSVCModelTest {

    /**
     * The Spark model (training kernel tiled on executors, only support vectors kept, scoring in blocks) gives
     * the scores of FidelityKernel + OneVsRestKernelSvm trained on the same rows in the same order.
     */
    @ParameterizedTest
    @CsvSource({"adhoc, 128, 128", "adhoc, 7, 5", "blobs, 128, 1", "blobs, 10, 64"})
    void transformEqualsDirectComputation(String set, int fitTile, int scoreTile) {
        SvcTestData.TrainTest data = set.equals("adhoc") ? SvcTestData.adHoc(3) : SvcTestData.blobs(12, 6, 7);
        int numClasses = set.equals("adhoc") ? 2 : 3;
        QuantumKernelSVCModel model = new QuantumKernelSVC().setTileSize(fitTile).setC(2.0).fit(data.train().frame())
                .setTileSize(scoreTile);
        double[][] raw = SvcTestData.rawPredictions(model.transform(data.test().frame()));
        double[] predictions = SvcTestData.predictions(model.transform(data.test().frame()));

        FidelityKernel kernel = new FidelityKernel(FeatureMaps.create(FeatureMapSpec.of("zz", 2).withReps(2)
                .withEntanglement("linear")));
        double[][] x = data.train().x();
        OneVsRestKernelSvm direct = OneVsRestKernelSvm.fit(symmetric(kernel, x), data.train().y(), numClasses,
                new KernelSvm.Options(2.0, 1e-3, 100_000));
        double[][] expected = direct.scores(cross(kernel, data.test().x(), x));
        int[] expectedClass = direct.predict(cross(kernel, data.test().x(), x));

        assertEquals(numClasses, model.numClasses());
        int union = (int) java.util.stream.IntStream.range(0, x.length).filter(i -> Arrays.stream(direct.binaryModels())
                .anyMatch(m -> m.alpha()[i] > 0)).count();
        assertEquals(union, model.numSupportVectors(), "support vectors = union over the binary SVMs");
        assertTrue(model.numSupportVectors() < x.length, "rows that are no support vector are dropped");
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], raw[r], 1e-9, "scores of test row " + r);
            assertEquals(expectedClass[r], predictions[r], "prediction of test row " + r);
        }
    }

    @Test
    void adHocTutorialSettingReachesNinetyPercentAndAnAucFromRawPrediction() {
        SvcTestData.TrainTest data = SvcTestData.adHoc(3);
        QuantumKernelSVCModel model = new QuantumKernelSVC().fit(data.train().frame());
        Dataset<Row> out = model.transform(data.test().frame());
        double accuracy = SvcTestData.accuracy(SvcTestData.predictions(out), data.test().y());
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
        double auc = new BinaryClassificationEvaluator().setMetricName("areaUnderROC").evaluate(out);
        assertTrue(auc >= 0.9, "ROC AUC " + auc);
    }

    @Test
    void threeClassesArePredictedOneVsRest() {
        SvcTestData.TrainTest data = SvcTestData.blobs(15, 10, 11);
        QuantumKernelSVCModel model = new QuantumKernelSVC().setFeatureMap("angle").setReps(1).fit(data.train().frame());
        assertEquals(3, model.numClasses());
        Dataset<Row> out = model.transform(data.test().frame());
        double[][] raw = SvcTestData.rawPredictions(out);
        double[] predictions = SvcTestData.predictions(out);
        for (int r = 0; r < raw.length; r++) {
            assertEquals(3, raw[r].length);
            assertEquals(SupportVectors.argmax(raw[r]), (int) predictions[r]);
        }
        double accuracy = SvcTestData.accuracy(predictions, data.test().y());
        assertTrue(accuracy >= 0.9, "three-class test accuracy " + accuracy);
    }

    @Test
    void sameInputGivesTheSameModel() {
        SvcTestData.TrainTest data = SvcTestData.adHoc(4);
        double[][] a = SvcTestData.rawPredictions(new QuantumKernelSVC().fit(data.train().frame())
                .transform(data.test().frame()));
        double[][] b = SvcTestData.rawPredictions(new QuantumKernelSVC().setTileSize(3).fit(data.train().frame()
                .coalesce(1)).transform(data.test().frame().repartition(3)));
        for (int r = 0; r < a.length; r++) {
            assertArrayEquals(a[r], b[r], 0.0, "row " + r);
        }
    }

    @Test
    void modelCopyKeepsUidParentAndSupportAndAppliesExtraParams() {
        SvcTestData.TrainTest data = SvcTestData.adHoc(3);
        QuantumKernelSVC svc = new QuantumKernelSVC();
        QuantumKernelSVCModel model = svc.setC(2.0).fit(data.train().frame());
        assertEquals(svc.uid(), model.uid());
        assertSame(svc, model.parent());
        assertEquals(2.0, model.getC(), "fit copies the estimator's params onto the model");

        QuantumKernelSVCModel copy = model.copy(new ParamMap().put(model.predictionCol(), "guess"));
        assertEquals(model.uid(), copy.uid());
        assertSame(svc, copy.parent());
        assertEquals(model.numSupportVectors(), copy.numSupportVectors());
        assertEquals("prediction", model.getPredictionCol());
        Dataset<Row> out = copy.transform(data.test().frame());
        assertArrayEquals(SvcTestData.predictions(model.transform(data.test().frame())),
                out.orderBy("id").select("guess").collectAsList().stream().mapToDouble(r -> r.getDouble(0)).toArray());
    }

    private static double[][] symmetric(FidelityKernel k, double[][] x) {
        double[] flat = new double[x.length * x.length];
        k.symmetricBlock(x, flat);
        return square(flat, x.length, x.length);
    }

    private static double[][] cross(FidelityKernel k, double[][] a, double[][] b) {
        double[] flat = new double[a.length * b.length];
        k.block(a, b, flat);
        return square(flat, a.length, b.length);
    }

    private static double[][] square(double[] flat, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, out[i], 0, cols);
        }
        return out;
    }
}
