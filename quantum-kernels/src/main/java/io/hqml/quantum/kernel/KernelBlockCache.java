package io.hqml.quantum.kernel;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Finished kernel blocks of {@link BackendFidelityKernel}, so the same block is never paid for twice in one
 * JVM: a retried or speculative Spark task, a re-run of the same job, or the same matrix asked for again
 * finds its values here instead of submitting the jobs again. Least recently used blocks are dropped once the
 * cache holds more than {@code capacity} kernel values. Thread-safe.
 *
 * <p>A block is keyed by everything its values depend on (see {@link Key}); a hit therefore returns exactly
 * the values a recomputation would give for seeded backends.
 */
public final class KernelBlockCache {
    /** Kernel values the shared cache holds (8 bytes each: 32 MiB). */
    public static final long SHARED_CAPACITY = 4L << 20;
    private static final KernelBlockCache SHARED = new KernelBlockCache(SHARED_CAPACITY);

    /**
     * What a block's values depend on.
     *
     * @param circuitHash    SHA-256 of the feature map's OpenQASM template (the circuit family)
     * @param rowsHash       SHA-256 of the block's kind, rows and columns (the bound circuits)
     * @param shots          shots per circuit
     * @param backend        backend id and version
     * @param calibrationId  the backend's calibration snapshot (noise changes the values)
     * @param seed           the kernel's seed
     */
    public record Key(String circuitHash, String rowsHash, int shots, String backend, String calibrationId, long seed) {
        public Key {
            Objects.requireNonNull(circuitHash);
            Objects.requireNonNull(rowsHash);
            Objects.requireNonNull(backend);
            Objects.requireNonNull(calibrationId);
        }
    }

    private final long capacity;
    private final LinkedHashMap<Key, double[]> blocks = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    public KernelBlockCache(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** The JVM-wide cache every kernel uses unless given its own. */
    public static KernelBlockCache shared() {
        return SHARED;
    }

    /** A copy of the cached block, or null. */
    public synchronized double[] get(Key key) {
        double[] v = blocks.get(key);
        return v == null ? null : v.clone();
    }

    public synchronized void put(Key key, double[] values) {
        if (values.length > capacity) {
            return;
        }
        double[] old = blocks.put(key, values.clone());
        held += values.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<Key, double[]>> it = blocks.entrySet().iterator();
        while (held > capacity && it.hasNext()) {
            held -= it.next().getValue().length;
            it.remove();
        }
    }

    /** Kernel values held. */
    public synchronized long size() {
        return held;
    }

    public synchronized void clear() {
        blocks.clear();
        held = 0;
    }
}
