package io.hqml.spark.kernel;

import io.hqml.quantum.kernel.BlockKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 5, assemble: a kernel matrix computed tile by tile on the executors. The driver sends the tile
 * coordinates; each task evaluates one tile with {@link BlockKernel#block}, so per-sample work (a
 * quantum state) is done once per sample of the tile, never per pair. For the training kernel only
 * tiles I <= J are computed; diagonal tiles use the symmetric path and off-diagonal tiles are mirrored.
 *
 * <p>The rows are broadcast once (N x qubits doubles, small next to the N x N result). {@link #symmetric} and
 * {@link #cross} assemble the matrix on the driver, which is why the exact SVM caps the training rows
 * (svm.maxTrainRows); {@link #symmetricTiles} keeps the tiles on the executors (e.g. for {@link GramTable}).
 *
 * <p>The tile size is the configured one, lowered when a task's working set would not fit its share of
 * executor memory ({@link TileSizing}). Progress (tiles done of the total, elapsed, ETA) is logged at INFO at
 * most every {@code spark.hqml.kernel.progressIntervalSeconds} seconds (default 10) and when the last tile is
 * done ({@link TileProgress}); the Spark job description names the kernel, the tile count and the tile size.
 */
public final class TiledKernel {
    /** Spark conf key: seconds between progress lines in the log. */
    public static final String PROGRESS_INTERVAL_KEY = "spark.hqml.kernel.progressIntervalSeconds";
    private static final Logger LOG = LoggerFactory.getLogger(TiledKernel.class);
    /** How long closing a tile set waits for task-end events still on their way to the progress listener. */
    private static final long PROGRESS_DRAIN_MILLIS = 2000;

    private final JavaSparkContext sc;
    private final int tileSize;
    private final long taskBudget;
    private Consumer<ProgressMeter.Report> progressSink = r -> LOG.info(r.line());
    private long progressIntervalNanos;
    private int lastTiles;
    private int lastTileSize;

    public TiledKernel(SparkSession spark, int tileSize) {
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.tileSize = tileSize;
        SparkConf conf = sc.getConf();
        this.taskBudget = TileSizing.taskBudget(conf, sc.isLocal(), sc.defaultParallelism());
        this.progressIntervalNanos = (long) (conf.getDouble(PROGRESS_INTERVAL_KEY, 10.0) * 1e9);
    }

    /** Sends progress reports to {@code sink} at most every {@code intervalSeconds} (and the final one). */
    TiledKernel withProgress(Consumer<ProgressMeter.Report> sink, double intervalSeconds) {
        this.progressSink = sink;
        this.progressIntervalNanos = (long) (intervalSeconds * 1e9);
        return this;
    }

    /** Tiles computed by the last call (for lineage and progress). */
    public int lastTiles() {
        return lastTiles;
    }

    /** Tile size the last call used: the configured size, or less when memory required it. */
    public int lastTileSize() {
        return lastTileSize;
    }

    /** The tile size for rows of {@code features} values of {@code kernel} (see {@link TileSizing}). */
    int tileSizeFor(BlockKernel kernel, int features) {
        int size = TileSizing.fit(tileSize, TileSizing.bytesPerRow(kernel, features), taskBudget);
        if (size < tileSize) {
            LOG.info("hqml kernel {}: tiles of {} rows instead of {} so a task fits {} MiB of executor memory",
                    kernel.describe(), size, tileSize, taskBudget >> 20);
        }
        return size;
    }

    /** The symmetric training kernel {@code K[i][j] = k(x_i, x_j)}. */
    public double[][] symmetric(BlockKernel kernel, double[][] rows) {
        int n = rows.length;
        double[][] out = new double[n][n];
        int size = n == 0 ? tileSize : tileSizeFor(kernel, rows[0].length);
        for (KernelTile t : compute(kernel, rows, rows, upperPairs(n, size), true, size)) {
            place(t, out, true);
        }
        return out;
    }

    /** The cross kernel {@code K[i][j] = k(a_i, b_j)}, e.g. test rows against training rows. */
    public double[][] cross(BlockKernel kernel, double[][] a, double[][] b) {
        int size = a.length == 0 ? tileSize : tileSizeFor(kernel, a[0].length);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.length; i += size) {
            for (int j = 0; j < b.length; j += size) {
                pairs.add(new int[] {i, j});
            }
        }
        double[][] out = new double[a.length][b.length];
        for (KernelTile t : compute(kernel, a, b, pairs, false, size)) {
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
        private final TileProgress progress;
        private final int tileSize;

        private TileSet(JavaRDD<KernelTile> tiles, Broadcast<double[][]> rowsA, Broadcast<double[][]> rowsB,
                        String previousDescription, TileProgress progress, int tileSize) {
            this.tiles = tiles;
            this.rowsA = rowsA;
            this.rowsB = rowsB;
            this.previousDescription = previousDescription;
            this.progress = progress;
            this.tileSize = tileSize;
        }

        public JavaRDD<KernelTile> tiles() {
            return tiles;
        }

        /** Rows per tile (the last tile of a range can be smaller). */
        public int tileSize() {
            return tileSize;
        }

        @Override
        public void close() {
            progress.close(PROGRESS_DRAIN_MILLIS);
            sc.setJobDescription(previousDescription);
            rowsA.destroy();
            if (rowsB != rowsA) {
                rowsB.destroy();
            }
        }
    }

    /** Tiles I <= J of the symmetric kernel of {@code rows}, kept on the executors. */
    public TileSet symmetricTiles(BlockKernel kernel, double[][] rows) {
        int size = tileSizeFor(kernel, rows[0].length);
        return tiles(kernel, rows, rows, upperPairs(rows.length, size), true, size);
    }

    private static List<int[]> upperPairs(int n, int size) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i += size) {
            for (int j = i; j < n; j += size) {
                pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    private List<KernelTile> compute(BlockKernel kernel, double[][] a, double[][] b, List<int[]> pairs,
                                     boolean symmetric, int size) {
        if (pairs.isEmpty()) {
            lastTiles = 0;
            lastTileSize = size;
            return List.of();
        }
        try (TileSet set = tiles(kernel, a, b, pairs, symmetric, size)) {
            return set.tiles().collect();
        }
    }

    private TileSet tiles(BlockKernel kernel, double[][] a, double[][] b, List<int[]> pairs, boolean symmetric,
                          int size) {
        lastTiles = pairs.size();
        lastTileSize = size;
        // Users watching the Spark UI or the log see what the tasks are and how many there are.
        String previous = sc.getLocalProperty("spark.job.description");
        String what = "hqml kernel " + kernel.describe() + " (" + a.length + " x " + b.length
                + (symmetric ? ", upper triangle" : "") + ")";
        sc.setJobDescription(what + ": " + pairs.size() + " tiles of up to " + size + " x " + size);
        TileProgress progress = new TileProgress(sc.sc(), what, pairs.size(), System::nanoTime, progressIntervalNanos,
                progressSink);
        LongAccumulator done = progress.accumulator();
        Broadcast<double[][]> rowsA = sc.broadcast(a);
        Broadcast<double[][]> rowsB = symmetric ? rowsA : sc.broadcast(b);
        // One tile per task (up to 10,000 tasks): tiles differ in cost (diagonal ones are half), and small
        // tasks let the scheduler balance them across cores.
        int slices = Math.min(pairs.size(), 10_000);
        // Global row offsets go with every tile so kernels that seed per entry (finite shots) give the
        // same values whatever the tile size.
        JavaRDD<KernelTile> rdd = sc.parallelize(pairs, slices).map(p -> {
            KernelTile tile = tile(kernel, rowsA.value(), rowsB.value(), p, size, symmetric);
            done.add(1);
            return tile;
        });
        return new TileSet(rdd, rowsA, rowsB, previous, progress, size);
    }

    private static KernelTile tile(BlockKernel kernel, double[][] a, double[][] b, int[] p, int size,
                                   boolean symmetric) {
        double[][] ra = slice(a, p[0], size);
        double[] values;
        if (symmetric && p[0] == p[1]) {
            values = new double[ra.length * ra.length];
            kernel.symmetricBlockAt(ra, p[0], values);
            return new KernelTile(p[0], ra.length, p[1], ra.length, values);
        }
        double[][] rb = slice(b, p[1], size);
        values = new double[ra.length * rb.length];
        if (symmetric) {
            kernel.gramBlockAt(ra, p[0], rb, p[1], values);
        } else {
            kernel.blockAt(ra, p[0], rb, p[1], values);
        }
        return new KernelTile(p[0], ra.length, p[1], rb.length, values);
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
