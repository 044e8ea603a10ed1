package io.hqml.spark.backend;

import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendException;
import io.hqml.quantum.backend.BackendSpec;
import io.hqml.quantum.backend.Backends;
import io.hqml.quantum.backend.InvalidCircuitException;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.BackendFidelityKernel;
import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.quantum.kernel.CircuitCompiler;
import io.hqml.quantum.kernel.TranspilingCompiler;
import io.hqml.quantum.transpile.core.TranspileException;
import io.hqml.quantum.kernel.ComputeUncompute;
import io.hqml.spark.config.BackendConfig;
import io.hqml.spark.errors.HqmlErrors;
import io.hqml.spark.errors.HqmlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The {@code backend:} section made real: opens the backend on the driver, checks that the feature map's
 * compute-uncompute circuits fit it (before any kernel is computed or anything written), and builds the
 * counting shot kernel the job tiles over the executors. Backend errors become one-line {@link HqmlErrors}.
 */
public final class BackendKernels {
    private final Backend backend;
    private final BlockKernel kernel;
    private final int shots;
    private final String compiler;
    private final LongAccumulator circuits;
    private final LongAccumulator jobs;
    private final LongAccumulator shotsTotal;

    private BackendKernels(Backend backend, BlockKernel kernel, int shots, String compiler, LongAccumulator circuits,
                           LongAccumulator jobs, LongAccumulator shotsTotal) {
        this.backend = backend;
        this.kernel = kernel;
        this.shots = shots;
        this.compiler = compiler;
        this.circuits = circuits;
        this.jobs = jobs;
        this.shotsTotal = shotsTotal;
    }

    /**
     * @param example a training row: its compute-uncompute circuit is checked against the backend's Target
     * @throws HqmlException a missing Target file, a bad option, an unreachable service, circuits that do not fit
     */
    public static BackendKernels prepare(SparkContext sc, BackendConfig cfg, FeatureMap map, double[] example) {
        BackendSpec spec = spec(cfg);
        Backend backend;
        CircuitCompiler compiler;
        try {
            backend = Backends.shared(spec);
            Circuit circuit = ComputeUncompute.circuit(map, example, example);
            compiler = compiler(cfg, backend, circuit);
            backend.validate(List.of(compiler.compile(circuit, backend.target()).circuit()), cfg.shots);
        } catch (BackendException e) {
            throw HqmlErrors.backend(cfg.name, e);
        } catch (TranspileException e) {
            throw HqmlErrors.transpileFailed("backend " + cfg.name + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidConfig("backend", "is invalid: " + e.getMessage(), "fix the backend section");
        }
        BackendFidelityKernel k = new BackendFidelityKernel(map, new SpecSource(spec), cfg.shots, cfg.seed)
                .withMaxCircuitsPerJob(cfg.maxCircuitsPerJob).withJobTimeout(Duration.ofSeconds(cfg.jobTimeoutSeconds))
                .withCompiler(compiler);
        LongAccumulator circuits = sc.longAccumulator("hqml backend circuits");
        LongAccumulator jobs = sc.longAccumulator("hqml backend jobs");
        LongAccumulator shotsTotal = sc.longAccumulator("hqml backend shots");
        LongAccumulator hits = sc.longAccumulator("hqml backend cache hits");
        return new BackendKernels(backend, new CountingKernel(k, circuits, jobs, shotsTotal, hits), cfg.shots,
                compiler.describe(), circuits, jobs, shotsTotal);
    }

    /**
     * The transpiler when asked for, or ({@code auto}) when the circuit does not fit the Target as built; the
     * transpiler's seed is the backend seed, so the compiled circuits are the same on every executor.
     */
    static CircuitCompiler compiler(BackendConfig cfg, Backend backend, Circuit circuit) {
        boolean transpile = switch (cfg.transpile) {
            case "always" -> true;
            case "never" -> false;
            default -> {
                try {
                    backend.validate(List.of(circuit), cfg.shots);
                    yield false;
                } catch (InvalidCircuitException doesNotFit) {
                    yield true;
                }
            }
        };
        return transpile ? TranspilingCompiler.defaults(cfg.seed) : CircuitCompiler.none();
    }

    static BackendSpec spec(BackendConfig cfg) {
        String targetJson = null;
        if (cfg.target != null) {
            Path p = Path.of(cfg.target);
            if (!Files.isRegularFile(p)) {
                throw HqmlErrors.backendTargetMissing(cfg.target);
            }
            try {
                targetJson = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw HqmlErrors.backendTargetMissing(cfg.target);
            }
        }
        Map<String, String> options = new TreeMap<>();
        put(options, "url", cfg.url);
        put(options, "backend", cfg.device);
        put(options, "token-env", cfg.tokenEnv);
        put(options, "token-file", cfg.tokenFile);
        return new BackendSpec(cfg.name, targetJson, options);
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (value != null) {
            options.put(key, value);
        }
    }

    /** The kernel to tile: it counts what it sends to the backend. */
    public BlockKernel kernel() {
        return kernel;
    }

    /**
     * Runs {@code work} (a kernel computation on the executors), turning a backend error anywhere in the cause
     * chain (Spark wraps task failures) into a one-line user error.
     */
    public <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BackendException be) {
                    throw HqmlErrors.backend(backend.id(), be);
                }
            }
            throw e;
        }
    }

    /** What was used so far (accumulators are final once the kernels' Spark jobs finished). */
    public BackendUsage usage() {
        return new BackendUsage(backend.id(), backend.version(), backend.target().name(), backend.calibrationId(), shots,
                compiler, circuits.value(), jobs.value(), shotsTotal.value());
    }
}
