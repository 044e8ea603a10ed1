package io.hqml.spark.lineage;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.spark.SparkTestSession;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse written before the Nystroem columns existed takes new runs; its old rows read them as null. */
class LineageSchemaEvolutionTest {
    private static final List<String> ADDED = List.of("nystroem_landmarks", "nystroem_selection", "nystroem_rank");

    @TempDir
    Path warehouse;

    private static Row row(StructType schema, String runId) {
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++) {
            StructField f = schema.fields()[i];
            values[i] = f.name().equals("run_id") ? runId : sample(f.dataType());
        }
        return RowFactory.create(values);
    }

    private static Object sample(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return "x";
        } else if (type.equals(DataTypes.IntegerType)) {
            return 3;
        } else if (type.equals(DataTypes.LongType)) {
            return 4L;
        } else if (type.equals(DataTypes.DoubleType)) {
            return 0.5;
        } else if (type.equals(DataTypes.TimestampType)) {
            return new Timestamp(0);
        } else if (type instanceof ArrayType) {
            return new String[] {"a"};
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    @Test
    void oldRunsTableGainsTheNystroemColumns() {
        SparkSession spark = SparkTestSession.get();
        StructType old = new StructType(java.util.Arrays.stream(LineageSchemas.RUNS_SCHEMA.fields())
                .filter(f -> !ADDED.contains(f.name())).toArray(StructField[]::new));
        String runs = warehouse.resolve(LineageSchemas.RUNS).toString();
        spark.createDataFrame(List.of(row(old, "old-run")), old).write().format("delta").save(runs);

        new LineageWriter(spark, warehouse.toString()).write("new-run", row(LineageSchemas.RUNS_SCHEMA, "new-run"),
                List.of(), List.of(), List.of());

        var table = spark.read().format("delta").load(runs);
        assertTrue(java.util.Arrays.asList(table.columns()).containsAll(ADDED));
        Row before = table.filter(col("run_id").equalTo("old-run")).first();
        Row after = table.filter(col("run_id").equalTo("new-run")).first();
        for (String column : ADDED) {
            assertTrue(before.isNullAt(before.fieldIndex(column)), column);
        }
        assertEquals(3, after.getInt(after.fieldIndex("nystroem_landmarks")));
        assertEquals("x", after.getString(after.fieldIndex("nystroem_selection")));
    }
}
