package io.hqml.backends.emulated.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.backends.emulated.EmulatedCloudBackend;
import io.hqml.quantum.backend.ConformanceTargets;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.target.TargetJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone service: started from arguments, on real time, used by a default client. */
class EmulatedCloudMainTest {

    @Test
    void theStandaloneServiceRunsJobsForADefaultClient(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("line.json"), TargetJson.toJson(ConformanceTargets.ideal()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EmulatedCloudServer server = EmulatedCloudMain.start(new String[] {"--target", target.toString(), "--port",
            "0", "--queue-delay", "100ms", "--execution-time", "PT0.05S", "--seed", "3"},
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String line = out.toString(StandardCharsets.UTF_8);
            assertTrue(line.startsWith("emulated-cloud listening on " + server.apiUri()), line);
            assertTrue(line.contains("conformance-line-4"), line);
            EmulatedCloudBackend client = EmulatedCloudBackend.builder(server.apiUri()).build();
            Circuit x1 = Circuit.builder(2).add(Gate.X, 1).build();
            assertEquals(Map.of("10", 25L), client.submit(List.of(x1), 25, 1).result(Duration.ofSeconds(30)).counts(0));
        }
    }

    @Test
    void badArgumentsAreOneLineErrors(@TempDir Path dir) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> EmulatedCloudMain.start(new String[] {"--colour", "red"}, sink));
        assertTrue(unknown.getMessage().startsWith("unknown argument '--colour'"));
        IllegalArgumentException noTarget = assertThrows(IllegalArgumentException.class,
                () -> EmulatedCloudMain.start(new String[] {"--port", "0"}, sink));
        assertTrue(noTarget.getMessage().contains("--target"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EmulatedCloudMain.start(new String[] {"--target", dir.resolve("nope.json").toString()}, sink));
        assertTrue(missing.getMessage().startsWith("cannot read --target"));
        assertEquals(Duration.ofMillis(1500), EmulatedCloudMain.duration(Map.of("d", "1500ms"), "d", Duration.ZERO));
        assertEquals(Duration.ofMinutes(2), EmulatedCloudMain.duration(Map.of("d", "2m"), "d", Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> EmulatedCloudMain.duration(Map.of("d", "soon"), "d", Duration.ZERO));
        for (String line : List.of(unknown.getMessage(), noTarget.getMessage(), missing.getMessage())) {
            assertTrue(!line.contains("\n"), line);
        }
    }
}
