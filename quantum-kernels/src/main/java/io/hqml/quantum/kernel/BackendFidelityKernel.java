package io.hqml.quantum.kernel;

import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendJob;
import io.hqml.quantum.backend.BackendResult;
import io.hqml.quantum.backend.PermanentBackendException;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.featuremap.FeatureMap;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The fidelity kernel estimated on any {@link Backend} with the compute-uncompute circuits
 * {@code U(y)^dagger U(x)} ({@link ComputeUncompute}): {@code K(x, y)} is the frequency of the all-zero bitstring
 * over {@code shots} shots (or its exact probability when {@code shots == 0} on a simulator). Where
 * {@link ShotFidelityKernel} draws the binomial counts from exact fidelities, this kernel really runs one
 * circuit per entry on the backend, so noise and readout errors of the device enter the kernel.
 *
 * <p>Which entries run a circuit:
 * <ul>
 *   <li>Gram matrix (training rows with themselves): only pairs {@code i < j}; {@code K_ji} is set to the
 *       estimate of {@code K_ij}. Tiled callers compute tiles {@code I <= J} (see {@link BlockKernel}).</li>
 *   <li>The Gram diagonal: on a noiseless backend ({@link Backend#noiseless()}) it is exactly 1, as
 *       {@code U(x)^dagger U(x) = I}, and no circuit runs (Qiskit's {@code evaluate_duplicates="off_diagonal"}).
 *       On a noisy backend the diagonal is measured like every other entry (Qiskit's {@code "all"}): noise
 *       pulls all entries towards the maximally mixed value, and a diagonal of 1 next to shrunk off-diagonal
 *       entries would misstate the device's kernel.</li>
 *   <li>Cross matrices (test rows against training rows): every entry.</li>
 * </ul>
 *
 * <p>Batching: a block's circuits go out in jobs of at most {@code maxCircuitsPerJob} circuits (the smaller of
 * this kernel's setting and the Target's limit); all jobs of a block are submitted before the first is
 * waited on, so a cloud queue holds them together. A job the backend reports as failed is submitted again,
 * with a fresh seed, up to {@code jobAttempts} times; any other error cancels the block's outstanding jobs
 * and propagates.
 *
 * <p>Compilation: circuits go through a {@link CircuitCompiler} (a transpiler to the Target; by default none,
 * so they must already use the Target's gates and coupling), and the kernel value is the probability that
 * the physical qubits holding the logical ones read 0; other qubits of the compiled circuit are ignored.
 *
 * <p>Determinism and caching: the seed of every job is derived from the kernel seed, a digest of the block
 * (its kind, offsets, rows and columns) and the job's position, so a seeded backend gives the same block for
 * the same inputs, whatever ran before. Finished blocks are kept in a {@link KernelBlockCache} under that
 * same digest, the feature map's circuit hash, the shots and the backend's id, version and calibration.
 * Values do depend on the tile size and the batch size, which decide how entries are grouped into blocks
 * and jobs.
 */
public final class BackendFidelityKernel implements BlockKernel {
    private static final long serialVersionUID = 1L;
    /** How long one job may take (queue included) before the kernel gives up on it. */
    public static final Duration DEFAULT_JOB_TIMEOUT = Duration.ofMinutes(30);
    /** Submissions of one batch, including the first, when the backend reports the job failed. */
    public static final int DEFAULT_JOB_ATTEMPTS = 3;

    private enum Kind { SYMMETRIC, GRAM, CROSS }

    private final FeatureMap featureMap;
    private final BackendSource source;
    private final int shots;
    private final long seed;
    private final int maxCircuitsPerJob;
    private final Duration jobTimeout;
    private final int jobAttempts;
    private final CircuitCompiler compiler;
    private transient Backend backend;
    private transient KernelBlockCache cache;
    private transient String circuitHash;
    // circuits, jobs, shots, cache hits, resubmissions of this copy (one copy per Spark task)
    private transient AtomicLongArray counters;

    /**
     * @param shots shots per circuit (0: exact probabilities, for simulators that support it)
     * @param seed  seed of every job's sampling
     */
    public BackendFidelityKernel(FeatureMap featureMap, BackendSource source, int shots, long seed) {
        this(featureMap, source, shots, seed, 0, DEFAULT_JOB_TIMEOUT, DEFAULT_JOB_ATTEMPTS, CircuitCompiler.none());
    }

    private BackendFidelityKernel(FeatureMap featureMap, BackendSource source, int shots, long seed,
                                  int maxCircuitsPerJob, Duration jobTimeout, int jobAttempts, CircuitCompiler compiler) {
        if (shots < 0) {
            throw new IllegalArgumentException("shots must be >= 0, got " + shots);
        }
        if (maxCircuitsPerJob < 0 || jobAttempts < 1 || jobTimeout.isNegative()) {
            throw new IllegalArgumentException("need maxCircuitsPerJob >= 0 (0: the Target's limit), jobAttempts >= 1"
                    + " and a non-negative job timeout");
        }
        this.featureMap = featureMap;
        this.source = source;
        this.shots = shots;
        this.seed = seed;
        this.maxCircuitsPerJob = maxCircuitsPerJob;
        this.jobTimeout = jobTimeout;
        this.jobAttempts = jobAttempts;
        this.compiler = compiler;
    }

    /** At most {@code n} circuits per job (0: the Target's {@code maxCircuitsPerJob}). */
    public BackendFidelityKernel withMaxCircuitsPerJob(int n) {
        return new BackendFidelityKernel(featureMap, source, shots, seed, n, jobTimeout, jobAttempts, compiler);
    }

    public BackendFidelityKernel withJobTimeout(Duration timeout) {
        return new BackendFidelityKernel(featureMap, source, shots, seed, maxCircuitsPerJob, timeout, jobAttempts,
                compiler);
    }

    public BackendFidelityKernel withJobAttempts(int attempts) {
        return new BackendFidelityKernel(featureMap, source, shots, seed, maxCircuitsPerJob, jobTimeout, attempts,
                compiler);
    }

    /** Compiles every circuit with {@code c} (a transpiler to the Target) before it is submitted. */
    public BackendFidelityKernel withCompiler(CircuitCompiler c) {
        return new BackendFidelityKernel(featureMap, source, shots, seed, maxCircuitsPerJob, jobTimeout, jobAttempts, c);
    }

    /** This kernel with its own block cache instead of the JVM-wide one (not serialized: copies use the shared one). */
    public BackendFidelityKernel withCache(KernelBlockCache own) {
        BackendFidelityKernel k = new BackendFidelityKernel(featureMap, source, shots, seed, maxCircuitsPerJob,
                jobTimeout, jobAttempts, compiler);
        k.cache = own;
        return k;
    }

    public FeatureMap featureMap() {
        return featureMap;
    }

    public int shots() {
        return shots;
    }

    public long seed() {
        return seed;
    }

    /** The backend, opened from the source on first use in this JVM copy. */
    public synchronized Backend backend() {
        if (backend == null) {
            backend = source.open();
        }
        return backend;
    }

    /** What this copy of the kernel has sent to the backend so far. */
    public BackendKernelStats stats() {
        AtomicLongArray c = counters();
        return new BackendKernelStats(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4));
    }

    /** Circuits per job: this kernel's setting capped by the Target's limit. */
    public int circuitsPerJob() {
        int target = backend().target().maxCircuitsPerJob();
        return maxCircuitsPerJob == 0 ? target : Math.min(maxCircuitsPerJob, target);
    }

    @Override
    public void block(double[][] rows, double[][] cols, double[] out) {
        compute(Kind.CROSS, rows, 0, cols, 0, out);
    }

    @Override
    public void symmetricBlock(double[][] rows, double[] out) {
        compute(Kind.SYMMETRIC, rows, 0, rows, 0, out);
    }

    @Override
    public void blockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        compute(Kind.CROSS, rows, rowOffset, cols, colOffset, out);
    }

    @Override
    public void gramBlockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        compute(Kind.GRAM, rows, rowOffset, cols, colOffset, out);
    }

    @Override
    public void symmetricBlockAt(double[][] rows, int offset, double[] out) {
        compute(Kind.SYMMETRIC, rows, offset, rows, offset, out);
    }

    private void compute(Kind kind, double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        int nr = rows.length, nc = cols.length;
        if (out.length < nr * nc) {
            throw new IllegalArgumentException("output holds " + out.length + " values, the block has " + nr * nc);
        }
        Backend b = backend();
        byte[] digest = digest(kind, rows, rowOffset, cols, colOffset);
        KernelBlockCache.Key key = new KernelBlockCache.Key(circuitHash(), HexFormat.of().formatHex(digest), shots,
                b.id() + "@" + b.version(), b.calibrationId(), seed);
        double[] cached = cache().get(key);
        if (cached != null) {
            System.arraycopy(cached, 0, out, 0, nr * nc);
            counters().incrementAndGet(3);
            return;
        }
        boolean diagonalIsOne = b.noiseless();
        List<int[]> entries = new ArrayList<>();
        List<CircuitCompiler.Compiled> circuits = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            for (int j = kind == Kind.SYMMETRIC ? i : 0; j < nc; j++) {
                boolean diagonal = kind != Kind.CROSS && rowOffset + i == colOffset + j;
                if (diagonal && diagonalIsOne) {
                    out[i * nc + j] = 1.0;
                    continue;
                }
                entries.add(new int[] {i, j});
                circuits.add(compiler.compile(ComputeUncompute.circuit(featureMap, rows[i], cols[j]), b.target()));
            }
        }
        double[] values = run(b, circuits, ByteBuffer.wrap(digest).getLong());
        for (int e = 0; e < entries.size(); e++) {
            int i = entries.get(e)[0], j = entries.get(e)[1];
            out[i * nc + j] = values[e];
            if (kind == Kind.SYMMETRIC) {
                out[j * nc + i] = values[e];
            }
        }
        double[] block = new double[nr * nc];
        System.arraycopy(out, 0, block, 0, block.length);
        cache().put(key, block);
    }

    /** All-zero frequencies of {@code circuits}, in order, submitted in jobs of at most {@link #circuitsPerJob()}. */
    private double[] run(Backend b, List<CircuitCompiler.Compiled> compiled, long blockSeed) {
        int per = circuitsPerJob();
        List<List<Circuit>> batches = new ArrayList<>();
        List<Circuit> circuits = new ArrayList<>(compiled.size());
        compiled.forEach(c -> circuits.add(c.circuit()));
        for (int from = 0; from < circuits.size(); from += per) {
            batches.add(circuits.subList(from, Math.min(circuits.size(), from + per)));
        }
        List<BackendJob> jobs = new ArrayList<>(batches.size());
        double[] values = new double[circuits.size()];
        try {
            for (int k = 0; k < batches.size(); k++) {
                jobs.add(submit(b, batches.get(k), jobSeed(blockSeed, k, 0)));
            }
            for (int k = 0; k < batches.size(); k++) {
                BackendResult r = await(b, jobs, k, batches.get(k), blockSeed);
                for (int c = 0; c < batches.get(k).size(); c++) {
                    values[k * per + c] = allZero(r, c, compiled.get(k * per + c).measured());
                }
            }
        } catch (RuntimeException e) {
            // Leave nothing running (or billing) behind for a block that failed.
            for (BackendJob job : jobs) {
                try {
                    job.cancel();
                } catch (RuntimeException ignored) {
                    e.addSuppressed(ignored);
                }
            }
            throw e;
        }
        return values;
    }

    /** The (observed or exact) probability that every measured qubit reads 0; bitstrings put qubit 0 last. */
    static double allZero(BackendResult r, int circuit, int[] measured) {
        double p = 0;
        for (Map.Entry<String, Double> e : r.probabilities(circuit).entrySet()) {
            String bits = e.getKey();
            boolean zero = true;
            for (int q : measured) {
                if (bits.charAt(bits.length() - 1 - q) != '0') {
                    zero = false;
                    break;
                }
            }
            p += zero ? e.getValue() : 0;
        }
        return p;
    }

    private BackendJob submit(Backend b, List<Circuit> batch, long jobSeed) {
        BackendJob job = b.submit(batch, shots, jobSeed);
        AtomicLongArray c = counters();
        c.incrementAndGet(1);
        c.addAndGet(0, batch.size());
        c.addAndGet(2, (long) batch.size() * shots);
        return job;
    }

    private BackendResult await(Backend b, List<BackendJob> jobs, int k, List<Circuit> batch, long blockSeed) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobs.get(k).result(jobTimeout);
            } catch (PermanentBackendException e) {
                if (e.reason() != PermanentBackendException.Reason.JOB_FAILED || attempt >= jobAttempts) {
                    throw e;
                }
                counters().incrementAndGet(4);
                jobs.set(k, submit(b, batch, jobSeed(blockSeed, k, attempt)));
            }
        }
    }

    private static long jobSeed(long blockSeed, int batch, int attempt) {
        return Backend.circuitSeed(blockSeed, batch * 1024 + attempt);
    }

    /** SHA-256 over the block's kind, offsets and values, mixed with the seed. */
    private byte[] digest(Kind kind, double[][] rows, int rowOffset, double[][] cols, int colOffset) {
        MessageDigest md = sha256();
        ByteBuffer buf = ByteBuffer.allocate(8 * 8);
        buf.putLong(seed).putInt(kind.ordinal()).putInt(rowOffset).putInt(colOffset).putInt(rows.length)
                .putInt(cols.length);
        md.update(buf.array(), 0, buf.position());
        hashRows(md, rows);
        if (kind != Kind.SYMMETRIC) {
            hashRows(md, cols);
        }
        return md.digest();
    }

    private static void hashRows(MessageDigest md, double[][] rows) {
        for (double[] row : rows) {
            ByteBuffer buf = ByteBuffer.allocate(8 * row.length + 4).putInt(row.length);
            for (double v : row) {
                buf.putDouble(v);
            }
            md.update(buf.array());
        }
    }

    private synchronized String circuitHash() {
        if (circuitHash == null) {
            String family = featureMap.qasmTemplate() + "\ncompiler: " + compiler.describe();
            circuitHash = HexFormat.of().formatHex(sha256().digest(family.getBytes(StandardCharsets.UTF_8)));
        }
        return circuitHash;
    }

    private synchronized KernelBlockCache cache() {
        if (cache == null) {
            cache = KernelBlockCache.shared();
        }
        return cache;
    }

    private synchronized AtomicLongArray counters() {
        if (counters == null) {
            counters = new AtomicLongArray(5);
        }
        return counters;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String describe() {
        Backend b = backend();
        return "fidelity-backend[" + b.id() + "@" + b.version() + ",calibration=" + b.calibrationId() + ",shots="
                + shots + ",seed=" + seed + ",compiler=" + compiler.describe() + "," + featureMap.describe() + "]";
    }
}
