package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import java.util.List;
import java.util.Set;

/** {@code data:} where the rows come from and which columns are label and features. */
public final class DataConfig {
    static final Set<String> FILE_FORMATS = Set.of("csv", "parquet", "delta");
    static final Set<String> GENERATORS = Set.of("adhoc", "moons", "circles");

    /** {@code csv | parquet | delta} (read {@link #path}) or a generator {@code adhoc | moons | circles}. */
    public String format = "csv";
    /** File or table path for csv/parquet/delta. */
    public String path;
    /** The label column (integer or string classes). */
    public String label = "label";
    /** Feature columns; empty means every column except the label. */
    public List<String> features = List.of();
    /** Generator settings, used when format is a generator. */
    public GeneratorConfig generator = new GeneratorConfig();

    /** Settings of the synthetic generators ({@code hqml datasets} takes the same). */
    public static final class GeneratorConfig {
        public int qubits = 2;
        public double gap = 0.3;
        public int trainPerClass = 20;
        public int testPerClass = 5;
        public int samples = 200;
        public double noise = 0.1;
        public double factor = 0.5;
        /** Seed of the generator; defaults to the run's seed. */
        public Long seed;
    }

    public boolean isGenerated() {
        return GENERATORS.contains(format);
    }

    void validate() {
        if (format == null || !(FILE_FORMATS.contains(format) || GENERATORS.contains(format))) {
            throw invalidConfig("data.format", "is '" + format + "'",
                    "use csv, parquet or delta (with data.path) or a generator: adhoc, moons, circles");
        }
        if (!isGenerated() && (path == null || path.isBlank())) {
            throw invalidConfig("data.path", "is missing for format " + format, "set data.path to the file or table");
        }
        if (label == null || label.isBlank()) {
            throw invalidConfig("data.label", "is empty", "name the label column");
        }
        if (features == null) {
            features = List.of();
        }
        if (features.contains(label)) {
            throw invalidConfig("data.features", "contains the label column '" + label + "'",
                    "remove the label from the feature list");
        }
    }

    /** A URI that identifies the data in lineage. */
    public String uri() {
        if (!isGenerated()) {
            return path;
        }
        GeneratorConfig g = generator;
        return switch (format) {
            case "adhoc" -> "generated:adhoc?qubits=" + g.qubits + "&gap=" + g.gap + "&trainPerClass="
                    + g.trainPerClass + "&testPerClass=" + g.testPerClass + "&seed=" + g.seed;
            case "moons" -> "generated:moons?samples=" + g.samples + "&noise=" + g.noise + "&seed=" + g.seed;
            default -> "generated:circles?samples=" + g.samples + "&noise=" + g.noise + "&factor=" + g.factor
                    + "&seed=" + g.seed;
        };
    }
}
