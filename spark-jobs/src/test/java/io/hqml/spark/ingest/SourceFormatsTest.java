package io.hqml.spark.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.config.DataConfig;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same rows read from CSV, Parquet and Delta ingest to the same columns, classes and content hash. */
class SourceFormatsTest {
    @TempDir
    Path dir;

    private static IngestedData ingest(String format, String path) {
        DataConfig data = new DataConfig();
        data.format = format;
        data.path = path;
        data.label = "label";
        return DatasetIngest.load(SparkTestSession.get(), data);
    }

    @Test
    void csvParquetAndDeltaIngestIdentically() {
        SparkSession spark = SparkTestSession.get();
        String csv = SparkTestSession.projectRoot().resolve("conf/data/iris.csv").toString();
        Dataset<Row> source = spark.read().option("header", "true").option("inferSchema", "true").csv(csv);
        String parquet = dir.resolve("iris.parquet").toString();
        String delta = dir.resolve("iris-delta").toString();
        source.coalesce(1).write().parquet(parquet);
        source.coalesce(1).write().format("delta").save(delta);

        IngestedData fromCsv = ingest("csv", csv);
        for (IngestedData other : List.of(ingest("parquet", parquet), ingest("delta", delta))) {
            assertEquals(fromCsv.contentHash(), other.contentHash());
            assertEquals(fromCsv.featureColumns(), other.featureColumns());
            assertEquals(fromCsv.classes(), other.classes());
            assertEquals(150, other.rowCount());
        }
        assertEquals(List.of("0", "1", "2"), fromCsv.classes());
    }
}
