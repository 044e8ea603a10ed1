package io.hqml.spark.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Validated input: {@code rows} has {@link #ROW_ID} (stable, 0-based, in source order), {@link #LABEL}
 * (the class as text) and the feature columns as doubles, in {@code featureColumns} order.
 *
 * @param classes the distinct labels in sorted order (numeric order when all labels are numbers); a
 *     class's index in this list is the class index every model uses
 */
public record IngestedData(Dataset<Row> rows, List<String> featureColumns, List<String> classes, String uri,
                           String contentHash, long rowCount) {
    public static final String ROW_ID = "hqml_row_id";
    public static final String LABEL = "hqml_label";
}
