package io.hqml.spark.kernel;

import io.hqml.quantum.kernel.BlockKernel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The full Gram matrix of N rows written as a Delta table {@code (i long, j long, value double)}, straight from
 * the executors: the driver never holds the matrix, so N is bounded by the cluster, not the driver. {@code i}
 * and {@code j} are 0-based positions of the rows in the input, as the lineage tables' {@code row_id}.
 *
 * <p>Only tiles {@code I <= J} are computed. By default ({@link Entries#FULL}) the table stores every entry,
 * the mirrored ones too, because that is what a query expects: {@code WHERE i = 7} is row 7 of the matrix and
 * a join on {@code (i, j)} works in either order, at twice the storage of one triangle. {@link Entries#UPPER}
 * stores {@code i <= j} only; readers then take {@code value} of {@code (min(a, b), max(a, b))}. One write
 * replaces the table's contents in a single Delta commit whose {@code userMetadata} names the kernel, the row
 * count and the entries stored. The tiles are computed before the write, in waves of Spark jobs whose
 * descriptions show the tiles done and the ETA, and kept serialized on the executors (memory, then disk) until
 * the write has read them.
 */
public final class GramTable {
    public static final StructType SCHEMA = new StructType()
            .add("i", DataTypes.LongType, false)
            .add("j", DataTypes.LongType, false)
            .add("value", DataTypes.DoubleType, false);

    /** Which entries a table holds. */
    public enum Entries {
        /** Every (i, j), both triangles. */
        FULL,
        /** (i, j) with i <= j only. */
        UPPER;

        public static Entries parse(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    private GramTable() {
    }

    /** Entries a table of {@code n} rows holds. */
    public static long entries(long n, Entries entries) {
        return entries == Entries.FULL ? n * n : n * (n + 1) / 2;
    }

    /** Computes and writes the kernel of {@code rows} to the Delta table at {@code path}; returns the entries written. */
    public static long write(SparkSession spark, TiledKernel tiles, BlockKernel kernel, double[][] rows, String path,
                             Entries entries) {
        try (TiledKernel.TileSet set = tiles.symmetricTiles(kernel, rows)) {
            boolean full = entries == Entries.FULL;
            // Tiles first, in waves whose Spark job descriptions show the progress; then one write job.
            JavaRDD<Row> values = set.materialize().flatMap(t -> rowsOf(t, full));
            spark.createDataFrame(values, SCHEMA).write().format("delta").mode("overwrite")
                    .option("overwriteSchema", "true")
                    .option("userMetadata", "hqml kernel " + kernel.describe() + " rows=" + rows.length + " tileSize="
                            + set.tileSize() + " entries=" + entries.name().toLowerCase(Locale.ROOT))
                    .save(path);
        }
        return entries(rows.length, entries);
    }

    /** The table rows of one upper-triangle tile: its entries, and their mirror images when {@code full}. */
    static Iterator<Row> rowsOf(KernelTile t, boolean full) {
        boolean diagonal = t.rowStart() == t.colStart();
        List<Row> out = new ArrayList<>(t.rows() * t.cols() * (full && !diagonal ? 2 : 1));
        for (int r = 0; r < t.rows(); r++) {
            long i = t.rowStart() + r;
            for (int c = 0; c < t.cols(); c++) {
                long j = t.colStart() + c;
                if (diagonal && j < i && !full) {
                    continue;
                }
                double v = t.values()[r * t.cols() + c];
                out.add(RowFactory.create(i, j, v));
                if (full && !diagonal) {
                    out.add(RowFactory.create(j, i, v));
                }
            }
        }
        return out.iterator();
    }
}
