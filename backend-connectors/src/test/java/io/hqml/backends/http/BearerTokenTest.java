package io.hqml.backends.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenTest {
    private static final String SECRET = "s3cr3t-Token_value";

    @Test
    void theValueNeverShowsInTextOrErrors() throws Exception {
        BearerToken t = BearerToken.fromEnv("HQML_TOKEN", Map.of("HQML_TOKEN", SECRET + "\n"));
        assertFalse(t.toString().contains(SECRET));
        assertEquals("Bearer " + SECRET, t.authorizationHeader());
        assertTrue(t.matches("Bearer " + SECRET));
        assertFalse(t.matches("Bearer " + SECRET + "x"));
        assertFalse(t.matches(null));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BearerToken.fromEnv("HQML_TOKEN", Map.of()));
        assertTrue(missing.getMessage().contains("HQML_TOKEN"));
        IllegalArgumentException spaced = assertThrows(IllegalArgumentException.class, () -> BearerToken.of("a " + SECRET));
        assertFalse(spaced.getMessage().contains(SECRET));
    }

    @Test
    void aTokenFileIsTrimmed(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("token"), "  " + SECRET + "\n");
        assertTrue(BearerToken.fromFile(f).matches("Bearer " + SECRET));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BearerToken.fromFile(dir.resolve("absent")));
        assertTrue(e.getMessage().contains("absent"));
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(" 7 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Thu, 01 Jan 2026 00:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse(null, now));
    }
}
