package io.hqml.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * A content hash of the rows a run used, computed on the executors in one aggregation: the multiset of
 * rows (label and features, in column order) hashed with two independent row hashes, summed exactly as
 * decimals, then SHA-256 over the column names, row count and sums. Row order and partitioning do not
 * change it; any changed value, added or removed row does (up to hash collisions).
 */
public final class DatasetHash {
    private DatasetHash() {
    }

    public static String of(Dataset<Row> rows, List<String> columns) {
        Column[] cols = columns.stream().map(c -> col("`" + c + "`")).toArray(Column[]::new);
        Row agg = rows.select(
                        xxhash64(cols).cast(DataTypes.createDecimalType(38, 0)).as("h1"),
                        hash(cols).cast(DataTypes.createDecimalType(38, 0)).as("h2"))
                .agg(count(lit(1)), sum(col("h1")), sum(col("h2")))
                .first();
        String material = String.join(",", columns) + "|" + agg.get(0) + "|" + agg.get(1) + "|" + agg.get(2);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
