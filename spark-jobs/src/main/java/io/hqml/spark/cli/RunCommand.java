package io.hqml.spark.cli;

import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.job.HqmlJob;
import io.hqml.spark.job.RunSummary;
import io.hqml.spark.report.SummaryPrinter;
import io.hqml.spark.session.SessionHandle;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment end to end: ingest, split, preprocess, quantum kernel SVM, classical "
                + "baselines, metrics, Delta lineage; prints a summary.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONFIG.yaml", description = "Job config (see README.md).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config key, e.g. quantum.reps=3 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Mixin
    WarehouseOption warehouse = new WarehouseOption();

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark.master, else local[*]).")
    String master;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id; re-running an id replaces its lineage rows (default: NAME-TIME-RANDOM).")
    String runId;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        // Parse and validate before starting Spark: a bad config costs milliseconds, not a session.
        ConfigLoader.Loaded loaded = ConfigLoader.load(config, overrides);
        String id = runId != null ? runId : defaultRunId(loaded.config().name);
        try (SessionHandle session = SessionHandle.open(master, "hqml run " + loaded.config().name)) {
            RunSummary summary = new HqmlJob(session.spark(), warehouse.resolved()).run(loaded, id);
            System.out.print(json ? SummaryPrinter.json(summary) + "\n" : SummaryPrinter.table(summary));
            return 0;
        }
    }

    static String defaultRunId(String name) {
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return name + "-" + time + "-" + String.format("%04x", new java.security.SecureRandom().nextInt(1 << 16));
    }
}
