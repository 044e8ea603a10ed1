package io.hqml.spark.preprocess;

import io.hqml.spark.ingest.IngestedData;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One split's preprocessed rows on the driver, ordered by row id: ids, class indices and angle vectors.
 * N x qubits doubles: small even when the kernel is not.
 */
public record PreparedRows(long[] rowIds, int[] classes, double[][] angles) {

    public int size() {
        return rowIds.length;
    }

    public static PreparedRows collect(Dataset<Row> transformed) {
        List<Row> rows = transformed.select(IngestedData.ROW_ID, PreprocessingPipeline.CLASS, PreprocessingPipeline.ANGLES)
                .orderBy(IngestedData.ROW_ID).collectAsList();
        long[] ids = new long[rows.size()];
        int[] classes = new int[rows.size()];
        double[][] angles = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ids[i] = r.getLong(0);
            classes[i] = (int) r.getDouble(1);
            angles[i] = ((Vector) r.get(2)).toArray();
        }
        return new PreparedRows(ids, classes, angles);
    }
}
