package io.hqml.spark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ludovic.netlib.blas.BLAS;
import io.hqml.quantum.bench.EngineBench;
import io.hqml.quantum.bench.MachineLimits;
import io.hqml.quantum.bench.Timing;
import io.hqml.nativeengine.Isa;
import io.hqml.nativeengine.NativeLibrary;
import io.hqml.nativeengine.NativeMachineLimits;
import io.hqml.nativeengine.NativeStatevectorEngine;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hqml bench engines}: engine figures next to the machine limits measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run hqml's benchmarks.",
        subcommands = {BenchCommand.Engines.class, BenchCommand.SparkKernel.class})
final class BenchCommand {

    @Command(name = "engines", mixinStandardHelpOptions = true,
            description = "Per-gate time, ZZ states/s and Gram GFLOP/s of each engine, with the in-place bandwidth, "
                    + "copy bandwidth and DGEMM GFLOP/s of this machine.")
    static final class Engines implements Callable<Integer> {
        @Option(names = "--sizes", split = ",", defaultValue = "10,14,18,20,22,24",
                description = "Qubit counts for gate timings (default: ${DEFAULT-VALUE}).")
        int[] sizes;

        @Option(names = "--zz-sizes", split = ",", defaultValue = "4,8,12,16,20",
                description = "Qubit counts for ZZ feature-map states (default: ${DEFAULT-VALUE}).")
        int[] zzSizes;

        @Option(names = "--seconds", defaultValue = "0.5", description = "Measuring time per figure (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--json", description = "One JSON object: machine and rows.")
        boolean json;

        @Option(names = "--variants", split = ",", description = "Native ISA variants to measure, e.g. avx512,avx2 "
                + "(default: every variant this CPU runs).")
        String[] variants;

        @Override
        public Integer call() throws Exception {
            List<Isa> isas = NativeLibrary.isLoaded() ? variants(variants) : List.of();
            for (int n : sizes) {
                if (n < 2 || n > 26) {
                    throw io.hqml.spark.errors.HqmlErrors.invalidArgument("--sizes " + n + " is outside 2..26",
                            "pick sizes whose state fits the heap (n = 26 needs 1 GiB)");
                }
            }
            Timing timing = new Timing(System::nanoTime, Math.max(0.2, seconds / 2), seconds);
            EngineBench bench = new EngineBench(timing);
            double copy = MachineLimits.copyGbps(timing);
            double dgemm = dgemmGflops(timing, 1024);
            boolean nativeLoaded = NativeLibrary.isLoaded();
            double dgemm1 = nativeLoaded ? NativeMachineLimits.dgemmGflops(timing, 1024) : Double.NaN;
            List<EngineBench.Row> rows = new ArrayList<>(bench.gates(JavaStatevectorEngine::new, "java", sizes));
            if (nativeLoaded) {
                for (int n : sizes) { // the native in-place pass: the stricter roofline where Java's loop is slower
                    double ns = NativeMachineLimits.inplaceNanos(timing, n);
                    rows.add(new EngineBench.Row("machine", "native", 1, n, "inplace", ns, 32.0 * (1L << n) / ns, null));
                }
                for (Isa isa : isas) {
                    rows.addAll(bench.gates(() -> new NativeStatevectorEngine(isa, 1), isa.label(), sizes));
                }
            }
            for (int n : zzSizes) { // rooflines for the ZZ sizes too
                if (java.util.Arrays.stream(sizes).noneMatch(m -> m == n)) {
                    double ns = MachineLimits.inplaceNanos(timing, n);
                    rows.add(new EngineBench.Row("machine", "java", 1, n, "inplace", ns, 32.0 * (1L << n) / ns, null));
                    if (nativeLoaded) {
                        ns = NativeMachineLimits.inplaceNanos(timing, n);
                        rows.add(new EngineBench.Row("machine", "native", 1, n, "inplace", ns, 32.0 * (1L << n) / ns, null));
                    }
                }
            }
            rows.addAll(bench.zzStates(JavaStatevectorEngine::new, "java", zzSizes));
            if (nativeLoaded) {
                for (Isa isa : isas) {
                    rows.addAll(bench.zzStates(() -> new NativeStatevectorEngine(isa, 1), isa.label(), zzSizes));
                }
            }
            int[][] grams = {{8, 256}, {12, 64}};
            for (int[] g : grams) {
                rows.add(bench.gram("java-statevector", "java", g[0], g[1]));
                if (nativeLoaded) {
                    for (Isa isa : isas) {
                        NativeStatevectorEngine e = new NativeStatevectorEngine(isa, 1);
                        rows.add(bench.gram(e.name(), isa.label(), g[0], g[1], e));
                        rows.add(io.hqml.nativeengine.NativeBench.gramOffHeap(timing, isa, g[0], g[1]));
                    }
                }
            }
            Limits limits = new Limits(copy, dgemm, dgemm1, nativeLoaded ? NativeMachineLimits.blasName() : null,
                    nativeLoaded ? null : NativeLibrary.failure());
            System.out.print(json ? json(limits, rows) : table(limits, rows));
            return 0;
        }

        /** The variants named (each one this CPU runs), or all it runs. */
        static List<Isa> variants(String[] names) {
            if (names == null || names.length == 0) {
                return Isa.supported();
            }
            List<Isa> out = new ArrayList<>();
            for (String name : names) {
                try {
                    out.add(Isa.parse(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw io.hqml.spark.errors.HqmlErrors.invalidArgument("--variants " + name + ": " + e.getMessage(),
                            "name variants this CPU runs: " + Isa.supported());
                }
            }
            return out;
        }

        /** The machine figures measured in this run. dgemm: MLlib's BLAS (all cores); dgemm1: one thread. */
        record Limits(double copy, double dgemm, double dgemm1, String blas, String nativeFailure) {
        }

        /** C = A B for n x n matrices with the BLAS Spark MLlib uses (native OpenBLAS when installed). */
        static double dgemmGflops(Timing timing, int n) {
            double[] a = new double[n * n], b = new double[n * n], c = new double[n * n];
            Arrays.fill(a, 0.5);
            Arrays.fill(b, 0.25);
            BLAS blas = BLAS.getInstance();
            double ns = timing.nanosPerOp(() -> blas.dgemm("N", "N", n, n, n, 1.0, a, n, b, n, 0.0, c, n));
            return 2.0 * n * n * n / ns;
        }

        private static String json(Limits limits, List<EngineBench.Row> rows) throws Exception {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            ObjectNode machine = root.putObject("machine").put("copy_gbps", limits.copy())
                    .put("dgemm_gflops", limits.dgemm())
                    .put("dgemm_impl", BLAS.getInstance().getClass().getSimpleName()).put("cpu", MachineLimits.cpu())
                    .put("java", System.getProperty("java.version"));
            if (Double.isNaN(limits.dgemm1())) {
                machine.putNull("dgemm_1thread_gflops");
            } else {
                machine.put("dgemm_1thread_gflops", limits.dgemm1());
            }
            machine.put("native_blas", limits.blas()).put("native_unavailable", limits.nativeFailure());
            ArrayNode out = root.putArray("rows");
            for (EngineBench.Row r : rows) {
                ObjectNode o = out.addObject().put("engine", r.engine()).put("variant", r.variant())
                        .put("threads", r.threads()).put("n", r.n()).put("op", r.op()).put("ns", r.ns());
                if (r.gbps() == null) {
                    o.putNull("gbps");
                } else {
                    o.put("gbps", r.gbps());
                }
                if (r.gflops() == null) {
                    o.putNull("gflops");
                } else {
                    o.put("gflops", r.gflops());
                }
            }
            return mapper.writeValueAsString(root) + "\n";
        }

        private static String table(Limits limits, List<EngineBench.Row> rows) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "machine: %s, copy %.1f GB/s, DGEMM %.1f GFLOP/s (%s, all cores), DGEMM 1 thread %.1f GFLOP/s (%s)%n",
                    MachineLimits.cpu(), limits.copy(), limits.dgemm(), BLAS.getInstance().getClass().getSimpleName(),
                    limits.dgemm1(), limits.blas() == null ? "none" : limits.blas()));
            sb.append(limits.nativeFailure() == null ? "" : "native engine unavailable: " + limits.nativeFailure() + "\n");
            sb.append("x inplace: time / the faster in-place pass (Java or native) at that n\n\n");
            sb.append(String.format(Locale.ROOT, "%-28s %4s %-9s %14s %9s %9s %12s%n", "engine", "n", "op", "ns",
                    "GB/s", "GFLOP/s", "x inplace"));
            java.util.Map<Integer, Double> inplace = new java.util.HashMap<>();
            for (EngineBench.Row r : rows) {
                if (r.op().equals("inplace")) {
                    inplace.merge(r.n(), r.ns(), Math::min);
                }
            }
            for (EngineBench.Row r : rows) {
                Double base = inplace.get(r.n());
                String ratio = r.op().startsWith("gram")
                        ? (Double.isNaN(limits.dgemm1()) ? "" : String.format(Locale.ROOT, "%.0f%% dgemm1", 100 * r.gflops() / limits.dgemm1()))
                        : base == null ? "" : String.format(Locale.ROOT, "%.2f", r.ns() / base);
                sb.append(String.format(Locale.ROOT, "%-28s %4d %-9s %14.1f %9s %9s %12s%n", r.engine(), r.n(), r.op(),
                        r.ns(), r.gbps() == null ? "" : String.format(Locale.ROOT, "%.2f", r.gbps()),
                        r.gflops() == null ? "" : String.format(Locale.ROOT, "%.2f", r.gflops()), ratio));
            }
            return sb.toString();
        }
    }

    @Command(name = "spark-kernel", mixinStandardHelpOptions = true,
            description = "Full fidelity Gram matrix on local Spark with 1 and 2 cores: wall time, speed-up, kernel "
                    + "entries per second, tiles and peak driver heap.")
    static final class SparkKernel implements Callable<Integer> {
        @Option(names = "--rows", defaultValue = "4000") int rows;
        @Option(names = "--qubits", defaultValue = "8") int qubits;
        @Option(names = "--tile-size", defaultValue = "256") int tileSize;
        @Option(names = "--seed", defaultValue = "7") long seed;
        @Option(names = "--json", description = "JSON output.") boolean json;

        @Override
        public Integer call() throws Exception {
            if (rows < 2 || qubits < 1 || qubits > 20 || tileSize < 1) {
                throw io.hqml.spark.errors.HqmlErrors.invalidArgument("--rows >= 2, --qubits 1..20 and --tile-size >= 1 are required",
                        "fix the options");
            }
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
            double[][] x = new double[rows][qubits];
            for (double[] row : x) {
                for (int q = 0; q < qubits; q++) {
                    row[q] = rnd.nextDouble(0, Math.PI);
                }
            }
            io.hqml.quantum.kernel.FidelityKernel kernel = new io.hqml.quantum.kernel.FidelityKernel(
                    new io.hqml.quantum.featuremap.ZZFeatureMap(qubits, 2, io.hqml.quantum.featuremap.Entanglement.LINEAR));
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode().put("rows", rows).put("qubits", qubits).put("tile_size", tileSize)
                    .put("kernel", kernel.describe()).put("cpu", MachineLimits.cpu());
            ArrayNode runs = root.putArray("runs");
            double[] seconds = new double[3];
            double[] collectedSeconds = new double[3];
            for (int cores = 1; cores <= 2; cores++) {
                org.apache.spark.sql.SparkSession spark = io.hqml.spark.session.Sessions.getOrCreate("local[" + cores + "]",
                        "hqml bench spark-kernel");
                try {
                    io.hqml.spark.kernel.TiledKernel tiles = new io.hqml.spark.kernel.TiledKernel(spark, tileSize);
                    // Warm-up: three full runs of each path (executor start, broadcast, and the JIT, which is
                    // still compiling Spark's scheduler code after one run and, with every core busy, takes CPU
                    // from the tasks), then the median of five runs of each, alternating.
                    for (int w = 0; w < 3; w++) {
                        distributedSum(tiles, kernel, x);
                        tiles.symmetric(kernel, x); // result dropped
                    }
                    double[] timed = new double[5], timedCollected = new double[5];
                    double checksum = 0;
                    double[][] k = null;
                    long peakDistributed = 0, peakCollected = 0;
                    for (int rep = 0; rep < timed.length; rep++) {
                        k = null; // the last matrix is garbage before the distributed run
                        PeakHeap heap = new PeakHeap();
                        long start = System.nanoTime();
                        checksum = distributedSum(tiles, kernel, x);
                        timed[rep] = (System.nanoTime() - start) / 1e9;
                        peakDistributed = Math.max(peakDistributed, heap.stop());
                        // Collected: the driver assembles the whole N x N matrix (the exact-SVM path).
                        heap = new PeakHeap();
                        start = System.nanoTime();
                        k = tiles.symmetric(kernel, x);
                        timedCollected[rep] = (System.nanoTime() - start) / 1e9;
                        peakCollected = Math.max(peakCollected, heap.stop());
                    }
                    java.util.Arrays.sort(timed);
                    java.util.Arrays.sort(timedCollected);
                    seconds[cores] = timed[2];
                    double collected = timedCollected[2];
                    collectedSeconds[cores] = collected;
                    long entries = (long) rows * (rows + 1) / 2;
                    runs.addObject().put("master", "local[" + cores + "]").put("tiles", tiles.lastTiles())
                            .put("tasks", tiles.lastTasks())
                            .put("seconds_distributed", seconds[cores])
                            .put("entries_per_second", entries / seconds[cores])
                            .put("peak_driver_heap_mib_distributed", peakDistributed / (1024.0 * 1024.0))
                            .put("seconds_collected", collected)
                            .put("peak_driver_heap_mib_collected", peakCollected / (1024.0 * 1024.0))
                            .put("tile_checksum", checksum).put("entry_checksum", k[rows - 1][0] + k[rows / 2][rows / 3]);
                } finally {
                    spark.stop();
                }
            }
            root.put("speedup_distributed", seconds[1] / seconds[2]);
            root.put("speedup_collected", collectedSeconds[1] / collectedSeconds[2]);
            System.out.println(json ? mapper.writeValueAsString(root) : String.format(Locale.ROOT,
                    "%d rows, %d qubits, tiles of %d: distributed local[1] %.2f s, local[2] %.2f s (%.2fx); "
                    + "collected to the driver %.2f s, %.2f s (%.2fx)", rows, qubits, tileSize, seconds[1], seconds[2],
                    seconds[1] / seconds[2], collectedSeconds[1], collectedSeconds[2],
                    collectedSeconds[1] / collectedSeconds[2]));
            return 0;
        }
    }

    /** Sum of every tile's values, computed on the executors: only one double per tile reaches the driver. */
    static double distributedSum(io.hqml.spark.kernel.TiledKernel tiles, io.hqml.quantum.kernel.BlockKernel kernel,
                                 double[][] x) {
        try (io.hqml.spark.kernel.TiledKernel.TileSet set = tiles.symmetricTiles(kernel, x)) {
            return set.tiles().map(t -> java.util.Arrays.stream(t.values()).sum()).reduce(Double::sum);
        }
    }

    /** Samples the used heap every 20 ms on a daemon thread; {@link #stop()} returns the peak in bytes. */
    static final class PeakHeap {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread;

        PeakHeap() {
            java.lang.management.MemoryMXBean bean = java.lang.management.ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, bean.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "hqml-peak-heap");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
