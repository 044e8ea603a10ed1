package io.hqml.spark.cli;

import io.hqml.quantum.featuremap.AmplitudeEncoding;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.ProjectedKernel;
import io.hqml.spark.config.SvmConfig;
import io.hqml.spark.errors.HqmlErrors;
import io.hqml.spark.kernel.GramTable;
import io.hqml.spark.kernel.TiledKernel;
import io.hqml.spark.session.SessionHandle;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hqml kernel}: the kernel matrix of the input rows, used as given (no preprocessing; the map's
 * bandwidth scales features inside the circuit), computed in tiles on Spark and written as CSV (N rows of N
 * values, assembled on the driver, so at most {@code --max-driver-rows} rows) and/or as a Delta table
 * {@code (i, j, value)} written from the executors ({@link GramTable}).
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Compute a quantum kernel matrix for the rows of a CSV/Parquet file and write it as CSV and/or a Delta table.")
final class KernelCommand implements Callable<Integer> {
    @Option(names = "--feature-map", required = true, description = "angle, zz, pauli, iqp, amplitude or basis.") String featureMap;
    @Option(names = "--qubits", description = "Qubits (default: one per numeric column; for amplitude, ceil(log2(columns))).") Integer qubits;
    @Option(names = "--reps", defaultValue = "2", description = "Repetitions (default: ${DEFAULT-VALUE}).") int reps;
    @Option(names = "--entanglement", defaultValue = "linear",
            description = "linear, circular, full, pairwise, or pairs such as 0-1,1-2 (zz, pauli, iqp).") String entanglement;
    @Option(names = "--rotation", defaultValue = "ry", description = "rx, ry or rz (angle).") String rotation;
    @Option(names = "--paulis", defaultValue = "Z,ZZ", description = "Pauli strings of the pauli map (default: ${DEFAULT-VALUE}).") String paulis;
    @Option(names = "--data-map", defaultValue = "pi_minus", description = "pi_minus or product: the pair data map of zz and pauli.") String dataMap;
    @Option(names = "--bandwidth", defaultValue = "1.0", description = "Scales every feature inside the map (default: ${DEFAULT-VALUE}).") double bandwidth;
    @Option(names = "--kind", defaultValue = "fidelity",
            description = "fidelity (|<psi(x)|psi(y)>|^2) or projected (Huang et al. 2021, one-qubit reduced states).") String kind;
    @Option(names = "--gamma", defaultValue = "1.0",
            description = "Projected kernel: exp(-gamma * sum_k ||rho_k(x) - rho_k(y)||_F^2) (default: ${DEFAULT-VALUE}).") double gamma;
    @Option(names = "--input", required = true, description = "CSV (with header) or Parquet; every column numeric.") String input;
    @Option(names = "--output", description = "CSV file to write (N rows of N values; at most --max-driver-rows rows).") Path output;
    @Option(names = "--output-table", paramLabel = "PATH",
            description = "Delta table to write as (i, j, value), computed on the executors; any N.") String outputTable;
    @Option(names = "--table-entries", defaultValue = "full",
            description = "full (every i, j) or upper (i <= j only) (default: ${DEFAULT-VALUE}).") String tableEntries;
    @Option(names = "--max-driver-rows", defaultValue = "" + SvmConfig.DEFAULT_MAX_TRAIN_ROWS,
            description = "Most rows for --output: the driver assembles the N x N matrix for CSV (default: ${DEFAULT-VALUE}).")
    int maxDriverRows;
    @Option(names = "--tile-size", defaultValue = "128",
            description = "Rows per tile, lowered if a task would not fit executor memory (default: ${DEFAULT-VALUE}).") int tileSize;
    @Option(names = "--engine", defaultValue = "auto",
            description = "auto (native SIMD engine when it loads, else Java), java or native.") String engine;
    @Option(names = "--master", description = "Spark master (default: spark.master, else local[*]).") String master;

    @Override
    public Integer call() throws IOException {
        String kernelKind = kind.toLowerCase(Locale.ROOT);
        if (!kernelKind.equals("fidelity") && !kernelKind.equals("projected")) {
            throw HqmlErrors.invalidArgument("--kind '" + kind + "' is unknown", "use --kind fidelity or --kind projected");
        }
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw HqmlErrors.invalidArgument("--gamma must be a positive number, got " + gamma, "pass e.g. --gamma 0.5");
        }
        if (!(bandwidth > 0) || !Double.isFinite(bandwidth) || tileSize < 1) {
            throw HqmlErrors.invalidArgument("--bandwidth must be > 0 and --tile-size >= 1", "fix the option values");
        }
        if (output == null && outputTable == null) {
            throw HqmlErrors.invalidArgument("no output given", "pass --output FILE (CSV) and/or --output-table PATH (Delta)");
        }
        GramTable.Entries entries;
        try {
            entries = GramTable.Entries.parse(tableEntries);
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidArgument("--table-entries '" + tableEntries + "' is unknown", "use full or upper");
        }
        try (SessionHandle session = SessionHandle.open(master, "hqml kernel")) {
            double[][] rows = readRows(session.spark());
            if (output != null && rows.length > maxDriverRows) {
                throw HqmlErrors.driverRows(rows.length, maxDriverRows);
            }
            int columns = rows[0].length;
            boolean amplitude = "amplitude".equalsIgnoreCase(featureMap.trim());
            int n = qubits != null ? qubits : amplitude ? AmplitudeEncoding.qubitsFor(columns) : columns;
            if (!amplitude && n != columns) {
                throw HqmlErrors.invalidArgument("--qubits " + n + " but the input has " + columns
                        + " numeric columns", "pass --qubits " + columns + " or select columns first");
            }
            FeatureMap map;
            try {
                map = FeatureMaps.create(FeatureMapSpec.of(featureMap.trim().toLowerCase(Locale.ROOT), n)
                        .withFeatures(columns).withReps(reps).withEntanglement(entanglement).withRotation(rotation)
                        .withPaulis(paulis).withDataMap(dataMap).withBandwidth(bandwidth));
            } catch (IllegalArgumentException e) {
                throw HqmlErrors.invalidArgument(e.getMessage(), "see 'hqml kernel --help'");
            }
            try {
                io.hqml.quantum.engine.Engines.create(engine);
            } catch (IllegalArgumentException e) {
                throw HqmlErrors.invalidArgument("--engine: " + e.getMessage().split(";")[0],
                        "use one of " + io.hqml.quantum.engine.Engines.choices());
            }
            BlockKernel kernel = kernelKind.equals("projected") ? new ProjectedKernel(map, gamma)
                    : new FidelityKernel(map, engine);
            TiledKernel tiles = new TiledKernel(session.spark(), tileSize);
            if (outputTable != null) {
                long written = GramTable.write(session.spark(), tiles, kernel, rows, outputTable, entries);
                System.out.println("wrote " + written + " entries (" + entries.name().toLowerCase(Locale.ROOT) + ") of the "
                        + rows.length + " x " + rows.length + " " + kernel.describe() + " kernel to Delta table " + outputTable);
            }
            if (output != null) {
                double[][] k = tiles.symmetric(kernel, rows);
                write(k, output);
                System.out.println("wrote " + k.length + " x " + k.length + " " + kernel.describe() + " kernel to " + output);
            }
            return 0;
        }
    }

    private double[][] readRows(SparkSession spark) {
        if (!Files.exists(Path.of(input)) && !input.contains("://")) {
            throw HqmlErrors.dataMissing(input);
        }
        Dataset<Row> df = input.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? spark.read().option("header", "true").option("inferSchema", "true").csv(input)
                : spark.read().parquet(input);
        for (StructField f : df.schema().fields()) {
            if (!(f.dataType() instanceof NumericType)) {
                throw HqmlErrors.nonNumericFeature(f.name(), f.dataType().simpleString());
            }
        }
        List<Row> collected = df.collectAsList();
        if (collected.isEmpty()) {
            throw HqmlErrors.emptyData(input);
        }
        double[][] rows = new double[collected.size()][];
        for (int i = 0; i < rows.length; i++) {
            Row r = collected.get(i);
            rows[i] = new double[r.size()];
            for (int j = 0; j < r.size(); j++) {
                if (r.isNullAt(j) || !Double.isFinite(((Number) r.get(j)).doubleValue())) {
                    throw HqmlErrors.nonFiniteFeatures(1, List.of(df.columns()[j]));
                }
                rows[i][j] = ((Number) r.get(j)).doubleValue();
            }
        }
        return rows;
    }

    private static void write(double[][] k, Path output) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".hqml-", ".csv");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (double[] row : k) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < row.length; j++) {
                    sb.append(j == 0 ? "" : ",").append(row[j]);
                }
                w.write(sb.append('\n').toString());
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
