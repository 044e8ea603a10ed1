package io.hqml.backends.emulated.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hqml.backends.emulated.Protocol;
import io.hqml.backends.emulated.server.Responses.Reply;
import io.hqml.backends.http.BearerToken;
import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.target.TargetJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulated cloud: a localhost HTTP service that behaves like a quantum provider (see {@link Protocol}) in
 * front of a local device backend, normally the density-matrix backend with the Target's calibration noise.
 * Jobs queue and run in the simulated time of an injected {@link Clock} ({@link EmulatedQueue}); requests
 * may be refused at configured rates ({@link Admission}); with a token, every request must carry it.
 *
 * <p>Request handling order: authentication (401), admission (429/503), then the route ({@link JobsApi}).
 * The server never logs request headers or bodies.
 */
public final class EmulatedCloudServer implements AutoCloseable {
    /** Largest request body accepted (a few thousand circuits of OpenQASM). */
    static final int MAX_BODY_BYTES = 64 << 20;

    static {
        // The JDK server writes headers and body in separate segments; with Nagle's algorithm the body then
        // waits for the client's delayed ACK (about 40 ms per response). Its documented switch, read once
        // when the JVM's first HttpServer is created; an explicit setting by the user wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService pool;
    private final JobsApi api;
    private final Admission admission;
    private final BearerToken token;
    private final AtomicLong traces = new AtomicLong();

    private EmulatedCloudServer(HttpServer http, ExecutorService pool, JobsApi api, Admission admission,
                                BearerToken token) {
        this.http = http;
        this.pool = pool;
        this.api = api;
        this.admission = admission;
        this.token = token;
    }

    /**
     * Starts the service.
     *
     * @param bind       address to listen on; port 0 picks a free port
     * @param device     the backend that runs the circuits; its Target gives the limits and is served at
     *                   {@code /backends/{name}/target}
     * @param token      the token requests must present, or null for no authentication
     */
    public static EmulatedCloudServer start(InetSocketAddress bind, Backend device, EmulatorSettings settings,
                                            BearerToken token, Clock clock) throws IOException {
        EmulatedQueue queue = new EmulatedQueue(device, settings, clock);
        JobsApi api = new JobsApi(queue, settings, TargetJson.toJson(device.target()));
        HttpServer http = HttpServer.create(bind, 64);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "emulated-cloud-http");
            t.setDaemon(true);
            return t;
        });
        EmulatedCloudServer server = new EmulatedCloudServer(http, pool, api, new Admission(settings, clock), token);
        http.createContext(Protocol.API, server::handle);
        http.setExecutor(pool);
        http.start();
        return server;
    }

    /** {@code http://host:port/api/v1}. */
    public URI apiUri() {
        InetSocketAddress a = http.getAddress();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + Protocol.API);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String trace = "emu-" + traces.incrementAndGet();
        Reply reply;
        try {
            reply = route(ex, trace);
        } catch (RuntimeException e) {
            reply = Reply.error(500, trace, Protocol.INTERNAL, "internal error: " + e.getClass().getSimpleName());
        }
        Responses.send(ex, reply);
    }

    private Reply route(HttpExchange ex, String trace) throws IOException {
        if (token != null && !token.matches(ex.getRequestHeaders().getFirst("Authorization"))) {
            drain(ex);
            return Reply.error(401, trace, Protocol.UNAUTHORIZED, "missing or invalid bearer token");
        }
        String method = ex.getRequestMethod();
        List<String> path = segments(ex.getRequestURI().getRawPath());
        boolean submit = method.equals("POST") && path.size() == 1 && path.get(0).equals("jobs");
        Admission.Refusal refusal = admission.check(submit);
        if (refusal != null) {
            drain(ex);
            Reply r = Reply.error(refusal.status(), trace, refusal.code(), refusal.message());
            return refusal.status() == 429 ? r.withHeader("Retry-After", Long.toString(refusal.retryAfterSeconds())) : r;
        }
        String body = readBody(ex);
        if (body == null) {
            return Reply.error(413, trace, Protocol.BAD_REQUEST, "request body over " + MAX_BODY_BYTES + " bytes");
        }
        return api.handle(method, path, body, trace);
    }

    private static List<String> segments(String rawPath) {
        String rest = rawPath.substring(Protocol.API.length());
        List<String> out = new ArrayList<>();
        for (String s : rest.split("/")) {
            if (!s.isEmpty()) {
                out.add(java.net.URLDecoder.decode(s, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }
}
