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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar with the native engine and with native code disabled ({@code -Dhqml.native.disable=true}, as on a
 * cluster whose nodes cannot load the library): both runs of the ad hoc example finish, each records the engine it
 * used, the fallback says so once in the log, and the metrics are identical.
 */
class NativeFallbackIT {
    @TempDir
    Path dir;

    @Test
    void theJobRunsWithNativeCodeDisabledAndGivesTheSameMetrics() throws Exception {
        JsonNode withNative = run("native", List.of());
        String nativeLog = Files.readString(dir.resolve("native.log"));
        assertTrue(nativeLog.contains("hqml engine: native-statevector"), nativeLog);
        JsonNode without = run("fallback", List.of("-Dhqml.native.disable=true"));
        String fallbackLog = Files.readString(dir.resolve("fallback.log"));
        assertEquals(1, fallbackLog.split("hqml engine: java-statevector \\(native engine unavailable: disabled", -1).length - 1,
                fallbackLog);
        assertEquals(withNative.get("models"), without.get("models"), "metrics differ between the engines");
        assertTrue(withNative.get("engine").asText().startsWith("native-statevector-"), withNative.toString());
        assertEquals("java-statevector", without.get("engine").asText());
    }

    private JsonNode run(String name, List<String> jvmOptions) throws Exception {
        Path log = dir.resolve(name + ".log");
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx1g"));
        options.addAll(jvmOptions);
        int code = ChildJvm.run(SparkTestSession.projectRoot(), log, Duration.ofMinutes(4), options,
                ChildJvm.jobClasspath(), "io.hqml.spark.cli.HqmlMain", List.of("run", "conf/examples/adhoc-qsvm.yaml",
                        "--master", "local[2]", "--warehouse", dir.resolve("warehouse-" + name).toString(), "--run-id",
                        name, "--json"));
        String output = Files.readString(log);
        assertEquals(0, code, output);
        return new ObjectMapper().readTree(output.substring(output.indexOf("{\n  \"run_id\"")));
    }
}
