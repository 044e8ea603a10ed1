package io.hqml.spark.kernel;

import io.hqml.quantum.kernel.BlockKernel;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Stage 5, assemble: a kernel matrix computed tile by tile on the executors. The driver sends the tile
 * coordinates; each task evaluates one tile with {@link BlockKernel#block}, so per-sample work (a
 * quantum state) is done once per sample of the tile, never per pair. For the training kernel only
 * tiles I <= J are computed; diagonal tiles use the symmetric path and off-diagonal tiles are mirrored.
 *
 * <p>The rows are broadcast once (N x qubits doubles, small next to the N x N result). The assembled
 * matrix lives on the driver, which is why the exact SVM caps the training rows (svm.maxTrainRows).
 */
public final class TiledKernel {
    private final JavaSparkContext sc;
    private final int tileSize;

    public TiledKernel(SparkSession spark, int tileSize) {
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.tileSize = tileSize;
    }

    /** Tiles computed by the last call (for lineage and progress). */
    private int lastTiles;

    public int lastTiles() {
        return lastTiles;
    }

    /** The symmetric training kernel {@code K[i][j] = k(x_i, x_j)}. */
    public double[][] symmetric(BlockKernel kernel, double[][] rows) {
        int n = rows.length;
        double[][] out = new double[n][n];
        for (KernelTile t : compute(kernel, rows, rows, upperPairs(n), true)) {
            place(t, out, true);
        }
        return out;
    }

    /** The cross kernel {@code K[i][j] = k(a_i, b_j)}, e.g. test rows against training rows. */
    public double[][] cross(BlockKernel kernel, double[][] a, double[][] b) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.length; i += tileSize) {
            for (int j = 0; j < b.length; j += tileSize) {
                pairs.add(new int[] {i, j});
            }
        }
        double[][] out = new double[a.length][b.length];
        for (KernelTile t : compute(kernel, a, b, pairs, false)) {
            place(t, out, false);
        }
        return out;
    }

    /**
     * The tiles of a kernel as a distributed, lazy RDD: nothing reaches the driver unless the caller collects.
     * Closing the set releases the broadcast rows.
     */
    public final class TileSet implements AutoCloseable {
        private final JavaRDD<KernelTile> tiles;
        private final Broadcast<double[][]> rowsA;
        private final Broadcast<double[][]> rowsB;
        private final String previousDescription;

        private TileSet(JavaRDD<KernelTile> tiles, Broadcast<double[][]> rowsA, Broadcast<double[][]> rowsB,
                        String previousDescription) {
            this.tiles = tiles;
            this.rowsA = rowsA;
            this.rowsB = rowsB;
            this.previousDescription = previousDescription;
        }

        public JavaRDD<KernelTile> tiles() {
            return tiles;
        }

        @Override
        public void close() {
            sc.setJobDescription(previousDescription);
            rowsA.destroy();
            if (rowsB != rowsA) {
                rowsB.destroy();
            }
        }
    }

    /** Tiles I <= J of the symmetric kernel of {@code rows}, kept on the executors. */
    public TileSet symmetricTiles(BlockKernel kernel, double[][] rows) {
        return tiles(kernel, rows, rows, upperPairs(rows.length), true);
    }

    private List<int[]> upperPairs(int n) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i += tileSize) {
            for (int j = i; j < n; j += tileSize) {
                pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    private List<KernelTile> compute(BlockKernel kernel, double[][] a, double[][] b, List<int[]> pairs,
                                     boolean symmetric) {
        if (pairs.isEmpty()) {
            lastTiles = 0;
            return List.of();
        }
        try (TileSet set = tiles(kernel, a, b, pairs, symmetric)) {
            return set.tiles().collect();
        }
    }

    private TileSet tiles(BlockKernel kernel, double[][] a, double[][] b, List<int[]> pairs, boolean symmetric) {
        lastTiles = pairs.size();
        // Users watching the Spark UI or the log see what the tasks are and how many there are.
        String previous = sc.getLocalProperty("spark.job.description");
        sc.setJobDescription("hqml kernel " + kernel.describe() + ": " + pairs.size() + " tiles of up to " + tileSize
                + " x " + tileSize + " (" + a.length + " x " + b.length + (symmetric ? ", upper triangle" : "") + ")");
        Broadcast<double[][]> rowsA = sc.broadcast(a);
        Broadcast<double[][]> rowsB = symmetric ? rowsA : sc.broadcast(b);
        int size = tileSize;
        // One tile per task (up to 10,000 tasks): tiles differ in cost (diagonal ones are half), and small
        // tasks let the scheduler balance them across cores.
        int slices = Math.min(pairs.size(), 10_000);
        // Global row offsets go with every tile so kernels that seed per entry (finite shots) give the
        // same values whatever the tile size.
        JavaRDD<KernelTile> rdd = sc.parallelize(pairs, slices).map(p -> {
            double[][] ra = slice(rowsA.value(), p[0], size);
            double[] values;
            if (symmetric && p[0] == p[1]) {
                values = new double[ra.length * ra.length];
                kernel.symmetricBlockAt(ra, p[0], values);
                return new KernelTile(p[0], ra.length, p[1], ra.length, values);
            }
            double[][] rb = slice(rowsB.value(), p[1], size);
            values = new double[ra.length * rb.length];
            if (symmetric) {
                kernel.gramBlockAt(ra, p[0], rb, p[1], values);
            } else {
                kernel.blockAt(ra, p[0], rb, p[1], values);
            }
            return new KernelTile(p[0], ra.length, p[1], rb.length, values);
        });
        return new TileSet(rdd, rowsA, rowsB, previous);
    }

    private static double[][] slice(double[][] rows, int start, int size) {
        int end = Math.min(rows.length, start + size);
        double[][] out = new double[end - start][];
        System.arraycopy(rows, start, out, 0, end - start);
        return out;
    }

    private static void place(KernelTile t, double[][] out, boolean mirror) {
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.cols(); j++) {
                double v = t.values()[i * t.cols() + j];
                out[t.rowStart() + i][t.colStart() + j] = v;
                if (mirror) {
                    out[t.colStart() + j][t.rowStart() + i] = v;
                }
            }
        }
    }
}
