package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Delta Gram table holds exactly the local kernel matrix: every entry, or the upper triangle. */
class GramTableTest {
    @TempDir
    Path dir;

    private static final int N = 23;

    private static double[][] rows() {
        SplittableRandom rnd = new SplittableRandom(21);
        double[][] out = new double[N][3];
        for (double[] row : out) {
            for (int j = 0; j < 3; j++) {
                row[j] = rnd.nextDouble(0, 2 * Math.PI);
            }
        }
        return out;
    }

    /** Entries of the table as an N x N matrix (NaN where absent); fails on a duplicate (i, j). */
    private static double[][] read(SparkSession spark, String path) {
        double[][] k = new double[N][N];
        for (double[] row : k) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        List<Row> entries = spark.read().format("delta").load(path).select("i", "j", "value").collectAsList();
        for (Row r : entries) {
            int i = (int) r.getLong(0), j = (int) r.getLong(1);
            assertTrue(Double.isNaN(k[i][j]), "(" + i + ", " + j + ") written twice");
            k[i][j] = r.getDouble(2);
        }
        return k;
    }

    @Test
    void fullAndUpperTablesEqualTheLocalKernel() {
        SparkSession spark = SparkTestSession.get();
        FidelityKernel kernel = new FidelityKernel(new ZZFeatureMap(3, 2, Entanglement.FULL));
        double[][] x = rows();
        double[] local = new double[N * N];
        kernel.block(x, x, local);
        TiledKernel tiles = new TiledKernel(spark, 5);

        String full = dir.resolve("full").toString();
        assertEquals((long) N * N, GramTable.write(spark, tiles, kernel, x, full, GramTable.Entries.FULL));
        double[][] k = read(spark, full);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                // Tiles and the direct block form each entry from the same states; a mirrored entry can differ
                // from the transposed direct one in the last bit (see FidelityGram).
                assertEquals(local[i * N + j], k[i][j], 1e-15, "(" + i + ", " + j + ")");
                assertEquals(k[i][j], k[j][i], 0.0, "mirrored exactly");
            }
        }

        String upper = dir.resolve("upper").toString();
        assertEquals((long) N * (N + 1) / 2, GramTable.write(spark, tiles, kernel, x, upper, GramTable.Entries.UPPER));
        double[][] u = read(spark, upper);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                if (j < i) {
                    assertTrue(Double.isNaN(u[i][j]), "lower entry (" + i + ", " + j + ") stored");
                } else {
                    assertEquals(k[i][j], u[i][j], 0.0);
                }
            }
        }
        assertEquals((long) N * (N + 1) / 2, spark.read().format("delta").load(upper).count());
        String meta = spark.sql("DESCRIBE HISTORY delta.`" + upper + "`").select("userMetadata").first().getString(0);
        assertTrue(meta.contains("rows=23") && meta.contains("entries=upper"), meta);
    }
}
