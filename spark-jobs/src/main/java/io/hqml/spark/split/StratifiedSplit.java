package io.hqml.spark.split;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.hqml.spark.ingest.IngestedData;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Stage 2, split: a seeded, exactly stratified train/test split. Within each class, rows are ordered by
 * a hash of (row id, seed) and the first {@code round(n_c * testFraction)} (at least 1, at most
 * {@code n_c - 1}) go to test. The result depends only on the rows, the fraction and the seed: not on
 * partitioning, task retries or the number of executors (unlike {@code randomSplit}).
 */
public final class StratifiedSplit {
    public static final String SPLIT = "hqml_split";
    public static final String TRAIN = "train";
    public static final String TEST = "test";

    private StratifiedSplit() {
    }

    public static Dataset<Row> split(Dataset<Row> rows, double testFraction, long seed) {
        WindowSpec byClass = Window.partitionBy(IngestedData.LABEL);
        WindowSpec ordered = byClass.orderBy(col("hqml_key"), col(IngestedData.ROW_ID));
        Dataset<Row> keyed = rows
                .withColumn("hqml_key", xxhash64(col(IngestedData.ROW_ID), lit(seed)))
                .withColumn("hqml_class_n", count(lit(1)).over(byClass))
                .withColumn("hqml_rank", row_number().over(ordered));
        // Cast to int: round() of a double is a double, and the comparison below is exact on ints.
        var testCount = least(greatest(round(col("hqml_class_n").multiply(testFraction)).cast("long"), lit(1L)),
                col("hqml_class_n").minus(1));
        return keyed.withColumn(SPLIT, when(col("hqml_rank").leq(testCount), TEST).otherwise(TRAIN))
                .drop("hqml_key", "hqml_class_n", "hqml_rank");
    }
}
