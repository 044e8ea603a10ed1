package io.hqml.spark.cli;

import io.hqml.quantum.data.AdHocDataset;
import io.hqml.quantum.data.Circles;
import io.hqml.quantum.data.LabeledPoints;
import io.hqml.quantum.data.Moons;
import io.hqml.spark.errors.HqmlErrors;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hqml datasets adhoc|moons|circles --output FILE}: the synthetic benchmark sets as CSV. No Spark. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Write a synthetic benchmark data set as CSV (features, label, split).",
        subcommands = {DatasetsCommand.AdHoc.class, DatasetsCommand.MoonsCmd.class, DatasetsCommand.CirclesCmd.class})
final class DatasetsCommand {

    abstract static class Common implements Callable<Integer> {
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "CSV file to write.")
        Path output;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        abstract LabeledPoints generate();

        @Override
        public Integer call() throws IOException {
            LabeledPoints points = generated(this::generate);
            write(points, output);
            System.out.println("wrote " + points.labels().length + " rows to " + output);
            return 0;
        }
    }

    @Command(name = "adhoc", mixinStandardHelpOptions = true,
            description = "The ad hoc data set of Havlicek et al. 2019 (Qiskit ad_hoc_data), n = 2 or 3 qubits.")
    static final class AdHoc extends Common {
        @Option(names = "--qubits", defaultValue = "2") int qubits;
        @Option(names = "--gap", defaultValue = "0.3") double gap;
        @Option(names = "--train-per-class", defaultValue = "20") int train;
        @Option(names = "--test-per-class", defaultValue = "5") int test;

        @Override
        LabeledPoints generate() {
            return AdHocDataset.generate(qubits, gap, train, test, seed);
        }
    }

    @Command(name = "moons", mixinStandardHelpOptions = true, description = "Two interleaving half circles (scikit-learn make_moons).")
    static final class MoonsCmd extends Common {
        @Option(names = "--samples", defaultValue = "200") int samples;
        @Option(names = "--noise", defaultValue = "0.1") double noise;

        @Override
        LabeledPoints generate() {
            return Moons.generate(samples, noise, seed);
        }
    }

    @Command(name = "circles", mixinStandardHelpOptions = true, description = "Two concentric circles (scikit-learn make_circles).")
    static final class CirclesCmd extends Common {
        @Option(names = "--samples", defaultValue = "200") int samples;
        @Option(names = "--noise", defaultValue = "0.1") double noise;
        @Option(names = "--factor", defaultValue = "0.5") double factor;

        @Override
        LabeledPoints generate() {
            return Circles.generate(samples, noise, factor, seed);
        }
    }

    private static LabeledPoints generated(Supplier<LabeledPoints> generator) {
        try {
            return generator.get();
        } catch (IllegalArgumentException e) {
            throw HqmlErrors.invalidArgument(e.getMessage(), "see 'hqml datasets --help'");
        }
    }

    /** Written to a temp file and moved into place, so a failed write never leaves a half file. */
    static void write(LabeledPoints p, Path output) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".hqml-", ".csv");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(String.join(",", p.featureNames()) + ",label,split\n");
            for (int i = 0; i < p.labels().length; i++) {
                StringBuilder sb = new StringBuilder();
                for (double v : p.features()[i]) {
                    sb.append(v).append(',');
                }
                sb.append(p.labels()[i]).append(',').append(p.test()[i] ? "test" : "train").append('\n');
                w.write(sb.toString());
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
