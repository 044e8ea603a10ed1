package io.hqml.spark.cli;

import io.hqml.spark.errors.HqmlErrors;
import io.hqml.spark.job.ReproduceRun;
import io.hqml.spark.lineage.LineageReader;
import io.hqml.spark.session.SessionHandle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hqml runs list|show RUN_ID}: reads the lineage tables. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List or show recorded runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.ShowRun.class, RunsCommand.Reproduce.class})
final class RunsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per run, newest first.")
    static final class ListRuns implements Callable<Integer> {
        @Mixin WarehouseOption warehouse = new WarehouseOption();
        @Option(names = "--json", description = "JSON lines instead of a table.") boolean json;

        @Override
        public Integer call() {
            try (SessionHandle session = SessionHandle.open(null, "hqml runs list")) {
                LineageReader reader = new LineageReader(session.spark(), warehouse.resolved());
                System.out.print(json ? reader.listJson() : reader.listTable());
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A run's record, metrics and stage timings.")
    static final class ShowRun implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN_ID") String runId;
        @Mixin WarehouseOption warehouse = new WarehouseOption();
        @Option(names = "--json", description = "JSON instead of text.") boolean json;

        @Override
        public Integer call() {
            try (SessionHandle session = SessionHandle.open(null, "hqml runs show")) {
                LineageReader reader = new LineageReader(session.spark(), warehouse.resolved());
                if (!reader.exists(runId)) {
                    throw HqmlErrors.runNotFound(runId, warehouse.resolved());
                }
                System.out.print(json ? reader.showJson(runId) : reader.showText(runId));
                return 0;
            }
        }
    }

    @Command(name = "reproduce", mixinStandardHelpOptions = true,
            description = "Re-run a recorded run from its stored config and seeds, check the dataset hash, and compare "
                    + "every metric bit for bit. Exit 0 when reproduced, 3 when a metric differs.")
    static final class Reproduce implements Callable<Integer> {
        static final int NOT_REPRODUCED = 3;

        @Parameters(index = "0", paramLabel = "RUN_ID") String runId;
        @Mixin WarehouseOption warehouse = new WarehouseOption();
        @Option(names = "--json", description = "JSON instead of text.") boolean json;

        @Override
        public Integer call() {
            try (SessionHandle session = SessionHandle.open(null, "hqml runs reproduce")) {
                ReproduceRun.Result r = new ReproduceRun(session.spark(), warehouse.resolved()).reproduce(runId);
                if (json) {
                    StringBuilder sb = new StringBuilder("{\"run_id\":\"").append(r.runId())
                            .append("\",\"reproduced_run_id\":\"").append(r.reproducedRunId())
                            .append("\",\"dataset_hash\":\"").append(r.datasetHash())
                            .append("\",\"metrics_compared\":").append(r.metricsCompared())
                            .append(",\"reproduced\":").append(r.reproduced()).append(",\"mismatches\":[");
                    for (int i = 0; i < r.mismatches().size(); i++) {
                        sb.append(i == 0 ? "" : ",").append('"').append(r.mismatches().get(i).replace("\"", "'")).append('"');
                    }
                    System.out.println(sb.append("]}"));
                } else {
                    System.out.println((r.reproduced() ? "reproduced" : "NOT reproduced") + ": " + r.runId() + " -> "
                            + r.reproducedRunId() + ", dataset " + r.datasetHash() + ", " + r.metricsCompared()
                            + " metrics compared bit for bit");
                    r.mismatches().forEach(m -> System.out.println("  " + m));
                }
                return r.reproduced() ? 0 : NOT_REPRODUCED;
            }
        }
    }
}
