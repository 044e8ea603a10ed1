package io.hqml.spark.cli;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.errors.HqmlErrors;
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
 * {@code hqml kernel}: the kernel matrix of the input rows, used as given (no preprocessing except the
 * bandwidth factor), computed in tiles on Spark and written as CSV, N rows of N values.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Compute a quantum kernel matrix for the rows of a CSV/Parquet file and write it as CSV.")
final class KernelCommand implements Callable<Integer> {
    @Option(names = "--feature-map", required = true, description = "zz or angle.") String featureMap;
    @Option(names = "--qubits", description = "Qubits (default: the number of numeric columns; must equal it).") Integer qubits;
    @Option(names = "--reps", defaultValue = "2", description = "Repetitions (default: ${DEFAULT-VALUE}).") int reps;
    @Option(names = "--entanglement", defaultValue = "linear", description = "linear, circular or full (zz).") String entanglement;
    @Option(names = "--rotation", defaultValue = "ry", description = "rx or ry (angle).") String rotation;
    @Option(names = "--bandwidth", defaultValue = "1.0", description = "Multiplies every feature first (default: ${DEFAULT-VALUE}).") double bandwidth;
    @Option(names = "--kind", defaultValue = "fidelity", description = "Kernel kind: fidelity.") String kind;
    @Option(names = "--gamma", description = "Projected-kernel gamma (for --kind projected, a later release).") Double gamma;
    @Option(names = "--input", required = true, description = "CSV (with header) or Parquet; every column numeric.") String input;
    @Option(names = "--output", required = true, description = "CSV file to write.") Path output;
    @Option(names = "--tile-size", defaultValue = "128", description = "Rows per tile (default: ${DEFAULT-VALUE}).") int tileSize;
    @Option(names = "--master", description = "Spark master (default: spark.master, else local[*]).") String master;

    @Override
    public Integer call() throws IOException {
        if (!"fidelity".equals(kind.toLowerCase(Locale.ROOT))) {
            throw HqmlErrors.invalidArgument("--kind '" + kind + "' is not available in this release",
                    "use --kind fidelity");
        }
        if (!(bandwidth > 0) || tileSize < 1) {
            throw HqmlErrors.invalidArgument("--bandwidth must be > 0 and --tile-size >= 1", "fix the option values");
        }
        try (SessionHandle session = SessionHandle.open(master, "hqml kernel")) {
            double[][] rows = readRows(session.spark());
            int n = qubits != null ? qubits : rows[0].length;
            if (n != rows[0].length) {
                throw HqmlErrors.invalidArgument("--qubits " + n + " but the input has " + rows[0].length
                        + " numeric columns", "pass --qubits " + rows[0].length + " or select columns first");
            }
            FeatureMap map;
            try {
                map = FeatureMaps.create(featureMap, n, reps, entanglement, rotation);
            } catch (IllegalArgumentException e) {
                throw HqmlErrors.invalidArgument(e.getMessage(), "see 'hqml kernel --help'");
            }
            double[][] k = new TiledKernel(session.spark(), tileSize).symmetric(new FidelityKernel(map), rows);
            write(k, output);
            System.out.println("wrote " + k.length + " x " + k.length + " " + map.describe() + " kernel to " + output);
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
                rows[i][j] = bandwidth * ((Number) r.get(j)).doubleValue();
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
