package io.hqml.spark.kernel;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.ProjectedKernel;
import io.hqml.quantum.kernel.ShotFidelityKernel;
import org.apache.spark.SparkConf;

/**
 * Caps the kernel tile size so one task's working set fits its share of executor memory. A task holding a
 * t x t tile of a fidelity kernel keeps the states of both tiles and the rotated copy {@code FidelityGram} makes
 * ({@code 3 t S} bytes for states of {@code S = 16 * 2^n} bytes) and the real part, imaginary part and
 * serialized result of the block ({@code 3 * 8 t^2}); the configured tile size is lowered until that fits.
 * At 10 qubits a state is 16 KiB and 128-row tiles need 6.6 MB; at 20 qubits a state is 16 MiB and a 1 GB
 * executor core fits tiles of 6 rows.
 *
 * <p>The share: Spark leaves objects built by user code the "user memory" part of the heap,
 * {@code (heap - 300 MiB) * (1 - spark.memory.fraction)}, divided among the tasks an executor runs at once
 * ({@code spark.executor.cores}). The heap is {@code spark.executor.memory} (default 1g) on a cluster; in
 * local mode the executor is the driver JVM, so its maximum heap and the local parallelism.
 */
public final class TileSizing {
    static final long RESERVED_BYTES = 300L << 20;

    private TileSizing() {
    }

    /** The largest tile size up to {@code requested} (at least 1) whose task working set fits {@code budget}. */
    public static int fit(int requested, long bytesPerRow, long budget) {
        // The positive root of 24 t^2 + 3 S t = budget, then corrected for rounding with exact integer checks.
        double s = bytesPerRow;
        double root = (-3 * s + Math.sqrt(9 * s * s + 96.0 * budget)) / 48;
        long t = Math.max(1, Math.min(requested, (long) root));
        while (t > 1 && workingSet(t, bytesPerRow) > budget) {
            t--;
        }
        while (t < requested && workingSet(t + 1, bytesPerRow) <= budget) {
            t++;
        }
        return (int) t;
    }

    static long workingSet(long t, long bytesPerRow) {
        return 3L * t * bytesPerRow + 24L * t * t;
    }

    /** Bytes one row of {@code kernel} takes in a task: its state for quantum kernels, its values otherwise. */
    public static long bytesPerRow(BlockKernel kernel, int features) {
        FeatureMap map = kernel instanceof FidelityKernel f ? f.featureMap()
                : kernel instanceof ShotFidelityKernel s ? s.featureMap()
                : kernel instanceof ProjectedKernel p ? p.features().featureMap() : null;
        return map == null ? 8L * features : 16L << map.numQubits();
    }

    /** One task's share of executor user memory (see the class comment). */
    public static long taskBudget(SparkConf conf, boolean local, int localCores) {
        long heap = local ? Runtime.getRuntime().maxMemory() : conf.getSizeAsBytes("spark.executor.memory", "1g");
        int cores = local ? Math.max(1, localCores) : Math.max(1, conf.getInt("spark.executor.cores", 1));
        double userFraction = 1 - conf.getDouble("spark.memory.fraction", 0.6);
        return (long) (Math.max(heap - RESERVED_BYTES, heap / 4) * userFraction / cores);
    }
}
