package io.hqml.backends.emulated;

import io.hqml.backends.http.BearerToken;
import io.hqml.backends.http.RetryingHttp;
import io.hqml.backends.internal.Fields;
import io.hqml.backends.internal.Json;
import io.hqml.backends.resilience.PollPolicy;
import io.hqml.backends.resilience.RetryPolicy;
import io.hqml.backends.resilience.Sleeper;
import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendJob;
import io.hqml.quantum.backend.PermanentBackendException;
import io.hqml.quantum.backend.TargetCheck;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.noise.NoiseModel;
import io.hqml.quantum.qasm.QasmDialect;
import io.hqml.quantum.qasm.QasmExporter;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.target.TargetJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client of the emulated cloud ({@link Protocol}): a {@link Backend} that submits OpenQASM 3 over HTTP,
 * polls, and maps HTTP errors to the typed backend errors ({@link EmulatedCloudErrors}). Shaped like a real
 * provider adapter: retries 5xx and connection failures with seeded backoff, waits out 429 Retry-After
 * within bounds ({@link RetryPolicy}), polls with growing intervals ({@link PollPolicy}), and sends the
 * bearer token only in the {@code Authorization} header (never in a message or log).
 *
 * <p>The Target and version come from the service ({@code /backends/{name}/target} and {@code /status}),
 * fetched once on first use. Time and waiting are injected ({@link Clock}, {@link Sleeper}). Thread-safe.
 */
public final class EmulatedCloudBackend implements Backend {
    public static final String ID = "emulated-cloud";

    private final URI api;
    private final String backendName;
    private final BearerToken token;
    private final RetryingHttp http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PollPolicy poll;
    private final Duration requestTimeout;
    private volatile Info info;

    private record Info(String version, Target target, boolean noiseless) {
    }

    private EmulatedCloudBackend(Builder b) {
        this.api = b.api;
        this.backendName = b.backendName;
        this.token = b.token;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.poll = b.poll;
        this.requestTimeout = b.requestTimeout;
        HttpClient client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(b.requestTimeout).version(HttpClient.Version.HTTP_1_1).build();
        this.http = new RetryingHttp(client, b.retry, b.sleeper, b.clock, new EmulatedCloudErrors());
    }

    /** @param api the service's API root, e.g. {@code http://127.0.0.1:8089/api/v1} */
    public static Builder builder(URI api) {
        return new Builder(api);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return info().version;
    }

    @Override
    public Target target() {
        return info().target;
    }

    /** From the Target's calibration: the service runs the density-matrix device with that noise. */
    @Override
    public boolean noiseless() {
        return info().noiseless;
    }

    /** The Target's limits and gates, with at least one shot: a cloud device samples. */
    @Override
    public void validate(List<Circuit> circuits, int shots) {
        TargetCheck.check(target(), circuits, shots, 1, Circuit.MAX_QUBITS);
    }

    /** The service's device name this client submits to. */
    public String backendName() {
        return backendName;
    }

    /** Requests re-sent after transient errors or rate limits so far. */
    public long retries() {
        return http.retries();
    }

    private Info info() {
        Info i = info;
        if (i == null) {
            synchronized (this) {
                if (info == null) {
                    String base = "/backends/" + backendName;
                    Map<String, Object> status = json(get(base + "/status"));
                    String version = Fields.string(status, "backend_version", "unknown");
                    String targetJson = get(base + "/target").body();
                    try {
                        Target target = TargetJson.parse(targetJson);
                        info = new Info(version, target, NoiseModel.fromCalibration(target.calibration()).isIdeal());
                    } catch (IllegalArgumentException e) {
                        throw new PermanentBackendException(PermanentBackendException.Reason.PROTOCOL,
                                "the service's Target is not readable: " + e.getMessage(), e);
                    }
                }
                i = info;
            }
        }
        return i;
    }

    @Override
    public BackendJob submit(List<Circuit> circuits, int shots, long seed) {
        List<Object> pubs = new ArrayList<>(circuits.size());
        for (Circuit c : circuits) {
            List<Object> pub = new ArrayList<>(3);
            pub.add(QasmExporter.export(c, QasmDialect.STDGATES));
            pub.add(null);
            pub.add(shots);
            pubs.add(pub);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("version", 2);
        params.put("pubs", pubs);
        params.put("shots", shots);
        params.put("options", Map.of("simulator", Map.of("seed_simulator", seed)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program_id", "sampler");
        body.put("backend", backendName);
        body.put("params", params);
        HttpResponse<String> r = http.send(request("/jobs").POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .header("Content-Type", "application/json").build());
        String id = protocol(() -> Fields.string(json(r), "id"));
        return new EmulatedCloudJob(this, id, circuits.size(), shots);
    }

    HttpResponse<String> get(String path) {
        return http.send(request(path).GET().build());
    }

    HttpResponse<String> post(String path) {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Clock clock() {
        return clock;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    PollPolicy poll() {
        return poll;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(requestTimeout)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", token.authorizationHeader());
        }
        return b;
    }

    static Map<String, Object> json(HttpResponse<String> r) {
        return protocol(() -> Json.parseObject(r.body()));
    }

    /** Runs a parse step; malformed answers become protocol errors. */
    static <T> T protocol(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new PermanentBackendException(PermanentBackendException.Reason.PROTOCOL,
                    "unexpected answer from the emulated cloud: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EmulatedCloudBackend(" + api + ", " + backendName + (token != null ? ", token set" : "") + ")";
    }

    /** Options of the client; defaults suit a service on localhost. */
    public static final class Builder {
        private final URI api;
        private String backendName = Protocol.DEFAULT_BACKEND;
        private BearerToken token;
        private HttpClient client;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private RetryPolicy retry = RetryPolicy.defaults();
        private PollPolicy poll = PollPolicy.defaults();
        private Duration requestTimeout = Duration.ofSeconds(30);

        private Builder(URI api) {
            String s = Objects.requireNonNull(api, "api").toString();
            this.api = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        }

        public Builder backendName(String name) {
            this.backendName = Objects.requireNonNull(name);
            return this;
        }

        /** The bearer token to send, or null for a service without authentication. */
        public Builder token(BearerToken t) {
            this.token = t;
            return this;
        }

        public Builder httpClient(HttpClient c) {
            this.client = c;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s);
            return this;
        }

        public Builder retry(RetryPolicy r) {
            this.retry = Objects.requireNonNull(r);
            return this;
        }

        public Builder poll(PollPolicy p) {
            this.poll = Objects.requireNonNull(p);
            return this;
        }

        public Builder requestTimeout(Duration d) {
            this.requestTimeout = Objects.requireNonNull(d);
            return this;
        }

        public EmulatedCloudBackend build() {
            return new EmulatedCloudBackend(this);
        }
    }
}
