package io.hqml.spark.ml.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny DataFrames of (id, vector) rows for the feature-stage tests, and exact comparisons of their output. */
@SuppressWarnings("unchecked")
final class Frames {
    private Frames() {
    }

    /** Rows {@code (id = index, column = vectors[index])}; a null entry gives a null vector. */
    static Dataset<Row> vectors(String column, int partitions, double[]... vectors) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            rows.add(RowFactory.create(i, vectors[i] == null ? null : Vectors.dense(vectors[i])));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType, false)
                .add(column, SQLDataTypes.VectorType(), true);
        return SparkTestSession.get().createDataFrame(rows, schema).repartition(partitions);
    }

    /** The vectors of {@code column} ordered by id; null entries for null vectors. */
    static double[][] column(Dataset<Row> data, String column) {
        List<Row> rows = data.orderBy("id").select(column).collectAsList();
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).isNullAt(0) ? null : ((Vector) rows.get(i).get(0)).toArray();
        }
        return out;
    }

    /** Same uid, and every param set or defaulted alike with deeply equal values. */
    static void assertSameParams(Params expected, Params actual) {
        assertEquals(expected.uid(), actual.uid());
        assertEquals(expected.params().length, actual.params().length);
        for (Param<?> p : expected.params()) {
            Param<Object> q = (Param<Object>) actual.getParam(p.name());
            assertEquals(expected.isSet(p), actual.isSet(q), p.name() + " set");
            assertEquals(expected.hasDefault(p), actual.hasDefault(q), p.name() + " default");
            assertTrue(Objects.deepEquals(expected.getOrDefault(p), actual.getOrDefault(q)), p.name() + " value");
        }
    }

    static void assertRows(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertNull(actual[i], "row " + i);
                continue;
            }
            assertEquals(expected[i].length, actual[i].length, "row " + i + " length");
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], tolerance, "row " + i + ", value " + j);
            }
        }
    }
}
