package io.hqml.backends.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

/**
 * An API token sent as {@code Authorization: Bearer <token>}. The value never appears in {@link #toString},
 * exception messages or logs: only {@link #authorizationHeader} reveals it, for the request itself. Tokens come
 * from an environment variable or a file (e.g. a mounted secret), never from a job config.
 */
public final class BearerToken {
    private final String value;

    private BearerToken(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            // Header values cannot carry spaces or control characters; say so without echoing the value.
            throw new IllegalArgumentException("the token contains whitespace or non-ASCII characters");
        }
        this.value = value;
    }

    public static BearerToken of(String value) {
        return new BearerToken(value);
    }

    /** The token held by environment variable {@code name} of the process. */
    public static BearerToken fromEnv(String name) {
        return fromEnv(name, System.getenv());
    }

    /** The token held by variable {@code name} of {@code env}. */
    public static BearerToken fromEnv(String name, Map<String, String> env) {
        String v = env.get(Objects.requireNonNull(name, "name"));
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set; export the API token in it");
        }
        return new BearerToken(v.trim());
    }

    /** The token in {@code file} (surrounding whitespace, such as a final newline, removed). */
    public static BearerToken fromFile(Path file) {
        try {
            return new BearerToken(Files.readString(file, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The {@code Authorization} header value. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** Whether a received {@code Authorization} header carries this token (constant-time comparison). */
    public boolean matches(String authorizationHeader) {
        if (authorizationHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(authorizationHeader().getBytes(StandardCharsets.UTF_8),
                authorizationHeader.trim().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BearerToken(****)";
    }
}
