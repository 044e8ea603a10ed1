package io.hqml.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hqml.spark.ChildJvm;
import io.hqml.spark.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nystroem example at scale: {@code hqml run conf/examples/moons-nystroem.yaml} on 20,000 generated rows
 * (16,000 train) in a separate JVM whose heap is capped at 2 GB, as a driver with {@code --driver-memory 2g}
 * (local[2], so the executors share that heap too). The exact kernel would need 2 GB for the 16,000 x 16,000
 * training matrix alone; the run must finish, report every model on both splits and write the lineage rows.
 * The peak heap (largest heap occupancy before a collection, from the child's GC log) is printed.
 */
class NystroemScaleIT {
    private static final List<String> MODELS = List.of("quantum_nystroem_lr", "rbf_nystroem_lr", "logistic_regression",
            "linear_svc", "random_forest");

    @TempDir
    Path dir;

    @Test
    void twentyThousandRowsRunWithATwoGigabyteDriver() throws Exception {
        String classpath = ChildJvm.jobClasspath();
        Path root = SparkTestSession.projectRoot();
        Path warehouse = dir.resolve("warehouse");
        Path log = dir.resolve("run.log");
        Path gcLog = dir.resolve("gc.log");
        long start = System.nanoTime();
        int code = ChildJvm.run(root, log, Duration.ofMinutes(5), List.of("-Xmx2g", "-Xlog:gc:file=" + gcLog),
                classpath, "io.hqml.spark.cli.HqmlMain", List.of("run", "conf/examples/moons-nystroem.yaml",
                        "--master", "local[2]", "--warehouse", warehouse.toString(), "--run-id", "scale", "--json"));
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        assertEquals(0, code, output);

        // The summary is the JSON object on stdout; Spark's warnings share the log (stderr is merged in).
        JsonNode summary = new ObjectMapper().readTree(output.substring(output.indexOf("{\n  \"run_id\"")));
        assertEquals(16_000, summary.get("train_rows").asInt());
        assertEquals(4_000, summary.get("test_rows").asInt());
        List<String> models = new ArrayList<>();
        summary.get("models").forEach(m -> models.add(m.get("model").asText()));
        assertEquals(MODELS, models);
        // 2 qubits, 64 landmarks: about 0.96 test accuracy (the linear baselines about 0.87).
        double quantum = summary.get("models").get(0).get("test").get("accuracy").asDouble();
        assertTrue(quantum > 0.9, "quantum Nystroem test accuracy " + quantum);
        assertTrue(summary.get("stage_timings_seconds").findValue("quantum_kernel_train") == null, "no exact kernel");

        // The lineage rows, read back through the CLI from the Delta tables.
        Path show = dir.resolve("show.log");
        assertEquals(0, ChildJvm.run(root, show, Duration.ofMinutes(3), List.of(), classpath, "io.hqml.spark.cli.HqmlMain",
                List.of("runs", "show", "scale", "--json", "--warehouse", warehouse.toString())), Files.readString(show));
        String shown = Files.readString(show);
        JsonNode run = new ObjectMapper().readTree(shown.substring(shown.indexOf("{\"run\"")));
        assertEquals(MODELS.size() * 2 * 4, run.get("metrics").size(), "model x split x metric rows");
        assertEquals(64, run.get("run").get("nystroem_landmarks").asInt());
        assertEquals(0, run.get("run").get("kernel_tiles").asInt());

        System.out.printf("NystroemScaleIT: 20,000 rows, %.1f s wall (JVM start to exit), peak heap %d MiB of 2048%n",
                seconds, peakHeapMib(gcLog));
    }

    /** Largest "before" occupancy of the GC log's pause lines ("... 812M->95M(2048M) ..."). */
    private static long peakHeapMib(Path gcLog) throws java.io.IOException {
        Matcher m = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)").matcher(Files.readString(gcLog));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }
}
