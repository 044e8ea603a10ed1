package io.hqml.spark.kernel;

import io.hqml.quantum.kernel.BlockKernel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 5, assemble: a kernel matrix computed tile by tile on the executors. The driver sends the tile
 * coordinates; a task computes a contiguous run of tiles ({@link TileTasks}: a few tasks per core, at most 16
 * tiles each) with one kernel instance, each tile with {@link BlockKernel#block}, so per-sample work (a quantum
 * state) is done once per sample of the tile, never per pair. For the training kernel only tiles I <= J are
 * computed; diagonal tiles use the symmetric path and off-diagonal tiles are mirrored.
 *
 * <p>The rows are broadcast once (N x qubits doubles, small next to the N x N result). {@link #symmetric} and
 * {@link #cross} assemble the matrix on the driver, which is why the exact SVM caps the training rows
 * (svm.maxTrainRows); they run the tasks in waves of one task per core ({@link TileWaves}), placing each wave's
 * tiles as it arrives, and each wave's Spark job description shows the progress when it was submitted.
 * {@link #symmetricTiles} keeps the tiles on the executors (e.g. for {@link GramTable}): lazily, computed by
 * whatever single job its consumer starts (described with the kernel, tile and task counts), or
 * {@link TileSet#materialize() materialized} first in described waves and kept serialized on the executors.
 *
 * <p>The tile size is the configured one, lowered when a task's working set would not fit its share of
 * executor memory ({@link TileSizing}). Progress (tiles done of the total, elapsed, ETA) is logged at INFO at
 * most every {@code spark.hqml.kernel.progressIntervalSeconds} seconds (default 10) and when the last tile is
 * done ({@link TileProgress}).
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
    private final int cores;
    private final int tasksPerCore;
    private final int maxTilesPerTask;
    private int lastTiles;
    private int lastTileSize;
    private int lastTasks;

    public TiledKernel(SparkSession spark, int tileSize) {
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.tileSize = tileSize;
        SparkConf conf = sc.getConf();
        this.taskBudget = TileSizing.taskBudget(conf, sc.isLocal(), sc.defaultParallelism());
        this.progressIntervalNanos = (long) (conf.getDouble(PROGRESS_INTERVAL_KEY, 10.0) * 1e9);
        this.cores = Math.max(1, sc.defaultParallelism());
        this.tasksPerCore = conf.getInt(TileTasks.TASKS_PER_CORE_KEY, TileTasks.DEFAULT_TASKS_PER_CORE);
        this.maxTilesPerTask = conf.getInt(TileTasks.MAX_TILES_PER_TASK_KEY, TileTasks.DEFAULT_MAX_TILES_PER_TASK);
        if (tasksPerCore < 1 || maxTilesPerTask < 1) {
            throw new IllegalArgumentException(TileTasks.TASKS_PER_CORE_KEY + " and " + TileTasks.MAX_TILES_PER_TASK_KEY
                    + " must be at least 1; remove them or set positive values");
        }
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

    /** Spark tasks the last call's tiles were grouped into ({@link TileTasks}). */
    public int lastTasks() {
        return lastTasks;
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
        compute(kernel, rows, rows, upperPairs(n, size), true, size, t -> place(t, out, true));
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
        compute(kernel, a, b, pairs, false, size, t -> place(t, out, false));
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
        private final List<TileTasks.Group> groups;
        private final String what;
        private boolean persisted;

        private TileSet(JavaRDD<KernelTile> tiles, Broadcast<double[][]> rowsA, Broadcast<double[][]> rowsB,
                        String previousDescription, TileProgress progress, int tileSize, List<TileTasks.Group> groups,
                        String what) {
            this.tiles = tiles;
            this.rowsA = rowsA;
            this.rowsB = rowsB;
            this.previousDescription = previousDescription;
            this.progress = progress;
            this.tileSize = tileSize;
            this.groups = groups;
            this.what = what;
        }

        public JavaRDD<KernelTile> tiles() {
            return tiles;
        }

        /** Rows per tile (the last tile of a range can be smaller). */
        public int tileSize() {
            return tileSize;
        }

        /**
         * Computes every tile now, in waves of jobs described with the progress ({@link TileWaves}), and keeps
         * the tiles serialized in executor memory, spilling to disk, so the consumer's single job (a Delta write)
         * reads them instead of computing them; only a count per task reaches the driver. Costs one
         * serialized copy of the tiles on the executors, released on {@link #close()}. Returns {@link #tiles()}.
         */
        public JavaRDD<KernelTile> materialize() {
            tiles.persist(StorageLevel.MEMORY_AND_DISK_SER());
            persisted = true;
            JavaRDD<Long> counts = tiles.mapPartitions(it -> {
                long n = 0;
                for (; it.hasNext(); it.next()) {
                    n++;
                }
                return List.of(n).iterator();
            });
            TileWaves.run(sc, counts, c -> c, cores, (first, done) -> waveDescription(this, first, done), c -> { });
            sc.setJobDescription(what + ": writing " + progress.total() + " computed tiles");
            return tiles;
        }

        @Override
        public void close() {
            if (persisted) {
                tiles.unpersist(false);
            }
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

    /**
     * Computes the tiles in waves ({@link TileWaves}) and gives each to {@code consumer} on this thread; the
     * job of each wave is described with the progress so far.
     */
    private void compute(BlockKernel kernel, double[][] a, double[][] b, List<int[]> pairs, boolean symmetric,
                         int size, Consumer<KernelTile> consumer) {
        if (pairs.isEmpty()) {
            lastTiles = 0;
            lastTileSize = size;
            lastTasks = 0;
            return;
        }
        try (TileSet set = tiles(kernel, a, b, pairs, symmetric, size)) {
            TileWaves.run(sc, set.tiles(), cores, (first, delivered) -> waveDescription(set, first, delivered),
                    consumer);
        }
    }

    /** A wave's job description: the tiles it computes, and those done so far with the ETA. */
    private String waveDescription(TileSet set, int firstTask, long done) {
        List<TileTasks.Group> groups = set.groups;
        TileTasks.Group g = groups.get(firstTask);
        TileTasks.Group last = groups.get(Math.min(groups.size(), firstTask + cores) - 1);
        return set.what + ": tiles " + (g.first() + 1) + "-" + (last.first() + last.pairs().length) + " of "
                + set.progress.total()
                + " (tiles of up to " + set.tileSize + " x " + set.tileSize + "); " + set.progress.status(done);
    }

    private TileSet tiles(BlockKernel kernel, double[][] a, double[][] b, List<int[]> pairs, boolean symmetric,
                          int size) {
        lastTiles = pairs.size();
        lastTileSize = size;
        List<TileTasks.Group> groups = TileTasks.split(pairs, TileTasks.count(pairs.size(), cores, tasksPerCore,
                maxTilesPerTask), symmetric);
        lastTasks = groups.size();
        // Users watching the Spark UI or the log see what the tasks are and how many there are.
        String previous = sc.getLocalProperty("spark.job.description");
        String what = "hqml kernel " + kernel.describe() + " (" + a.length + " x " + b.length
                + (symmetric ? ", upper triangle" : "") + ")";
        sc.setJobDescription(what + ": " + pairs.size() + " tiles of up to " + size + " x " + size + " in "
                + groups.size() + " tasks");
        TileProgress progress = new TileProgress(sc.sc(), what, pairs.size(), System::nanoTime, progressIntervalNanos,
                progressSink);
        LongAccumulator done = progress.accumulator();
        Broadcast<double[][]> rowsA = sc.broadcast(a);
        Broadcast<double[][]> rowsB = symmetric ? rowsA : sc.broadcast(b);
        // A task computes a run of tiles (TileTasks) one after another with one kernel, so one engine and its
        // scratch; tiles are produced lazily, so a task holds one tile's values at a time unless its consumer
        // keeps them. Global row offsets go with every tile so kernels that seed per entry (finite shots) give
        // the same values whatever the tile size.
        JavaRDD<KernelTile> rdd = sc.parallelize(groups, groups.size())
                .flatMap(g -> tilesOf(g, kernel, rowsA.value(), rowsB.value(), size, symmetric, done));
        return new TileSet(rdd, rowsA, rowsB, previous, progress, size, groups, what);
    }

    /** The tiles of one task's group, each computed when the consumer asks for it. */
    private static Iterator<KernelTile> tilesOf(TileTasks.Group g, BlockKernel kernel, double[][] a, double[][] b,
                                                int size, boolean symmetric, LongAccumulator done) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < g.pairs().length;
            }

            @Override
            public KernelTile next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                KernelTile tile = tile(kernel, a, b, g.pairs()[next++], size, symmetric);
                done.add(1);
                return tile;
            }
        };
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

    /**
     * Copies a tile into the matrix, row by row, and with {@code mirror} its transpose too, column by column of
     * the tile so the writes run along the matrix's rows (the driver places millions of entries, and writes
     * that stride across rows miss the cache on every entry).
     */
    private static void place(KernelTile t, double[][] out, boolean mirror) {
        double[] v = t.values();
        int rows = t.rows(), cols = t.cols();
        for (int i = 0; i < rows; i++) {
            System.arraycopy(v, i * cols, out[t.rowStart() + i], t.colStart(), cols);
        }
        if (mirror) {
            for (int j = 0; j < cols; j++) {
                double[] row = out[t.colStart() + j];
                int at = t.rowStart();
                for (int i = 0; i < rows; i++) {
                    row[at + i] = v[i * cols + j];
                }
            }
        }
    }
}
