package io.hqml.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.hqml.spark.config.DataConfig;
import io.hqml.spark.errors.HqmlErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Stage 1, ingest: reads the source, checks it (columns exist, features numeric and finite, labels
 * present, at least two classes, each class big enough to split), assigns stable row ids and hashes
 * the content. Every check runs before anything is written anywhere.
 */
public final class DatasetIngest {
    private DatasetIngest() {
    }

    public static IngestedData load(SparkSession spark, DataConfig data) {
        Dataset<Row> raw = SourceReader.read(spark, data);
        List<String> available = Arrays.asList(raw.columns());
        if (!available.contains(data.label)) {
            throw HqmlErrors.columnMissing("label", data.label, available);
        }
        List<String> features = data.features.isEmpty()
                ? available.stream().filter(c -> !c.equals(data.label)).toList()
                : data.features;
        if (features.isEmpty()) {
            throw HqmlErrors.invalidConfig("data.features", "selects no column", "list at least one feature column");
        }
        // Before type checks: a header-only CSV infers every column as string.
        if (raw.isEmpty()) {
            throw HqmlErrors.emptyData(data.uri());
        }
        StructType schema = raw.schema();
        for (String f : features) {
            if (!available.contains(f)) {
                throw HqmlErrors.columnMissing("feature", f, available);
            }
            StructField field = schema.apply(f);
            if (!(field.dataType() instanceof NumericType)) {
                throw HqmlErrors.nonNumericFeature(f, field.dataType().simpleString());
            }
        }
        List<Column> projection = new ArrayList<>();
        projection.add(col("`" + data.label + "`").cast(DataTypes.StringType).as(IngestedData.LABEL));
        for (String f : features) {
            projection.add(col("`" + f + "`").cast(DataTypes.DoubleType).as(f));
        }
        Dataset<Row> projected = raw.select(projection.toArray(Column[]::new));
        checkValues(projected, features, data);
        List<String> classes = classes(projected, data.label);
        Dataset<Row> withIds = withRowIds(spark, projected).cache();
        List<String> hashed = new ArrayList<>();
        hashed.add(IngestedData.LABEL);
        hashed.addAll(features);
        String hash = DatasetHash.of(withIds, hashed);
        return new IngestedData(withIds, List.copyOf(features), classes, data.uri(), hash, withIds.count());
    }

    /** One pass: row count, rows with a null label, rows with a null / NaN / infinite feature. */
    private static void checkValues(Dataset<Row> rows, List<String> features, DataConfig data) {
        Column bad = lit(false);
        for (String f : features) {
            Column c = col("`" + f + "`");
            bad = bad.or(c.isNull()).or(c.isNaN()).or(c.equalTo(Double.POSITIVE_INFINITY))
                    .or(c.equalTo(Double.NEGATIVE_INFINITY));
        }
        Row r = rows.agg(count(lit(1)),
                sum(when(col(IngestedData.LABEL).isNull(), 1).otherwise(0)),
                sum(when(bad, 1).otherwise(0))).first();
        long n = r.getLong(0);
        if (n == 0) {
            throw HqmlErrors.emptyData(data.uri());
        }
        if (r.getLong(1) > 0) {
            throw HqmlErrors.nullLabels(r.getLong(1), data.label);
        }
        if (r.getLong(2) > 0) {
            throw HqmlErrors.nonFiniteFeatures(r.getLong(2), features);
        }
    }

    /** Distinct labels, numeric order when every label parses as a number, else lexicographic. */
    private static List<String> classes(Dataset<Row> rows, String labelName) {
        List<Row> counts = rows.groupBy(IngestedData.LABEL).count().collectAsList();
        List<String> classes = new ArrayList<>();
        for (Row r : counts) {
            classes.add(r.getString(0));
        }
        boolean numeric = classes.stream().allMatch(DatasetIngest::isNumber);
        classes.sort(numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder());
        if (classes.size() < 2) {
            throw HqmlErrors.oneClass(labelName, classes.get(0));
        }
        for (Row r : counts) {
            if (r.getLong(1) < 2) {
                throw HqmlErrors.classTooSmall(r.getString(0), r.getLong(1));
            }
        }
        return List.copyOf(classes);
    }

    /** zipWithIndex: ids follow the source order (file split order), independent of later partitioning. */
    private static Dataset<Row> withRowIds(SparkSession spark, Dataset<Row> rows) {
        StructType schema = new StructType().add(IngestedData.ROW_ID, DataTypes.LongType, false);
        for (StructField f : rows.schema().fields()) {
            schema = schema.add(f);
        }
        JavaRDD<Row> indexed = rows.javaRDD().zipWithIndex().map(t -> {
            Object[] values = new Object[t._1().size() + 1];
            values[0] = t._2();
            for (int i = 0; i < t._1().size(); i++) {
                values[i + 1] = t._1().get(i);
            }
            return RowFactory.create(values);
        });
        return spark.createDataFrame(indexed, schema);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
