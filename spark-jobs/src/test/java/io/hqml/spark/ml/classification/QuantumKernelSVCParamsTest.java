package io.hqml.spark.ml.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.attribute.NominalAttribute;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Params (defaults, setters, validation), uid and copy, schema checks and the maxTrainRows refusal. */
class QuantumKernelSVCParamsTest {

    @Test
    void defaultsAreExplicitAndEveryParamIsFoundBySpark() {
        QuantumKernelSVC svc = new QuantumKernelSVC();
        assertEquals("features", svc.getFeaturesCol());
        assertEquals("label", svc.getLabelCol());
        assertEquals("prediction", svc.getPredictionCol());
        assertEquals("rawPrediction", svc.getRawPredictionCol());
        assertEquals(1.0, svc.getC());
        assertEquals(1e-3, svc.getTol());
        assertEquals(100_000, svc.getMaxIter());
        assertEquals(4096, svc.getMaxTrainRows(), "the job's driver threshold (svm.maxTrainRows)");
        assertEquals(128, svc.getTileSize());
        assertEquals("zz", svc.getFeatureMap());
        assertEquals(2, svc.getReps());
        assertEquals("linear", svc.getEntanglement());
        assertEquals("ry", svc.getRotation());
        assertArrayEquals(new String[] {"Z", "ZZ"}, svc.getPaulis());
        assertEquals("pi_minus", svc.getDataMap());
        assertEquals(1.0, svc.getBandwidth());
        Set<String> names = Arrays.stream(svc.params()).map(Param::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("featuresCol", "labelCol", "predictionCol", "rawPredictionCol", "c", "tol",
                "maxIter", "maxTrainRows", "tileSize", "featureMap", "reps", "entanglement", "rotation", "paulis",
                "dataMap", "bandwidth")), names);
        for (Param<?> p : svc.params()) {
            assertTrue(svc.hasDefault(p), p.name() + " has a default");
            assertEquals(svc.uid(), p.parent());
        }
        assertTrue(svc.explainParams().contains("maxTrainRows"));
    }

    @Test
    void settersReturnThisAndSetTheValue() {
        QuantumKernelSVC svc = new QuantumKernelSVC();
        assertSame(svc, svc.setFeaturesCol("f").setLabelCol("y").setPredictionCol("p").setRawPredictionCol("r")
                .setC(2.5).setTol(1e-4).setMaxIter(50).setMaxTrainRows(10).setTileSize(16).setFeatureMap("pauli")
                .setReps(1).setEntanglement("full").setRotation("rx").setPaulis(new String[] {"X", "ZZ"})
                .setDataMap("product").setBandwidth(0.5));
        assertEquals("f", svc.getFeaturesCol());
        assertEquals("y", svc.getLabelCol());
        assertEquals("p", svc.getPredictionCol());
        assertEquals("r", svc.getRawPredictionCol());
        assertEquals(2.5, svc.getC());
        assertEquals(1e-4, svc.getTol());
        assertEquals(50, svc.getMaxIter());
        assertEquals(10, svc.getMaxTrainRows());
        assertEquals(16, svc.getTileSize());
        assertEquals("pauli", svc.getFeatureMap());
        assertEquals(1, svc.getReps());
        assertEquals("full", svc.getEntanglement());
        assertEquals("rx", svc.getRotation());
        assertArrayEquals(new String[] {"X", "ZZ"}, svc.getPaulis());
        assertEquals("product", svc.getDataMap());
        assertEquals(0.5, svc.getBandwidth());
        assertEquals(4, svc.kernelFor(4).featureMap().numQubits());
    }

    static Stream<Function<QuantumKernelSVC, ?>> invalidSettings() {
        return Stream.of(s -> s.setC(0), s -> s.setC(-1), s -> s.setC(Double.POSITIVE_INFINITY), s -> s.setC(Double.NaN),
                s -> s.setTol(0), s -> s.setTol(Double.POSITIVE_INFINITY), s -> s.setMaxIter(0), s -> s.setMaxTrainRows(1),
                s -> s.setTileSize(0), s -> s.setFeatureMap("qaoa"), s -> s.setReps(0), s -> s.setRotation("rw"),
                s -> s.setDataMap("sum"), s -> s.setBandwidth(0));
    }

    @ParameterizedTest
    @MethodSource("invalidSettings")
    void invalidValuesAreRejected(Function<QuantumKernelSVC, ?> setting) {
        assertThrows(IllegalArgumentException.class, () -> setting.apply(new QuantumKernelSVC()));
    }

    @Test
    void uidHasThePrefixAndCopyKeepsItWithExtraParamsApplied() {
        QuantumKernelSVC svc = new QuantumKernelSVC().setC(3.0);
        assertTrue(svc.uid().startsWith("qsvc_"), svc.uid());
        assertTrue(!svc.uid().equals(new QuantumKernelSVC().uid()));
        assertEquals("qsvc_fixed", new QuantumKernelSVC("qsvc_fixed").uid());

        QuantumKernelSVC same = svc.copy(ParamMap.empty());
        assertNotSame(svc, same);
        assertEquals(svc.uid(), same.uid());
        assertEquals(3.0, same.getC());
        QuantumKernelSVC changed = svc.copy(new ParamMap().put(svc.tol(), 1e-5));
        assertEquals(1e-5, changed.getTol());
        assertEquals(1e-3, svc.getTol(), "the original is unchanged");
        assertEquals(changed.uid(), changed.tol().parent());
    }

    @Test
    void schemaChecksNameTheColumnAndTheFix() {
        QuantumKernelSVC svc = new QuantumKernelSVC();
        StructType good = new StructType().add("features", SQLDataTypes.VectorType()).add("label", DataTypes.IntegerType);
        StructType out = svc.transformSchema(good);
        assertEquals(SQLDataTypes.VectorType(), out.apply("rawPrediction").dataType());
        assertEquals(DataTypes.DoubleType, out.apply("prediction").dataType());

        assertMessage(() -> svc.transformSchema(new StructType().add("label", DataTypes.DoubleType)), "featuresCol");
        assertMessage(() -> svc.transformSchema(new StructType().add("features", DataTypes.StringType)
                .add("label", DataTypes.DoubleType)), "must be a Vector");
        assertMessage(() -> svc.transformSchema(new StructType().add("features", SQLDataTypes.VectorType())
                .add("label", DataTypes.StringType)), "labelCol");
        assertMessage(() -> svc.transformSchema(good.add("prediction", DataTypes.DoubleType)), "already exists");
        assertMessage(() -> svc.setRawPredictionCol("prediction").transformSchema(good), "different names");
    }

    @Test
    void modelSchemaCarriesTheClassCountOnThePrediction() {
        SvcTestData.Split data = SvcTestData.blobs(4, 1, 5).train();
        QuantumKernelSVCModel model = new QuantumKernelSVC().setFeatureMap("angle").fit(data.frame());
        StructType out = model.transformSchema(data.frame().schema());
        NominalAttribute attr = (NominalAttribute) org.apache.spark.ml.attribute.Attribute
                .fromStructField(out.apply("prediction"));
        assertEquals(3, (int) attr.getNumValues().get());
        assertEquals(out, model.transform(data.frame()).schema());
    }

    @Test
    void fitRefusesMoreRowsThanMaxTrainRowsAndBadLabels() {
        Dataset<Row> frame = SvcTestData.adHoc(3).train().frame(); // 40 rows
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuantumKernelSVC().setMaxTrainRows(39).fit(frame));
        assertTrue(e.getMessage().contains("maxTrainRows = 39"), e.getMessage());
        assertEquals(2, new QuantumKernelSVC().setMaxTrainRows(40).fit(frame).numClasses(), "exactly the cap fits");

        Dataset<Row> half = frame.withColumn("label", frame.col("label").plus(0.5));
        assertMessage(() -> new QuantumKernelSVC().fit(half), "class indices");
        Dataset<Row> oneClass = frame.filter("label = 0");
        assertMessage(() -> new QuantumKernelSVC().fit(oneClass), "numClasses");
        Dataset<Row> missingClass = frame.withColumn("label", frame.col("label").multiply(2));
        assertMessage(() -> new QuantumKernelSVC().fit(missingClass), "class 1 has no training points");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable run, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run);
        assertTrue(e.getMessage().contains(part), "message should mention '" + part + "': " + e.getMessage());
    }
}
