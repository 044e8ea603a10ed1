package io.hqml.spark.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hqml.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DatasetHashTest {
    private static final StructType SCHEMA = new StructType().add("label", DataTypes.StringType)
            .add("x", DataTypes.DoubleType).add("y", DataTypes.DoubleType);

    private static Dataset<Row> frame(List<Row> rows, int partitions) {
        return SparkTestSession.get().createDataFrame(rows, SCHEMA).repartition(partitions);
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(RowFactory.create(String.valueOf(i % 2), i * 0.5, i * -1.25));
        }
        return rows;
    }

    @Test
    void orderAndPartitioningDoNotMatterContentDoes() {
        List<String> cols = List.of("label", "x", "y");
        String base = DatasetHash.of(frame(rows(), 1), cols);
        List<Row> shuffled = rows();
        Collections.shuffle(shuffled, new java.util.Random(4));
        assertEquals(base, DatasetHash.of(frame(shuffled, 3), cols));

        List<Row> changed = rows();
        changed.set(17, RowFactory.create("1", 8.5, -21.250000001));
        assertNotEquals(base, DatasetHash.of(frame(changed, 1), cols));

        List<Row> duplicated = rows();
        duplicated.add(duplicated.get(0));
        assertNotEquals(base, DatasetHash.of(frame(duplicated, 1), cols));
        assertNotEquals(base, DatasetHash.of(frame(rows(), 1), List.of("label", "y", "x")));
    }
}
