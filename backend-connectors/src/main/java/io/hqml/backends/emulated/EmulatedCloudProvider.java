package io.hqml.backends.emulated;

import io.hqml.backends.http.BearerToken;
import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendProvider;
import io.hqml.quantum.backend.BackendSpec;
import java.net.URI;
import java.nio.file.Path;

/**
 * {@code emulated-cloud} for {@link io.hqml.quantum.backend.Backends}. Options: {@code url} (required, the API
 * root, e.g. {@code http://127.0.0.1:8089/api/v1}), {@code backend} (device name, default
 * {@value Protocol#DEFAULT_BACKEND}), and where the token is: {@code token-env} (an environment variable) or
 * {@code token-file} (a file); neither means no authentication. The Target comes from the service.
 */
public final class EmulatedCloudProvider implements BackendProvider {
    @Override
    public String name() {
        return EmulatedCloudBackend.ID;
    }

    @Override
    public Backend create(BackendSpec spec) {
        URI url;
        try {
            url = URI.create(spec.requireOption("url"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backend emulated-cloud option 'url' is not a URL: " + e.getMessage());
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("backend emulated-cloud option 'url' must be http(s)://host:port/api/v1");
        }
        String env = spec.options().get("token-env");
        String file = spec.options().get("token-file");
        if (env != null && file != null) {
            throw new IllegalArgumentException("backend emulated-cloud takes token-env or token-file, not both");
        }
        BearerToken token = env != null ? BearerToken.fromEnv(env) : file != null ? BearerToken.fromFile(Path.of(file)) : null;
        return EmulatedCloudBackend.builder(url).backendName(spec.option("backend", Protocol.DEFAULT_BACKEND))
                .token(token).build();
    }
}
