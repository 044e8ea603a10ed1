package io.hqml.backends.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.backends.emulated.server.EmulatorSettings;
import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendSpec;
import io.hqml.quantum.backend.Backends;
import io.hqml.quantum.backend.ConformanceTargets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code emulated-cloud} by name, as a job config gives it. */
class EmulatedCloudProviderTest {
    @Test
    void aSpecWithAUrlOpensTheClient() {
        try (EmulatedCloudFixture f = new EmulatedCloudFixture(ConformanceTargets.noisy(), EmulatorSettings.defaults(), null)) {
            Backend b = Backends.open(new BackendSpec("emulated-cloud", null, Map.of("url", f.server.apiUri().toString())));
            assertInstanceOf(EmulatedCloudBackend.class, b);
            assertEquals("conformance-line-4", b.target().name());
            assertEquals("conformance-line-4@noisy", b.calibrationId());
        }
    }

    @Test
    void badOptionsAreNamed() {
        IllegalArgumentException noUrl = assertThrows(IllegalArgumentException.class,
                () -> Backends.open(new BackendSpec("emulated-cloud")));
        assertTrue(noUrl.getMessage().contains("'url'"), noUrl.getMessage());
        IllegalArgumentException ftp = assertThrows(IllegalArgumentException.class,
                () -> Backends.open(new BackendSpec("emulated-cloud", null, Map.of("url", "ftp://x/api/v1"))));
        assertTrue(ftp.getMessage().contains("http"), ftp.getMessage());
        IllegalArgumentException env = assertThrows(IllegalArgumentException.class, () -> Backends.open(
                new BackendSpec("emulated-cloud", null, Map.of("url", "http://127.0.0.1:1/api/v1",
                        "token-env", "HQML_TEST_SURELY_UNSET_VARIABLE"))));
        assertTrue(env.getMessage().contains("HQML_TEST_SURELY_UNSET_VARIABLE"), env.getMessage());
    }
}
