package io.hqml.spark.ml.feature;

import static io.hqml.spark.ml.feature.Frames.assertRows;
import static io.hqml.spark.ml.feature.Frames.assertSameParams;
import static io.hqml.spark.ml.feature.Frames.column;
import static io.hqml.spark.ml.feature.Frames.vectors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AngleScaler / AngleScalerModel, tested as MLlib tests its stages. */
class AngleScalerTest {
    private static final double PI = Math.PI;

    /** Feature 0 spans [0, 5], feature 1 [10, 20], feature 2 is constant 7. */
    private static Dataset<Row> training() {
        return vectors("features", 2, new double[] {0, 10, 7}, new double[] {5, 20, 7}, new double[] {2.5, 15, 7});
    }

    @Test
    void defaultsAndUid() {
        AngleScaler s = new AngleScaler();
        assertTrue(s.uid().startsWith("angleScaler_"), s.uid());
        assertEquals("features", s.getInputCol());
        assertEquals("angles", s.getOutputCol());
        assertEquals(0.0, s.getLower());
        assertEquals(PI, s.getUpper());
        assertEquals(1.0, s.getBandwidth());
        assertEquals(5, s.params().length, "inputCol, outputCol, lower, upper, bandwidth");
    }

    @Test
    void settersReturnThisAndInvalidValuesAreRejected() {
        AngleScaler s = new AngleScaler();
        assertSame(s, s.setInputCol("x").setOutputCol("y").setLower(-1).setUpper(1).setBandwidth(2));
        assertEquals("x", s.getInputCol());
        assertEquals(-1.0, s.getLower());
        assertEquals(2.0, s.getBandwidth());
        assertThrows(IllegalArgumentException.class, () -> s.setBandwidth(0));
        assertThrows(IllegalArgumentException.class, () -> s.setBandwidth(-1));
        assertThrows(IllegalArgumentException.class, () -> s.setBandwidth(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> s.setLower(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.setUpper(Double.NEGATIVE_INFINITY));

        AngleScaler reversed = new AngleScaler().setLower(2).setUpper(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reversed.fit(training()));
        assertTrue(e.getMessage().contains("lower < upper"), e.getMessage());
        AngleScaler equal = new AngleScaler().setLower(1).setUpper(1);
        assertThrows(IllegalArgumentException.class, () -> equal.transformSchema(training().schema()));
    }

    @Test
    void schemaIsChecked() {
        Dataset<Row> data = training();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new AngleScaler().setInputCol("nope").fit(data));
        assertTrue(missing.getMessage().contains("'nope' is not in the data"), missing.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> new AngleScaler().setInputCol("id").fit(data));
        assertTrue(type.getMessage().contains("not Vector"), type.getMessage());
        IllegalArgumentException exists = assertThrows(IllegalArgumentException.class,
                () -> new AngleScaler().setOutputCol("id").fit(data));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());

        StructType out = new AngleScaler().fit(data).transformSchema(data.schema());
        assertEquals(3, AttributeGroup.fromStructField(out.apply("angles")).size(), "output records its size");
        Dataset<Row> empty = data.filter("id < 0");
        assertThrows(IllegalArgumentException.class, () -> new AngleScaler().fit(empty));
    }

    @Test
    void copyKeepsUidAndParamsAndAppliesExtras() {
        AngleScaler s = new AngleScaler().setBandwidth(3);
        AngleScaler c = s.copy(ParamMap.empty());
        assertNotSame(s, c);
        assertEquals(s.uid(), c.uid());
        assertEquals(3.0, c.getBandwidth());
        AngleScaler extra = s.copy(new ParamMap().put(s.upper(), 1.0));
        assertEquals(1.0, extra.getUpper());
        assertEquals(PI, s.getUpper(), "the original is unchanged");

        AngleScalerModel m = s.fit(training());
        assertEquals(s.uid(), m.uid());
        assertSame(s, m.parent());
        assertEquals(3.0, m.getBandwidth(), "fit copies the estimator's params");
        AngleScalerModel mc = m.copy(new ParamMap().put(m.bandwidth(), 1.0));
        assertEquals(m.uid(), mc.uid());
        assertSame(s, mc.parent());
        assertArrayEquals(m.originalMin().toArray(), mc.originalMin().toArray());
        assertEquals(1.0, mc.getBandwidth());
    }

    @Test
    void fitsMinMaxAndScalesByHand() {
        AngleScalerModel m = new AngleScaler().fit(training());
        assertArrayEquals(new double[] {0, 10, 7}, m.originalMin().toArray());
        assertArrayEquals(new double[] {5, 20, 7}, m.originalMax().toArray());
        // Min-max to [0, pi]; the constant feature maps to the middle, pi/2.
        assertRows(new double[][] {{0, 0, PI / 2}, {PI, PI, PI / 2}, {PI / 2, PI / 2, PI / 2}},
                column(m.transform(training()), "angles"), 1e-15);

        // [lower, upper] = [-1, 1], then times bandwidth 2: [-2, 2], middle 0.
        AngleScalerModel wide = new AngleScaler().setLower(-1).setUpper(1).setBandwidth(2).fit(training());
        assertRows(new double[][] {{-2, -2, 0}, {2, 2, 0}, {0, 0, 0}}, column(wide.transform(training()), "angles"), 1e-15);

        // Outside the training range: extrapolated, not clipped; null vectors stay null.
        Dataset<Row> later = vectors("features", 1, new double[] {10, 0, 1}, null);
        assertRows(new double[][] {{2 * PI, -PI, PI / 2}, null}, column(m.transform(later), "angles"), 1e-15);
        Dataset<Row> narrow = vectors("features", 1, new double[] {1, 2});
        assertThrows(Exception.class, () -> m.transform(narrow).collectAsList(), "rows of another size fail");
    }

    @Test
    void nullVectorsAreIgnoredWhenFitting() {
        Dataset<Row> data = vectors("features", 2, new double[] {1}, null, new double[] {3});
        AngleScalerModel m = new AngleScaler().fit(data);
        assertArrayEquals(new double[] {1}, m.originalMin().toArray());
        assertArrayEquals(new double[] {3}, m.originalMax().toArray());
    }

    @Test
    void estimatorAndModelSaveAndLoad(@TempDir Path dir) throws IOException {
        AngleScaler s = new AngleScaler().setInputCol("features").setOutputCol("theta").setLower(-PI).setBandwidth(0.5);
        s.save(dir.resolve("estimator").toString());
        AngleScaler loadedEstimator = AngleScaler.load(dir.resolve("estimator").toString());
        assertSameParams(s, loadedEstimator);

        AngleScalerModel m = s.fit(training());
        m.write().overwrite().save(dir.resolve("model").toString());
        AngleScalerModel loaded = AngleScalerModel.load(dir.resolve("model").toString());
        assertSameParams(m, loaded);
        assertArrayEquals(m.originalMin().toArray(), loaded.originalMin().toArray());
        assertArrayEquals(m.originalMax().toArray(), loaded.originalMax().toArray());
        assertRows(column(m.transform(training()), "theta"), column(loaded.transform(training()), "theta"), 0.0);
        assertEquals(DataTypes.IntegerType, loaded.transform(training()).schema().apply("id").dataType());
    }
}
