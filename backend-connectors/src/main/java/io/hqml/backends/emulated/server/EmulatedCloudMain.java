package io.hqml.backends.emulated.server;

import io.hqml.backends.http.BearerToken;
import io.hqml.quantum.backend.LocalDensityMatrixBackend;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.target.TargetJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulated cloud as a standalone service until it is stopped (Ctrl-C):
 * <pre>
 * java -cp spark-jobs/target/hqml-job.jar io.hqml.backends.emulated.server.EmulatedCloudMain \
 *     --target conf/targets/NAME.json [--port 8089] [--bind 127.0.0.1] [--backend hqml_emulator]
 *     [--queue-delay 2s] [--execution-time 1s] [--execution-time-per-circuit 10ms] [--failure-rate 0.0]
 *     [--throttle-rate 0.0] [--retry-after 1s] [--unavailable-rate 0.0] [--jobs-per-minute 0] [--seed 0]
 *     [--token-env VAR | --token-file FILE]
 * </pre>
 * Durations are {@code 500ms}, {@code 2s}, {@code 1m} or ISO-8601 ({@code PT2S}). The device is the
 * density-matrix backend with the Target's calibration noise. Bad arguments print one line and exit 2.
 */
public final class EmulatedCloudMain {
    private static final List<String> KEYS = List.of("target", "port", "bind", "backend", "queue-delay",
            "execution-time", "execution-time-per-circuit", "failure-rate", "throttle-rate", "retry-after",
            "unavailable-rate", "jobs-per-minute", "seed", "token-env", "token-file");

    private EmulatedCloudMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatedCloudServer server;
        try {
            server = start(args, System.out);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Parses {@code args}, starts the service and prints where it listens. */
    static EmulatedCloudServer start(String[] args, PrintStream out) throws IOException {
        Map<String, String> o = parse(args);
        if (!o.containsKey("target")) {
            throw new IllegalArgumentException("--target FILE is required (a Target JSON, e.g. conf/targets/*.json)");
        }
        Target target;
        try {
            target = TargetJson.load(Path.of(o.get("target")));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --target " + o.get("target") + ": " + e.getMessage());
        }
        EmulatorSettings s = EmulatorSettings.defaults()
                .withBackendName(o.getOrDefault("backend", EmulatorSettings.defaults().backendName()))
                .withQueueDelay(duration(o, "queue-delay", Duration.ZERO))
                .withExecutionTime(duration(o, "execution-time", Duration.ZERO),
                        duration(o, "execution-time-per-circuit", Duration.ZERO))
                .withFailureRate(number(o, "failure-rate"))
                .withThrottling(number(o, "throttle-rate"), duration(o, "retry-after", Duration.ofSeconds(1)))
                .withUnavailableRate(number(o, "unavailable-rate"))
                .withMaxJobsPerMinute((int) integer(o, "jobs-per-minute"))
                .withSeed(integer(o, "seed"));
        if (o.containsKey("token-env") && o.containsKey("token-file")) {
            throw new IllegalArgumentException("give --token-env or --token-file, not both");
        }
        BearerToken token = o.containsKey("token-env") ? BearerToken.fromEnv(o.get("token-env"))
                : o.containsKey("token-file") ? BearerToken.fromFile(Path.of(o.get("token-file"))) : null;
        int port = (int) integer(o, "port", 8089);
        EmulatedCloudServer server = EmulatedCloudServer.start(new InetSocketAddress(o.getOrDefault("bind", "127.0.0.1"),
                port), new LocalDensityMatrixBackend(target), s, token, Clock.systemUTC());
        out.println("emulated-cloud listening on " + server.apiUri() + "  backend " + s.backendName() + " (target "
                + target.name() + ", " + target.numQubits() + " qubits, calibration " + target.calibration().id() + ")"
                + (token != null ? ", bearer token required" : ""));
        return server;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !KEYS.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown argument '" + a + "'; options: --" + String.join(", --", KEYS));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            o.put(a.substring(2), args[++i]);
        }
        return o;
    }

    static Duration duration(Map<String, String> o, String key, Duration fallback) {
        String v = o.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            if (v.startsWith("P") || v.startsWith("p")) {
                return Duration.parse(v);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + key + " " + v + " is not a duration; write e.g. 500ms, 2s, 1m");
        }
    }

    private static double number(Map<String, String> o, String key) {
        try {
            return Double.parseDouble(o.getOrDefault(key, "0"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " " + o.get(key) + " is not a number");
        }
    }

    private static long integer(Map<String, String> o, String key) {
        return integer(o, key, 0);
    }

    private static long integer(Map<String, String> o, String key, long fallback) {
        try {
            return o.containsKey(key) ? Long.parseLong(o.get(key)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " " + o.get(key) + " is not an integer");
        }
    }
}
