package io.hqml.spark.ml.feature;

import java.util.Arrays;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schema checks the feature stages share; every failure is an {@link IllegalArgumentException} naming the fix. */
final class VectorColumns {
    /** The vector size is not recorded in the column's ML attribute metadata. */
    static final int UNKNOWN_SIZE = -1;

    private VectorColumns() {
    }

    /** The field of {@code column}, which must exist and hold {@code Vector}s. */
    static StructField requireVector(StructType schema, String column, String stage) {
        if (!Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException(stage + " input column '" + column + "' is not in the data "
                    + Arrays.toString(schema.fieldNames()) + "; set inputCol to a Vector column (e.g. from VectorAssembler)");
        }
        StructField field = schema.apply(column);
        if (!field.dataType().equals(SQLDataTypes.VectorType())) {
            throw new IllegalArgumentException(stage + " input column '" + column + "' has type "
                    + field.dataType().catalogString() + ", not Vector; assemble the features with VectorAssembler first");
        }
        return field;
    }

    static void requireAbsent(StructType schema, String column, String stage) {
        if (Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException(stage + " output column '" + column
                    + "' already exists; set outputCol to a new name");
        }
    }

    /** The vector size recorded in the field's ML attribute metadata, or {@link #UNKNOWN_SIZE}. */
    static int knownSize(StructField vectorField) {
        return AttributeGroup.fromStructField(vectorField).size();
    }

    /** {@code schema} plus a nullable vector column, its size recorded when known (as MLlib stages do). */
    static StructType append(StructType schema, String column, int size) {
        AttributeGroup group = size == UNKNOWN_SIZE ? new AttributeGroup(column) : new AttributeGroup(column, size);
        return schema.add(new StructField(column, SQLDataTypes.VectorType(), true, group.toMetadata()));
    }

    /** Re-attaches the column metadata (ML attributes) that the row encoder of {@code mapPartitions} drops. */
    static Dataset<Row> withMetadata(Dataset<Row> data, StructType schema) {
        Column[] cols = new Column[schema.size()];
        for (int i = 0; i < cols.length; i++) {
            StructField f = schema.fields()[i];
            cols[i] = data.col("`" + f.name().replace("`", "``") + "`").as(f.name(), f.metadata());
        }
        return data.select(cols);
    }
}
