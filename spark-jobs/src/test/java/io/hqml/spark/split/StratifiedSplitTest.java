package io.hqml.spark.split;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hqml.spark.SparkTestSession;
import io.hqml.spark.ingest.IngestedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {
    private final SparkSession spark = SparkTestSession.get();

    /** 60 rows of class a, 30 of b, 7 of c. */
    private Dataset<Row> rows() {
        List<Row> rows = new ArrayList<>();
        long id = 0;
        for (Object[] cls : new Object[][] {{"a", 60}, {"b", 30}, {"c", 7}}) {
            for (int i = 0; i < (int) cls[1]; i++) {
                rows.add(RowFactory.create(id++, cls[0], (double) i));
            }
        }
        StructType schema = new StructType().add(IngestedData.ROW_ID, DataTypes.LongType)
                .add(IngestedData.LABEL, DataTypes.StringType).add("x", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema);
    }

    private static Map<String, Long> testCounts(Dataset<Row> split) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : split.filter(col(StratifiedSplit.SPLIT).equalTo("test")).groupBy(IngestedData.LABEL).count().collectAsList()) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    private static List<Long> testIds(Dataset<Row> split) {
        return split.filter(col(StratifiedSplit.SPLIT).equalTo("test")).orderBy(IngestedData.ROW_ID)
                .select(IngestedData.ROW_ID).as(org.apache.spark.sql.Encoders.LONG()).collectAsList();
    }

    @Test
    void everyClassIsSplitInExactProportion() {
        // round(60*0.25)=15, round(30*0.25)=8 (7.5 rounds half up), round(7*0.25)=2
        assertEquals(Map.of("a", 15L, "b", 8L, "c", 2L), testCounts(StratifiedSplit.split(rows(), 0.25, 7)));
    }

    @Test
    void sameSeedSameSplitWhateverThePartitioning() {
        List<Long> once = testIds(StratifiedSplit.split(rows(), 0.25, 7));
        List<Long> repartitioned = testIds(StratifiedSplit.split(rows().repartition(5), 0.25, 7));
        assertEquals(once, repartitioned);
        assertNotEquals(once, testIds(StratifiedSplit.split(rows(), 0.25, 8)));
    }

    @Test
    void smallClassesKeepOneRowOnEachSide() {
        Map<String, Long> counts = testCounts(StratifiedSplit.split(rows(), 0.01, 1));
        assertEquals(Map.of("a", 1L, "b", 1L, "c", 1L), counts);
        Map<String, Long> most = testCounts(StratifiedSplit.split(rows(), 0.99, 1));
        assertEquals(Map.of("a", 59L, "b", 29L, "c", 6L), most);
    }
}
