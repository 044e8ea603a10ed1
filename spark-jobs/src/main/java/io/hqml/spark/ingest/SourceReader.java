package io.hqml.spark.ingest;

import io.hqml.quantum.data.AdHocDataset;
import io.hqml.quantum.data.Circles;
import io.hqml.quantum.data.LabeledPoints;
import io.hqml.quantum.data.Moons;
import io.hqml.spark.config.DataConfig;
import io.hqml.spark.errors.HqmlErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Reads the raw rows named by {@code data:}: a CSV, Parquet or Delta path, or a generated data set. */
public final class SourceReader {
    private SourceReader() {
    }

    public static Dataset<Row> read(SparkSession spark, DataConfig data) {
        if (data.isGenerated()) {
            return generated(spark, data);
        }
        checkExists(spark, data.path);
        try {
            return switch (data.format) {
                case "csv" -> spark.read().option("header", "true").option("inferSchema", "true")
                        .option("mode", "FAILFAST").csv(data.path);
                case "parquet" -> spark.read().parquet(data.path);
                default -> spark.read().format("delta").load(data.path);
            };
        } catch (RuntimeException e) {
            throw HqmlErrors.dataUnreadable(data.path, data.format, firstLine(e), e);
        }
    }

    /** The generator's rows; its own train/test designation is not used (the job splits, stratified). */
    static Dataset<Row> generated(SparkSession spark, DataConfig data) {
        DataConfig.GeneratorConfig g = data.generator;
        LabeledPoints points;
        try {
            points = switch (data.format) {
                case "adhoc" -> AdHocDataset.generate(g.qubits, g.gap, g.trainPerClass, g.testPerClass, g.seed);
                case "moons" -> Moons.generate(g.samples, g.noise, g.seed);
                default -> Circles.generate(g.samples, g.noise, g.factor, g.seed);
            };
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidConfig("data.generator", "is invalid: " + e.getMessage(), "fix the generator settings");
        }
        return toFrame(spark, points, data.label);
    }

    public static Dataset<Row> toFrame(SparkSession spark, LabeledPoints points, String labelColumn) {
        List<StructField> fields = new ArrayList<>();
        for (String name : points.featureNames()) {
            fields.add(DataTypes.createStructField(name, DataTypes.DoubleType, false));
        }
        fields.add(DataTypes.createStructField(labelColumn, DataTypes.IntegerType, false));
        List<Row> rows = new ArrayList<>(points.labels().length);
        for (int i = 0; i < points.labels().length; i++) {
            Object[] values = new Object[fields.size()];
            for (int f = 0; f < points.featureNames().length; f++) {
                values[f] = points.features()[i][f];
            }
            values[values.length - 1] = points.labels()[i];
            rows.add(RowFactory.create(values));
        }
        // One partition keeps source order, so row ids are the generator's order.
        return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))).coalesce(1);
    }

    private static void checkExists(SparkSession spark, String uri) {
        try {
            Path path = new Path(uri);
            if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
                throw HqmlErrors.dataMissing(uri);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw HqmlErrors.dataMissing(uri);
        }
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
