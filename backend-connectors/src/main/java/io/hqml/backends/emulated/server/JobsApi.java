package io.hqml.backends.emulated.server;

import io.hqml.backends.emulated.Protocol;
import io.hqml.backends.emulated.server.Responses.Reply;
import io.hqml.backends.internal.Fields;
import io.hqml.backends.internal.Json;
import io.hqml.quantum.backend.BackendResult;
import io.hqml.quantum.backend.InvalidCircuitException;
import io.hqml.quantum.backend.JobStatus;
import io.hqml.quantum.backend.OverLimitsException;
import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.qasm.QasmException;
import io.hqml.quantum.qasm.QasmImporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routes of the emulated cloud ({@link Protocol} documents them), independent of the HTTP server: a
 * request is (method, path segments after {@code /api/v1}, body) and the answer a {@link Reply}.
 */
final class JobsApi {
    private final EmulatedQueue queue;
    private final EmulatorSettings settings;
    private final String targetJson;

    JobsApi(EmulatedQueue queue, EmulatorSettings settings, String targetJson) {
        this.queue = queue;
        this.settings = settings;
        this.targetJson = targetJson;
    }

    Reply handle(String method, List<String> path, String body, String trace) {
        int n = path.size();
        if (n >= 1 && path.get(0).equals("jobs")) {
            if (n == 1 && method.equals("POST")) {
                return submit(body, trace);
            }
            if (n == 2 && method.equals("GET")) {
                return job(path.get(1), trace);
            }
            if (n == 2 && method.equals("DELETE")) {
                return delete(path.get(1), trace);
            }
            if (n == 3 && path.get(2).equals("results") && method.equals("GET")) {
                return results(path.get(1), trace);
            }
            if (n == 3 && path.get(2).equals("cancel") && method.equals("POST")) {
                return cancel(path.get(1), trace);
            }
        }
        if (n >= 1 && path.get(0).equals("backends") && method.equals("GET")) {
            if (n == 1) {
                return Reply.json(200, Map.of("devices", List.of(device())));
            }
            if (!path.get(1).equals(settings.backendName())) {
                return Reply.error(404, trace, Protocol.NOT_FOUND, "backend '" + path.get(1) + "' not found");
            }
            if (n == 3 && path.get(2).equals("status")) {
                return Reply.json(200, status());
            }
            if (n == 3 && path.get(2).equals("target")) {
                return new Reply(200, targetJson, Map.of());
            }
        }
        return Reply.error(404, trace, Protocol.NOT_FOUND, method + " /" + String.join("/", path) + " is not part of the API");
    }

    private Reply submit(String body, String trace) {
        List<Circuit> circuits = new ArrayList<>();
        int shots;
        Long seed;
        try {
            Map<String, Object> req = Json.parseObject(body);
            if (!"sampler".equals(Fields.string(req, "program_id"))) {
                return Reply.error(400, trace, Protocol.BAD_REQUEST, "program_id must be 'sampler'");
            }
            String backend = Fields.string(req, "backend");
            if (!backend.equals(settings.backendName())) {
                return Reply.error(404, trace, Protocol.NOT_FOUND, "backend '" + backend + "' not found");
            }
            Map<String, Object> params = Fields.object(req, "params");
            Map<String, Object> options = Fields.objectOrEmpty(params, "options");
            Long defaultShots = params.get("shots") != null ? Long.valueOf(Fields.integer(params, "shots"))
                    : options.get("default_shots") != null ? Long.valueOf(Fields.integer(options, "default_shots")) : null;
            Map<String, Object> simulator = Fields.objectOrEmpty(options, "simulator");
            seed = simulator.get("seed_simulator") == null ? null : Fields.integer(simulator, "seed_simulator");
            List<Object> pubs = Fields.list(params, "pubs");
            Long common = null;
            for (int i = 0; i < pubs.size(); i++) {
                Pub pub = Pub.parse(pubs.get(i), i);
                Long s = pub.shots != null ? pub.shots : defaultShots;
                if (s == null) {
                    return Reply.error(400, trace, Protocol.BAD_REQUEST, "pub " + i + " has no shots and params.shots is not set");
                }
                if (common != null && !common.equals(s)) {
                    return Reply.error(400, trace, Protocol.BAD_REQUEST, "every pub must use the same shots; pub " + i
                            + " asks for " + s + ", earlier ones for " + common);
                }
                common = s;
                try {
                    circuits.add(QasmImporter.importCircuit(pub.qasm));
                } catch (QasmException e) {
                    return Reply.error(400, trace, Protocol.INVALID_CIRCUIT, e.getMessage(), Map.of("circuit_index", i));
                }
            }
            if (common == null) {
                return Reply.error(400, trace, Protocol.BAD_REQUEST, "params.pubs is empty");
            }
            if (common < 1 || common > Integer.MAX_VALUE) {
                // A cloud device samples: at least one shot.
                return overLimits(trace, new OverLimitsException(OverLimitsException.Limit.SHOTS, common, 1,
                        queue.device().target().maxShots()));
            }
            shots = common.intValue();
        } catch (IllegalArgumentException e) {
            return Reply.error(400, trace, Protocol.BAD_REQUEST, e.getMessage());
        }
        EmulatedQueue.Job job;
        try {
            job = queue.submit(circuits, shots, seed);
        } catch (InvalidCircuitException e) {
            return Reply.error(400, trace, Protocol.INVALID_CIRCUIT, e.getMessage(),
                    Map.of("circuit_index", e.circuitIndex()));
        } catch (OverLimitsException e) {
            return overLimits(trace, e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id);
        out.put("backend", settings.backendName());
        out.put("calibration_id", queue.device().calibrationId());
        return Reply.json(200, out);
    }

    private static Reply overLimits(String trace, OverLimitsException e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("limit", e.limit().name().toLowerCase(Locale.ROOT));
        extra.put("requested", e.requested());
        extra.put("min", e.min());
        extra.put("max", e.max());
        return Reply.error(400, trace, Protocol.OVER_LIMITS, e.getMessage(), extra);
    }

    /** One Sampler PUB: a bare circuit or {@code [circuit, parameter values (none), shots?]}. */
    private record Pub(String qasm, Long shots) {
        static Pub parse(Object pub, int i) {
            if (pub instanceof String s) {
                return new Pub(s, null);
            }
            if (pub instanceof List<?> l && !l.isEmpty() && l.size() <= 3 && l.get(0) instanceof String s) {
                if (l.size() >= 2 && l.get(1) != null && !(l.get(1) instanceof Map<?, ?> m && m.isEmpty())
                        && !(l.get(1) instanceof List<?> v && v.isEmpty())) {
                    throw new IllegalArgumentException("pub " + i + " has parameter values; circuits must be bound");
                }
                Object shots = l.size() == 3 ? l.get(2) : null;
                if (shots != null && !(shots instanceof Long)) {
                    throw new IllegalArgumentException("pub " + i + " shots must be an integer");
                }
                return new Pub(s, (Long) shots);
            }
            throw new IllegalArgumentException("pub " + i + " must be an OpenQASM 3 string or [circuit, null, shots]");
        }
    }

    private Reply job(String id, String trace) {
        EmulatedQueue.View v = queue.view(id);
        if (v == null) {
            return Reply.error(404, trace, Protocol.NOT_FOUND, "job " + id + " not found");
        }
        EmulatedQueue.Job job = v.job();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", Protocol.statusName(v.status()));
        state.put("reason", job.reason);
        state.put("reason_code", job.reasonCode);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id);
        out.put("backend", settings.backendName());
        out.put("status", Protocol.statusName(v.status()));
        out.put("state", state);
        out.put("program", Map.of("id", "sampler"));
        out.put("created", job.created.toString());
        out.put("calibration_id", queue.device().calibrationId());
        out.put("num_circuits", job.circuits.size());
        out.put("shots", job.shots);
        if (v.status() == JobStatus.QUEUED) {
            out.put("queue_position", v.queuePosition());
        }
        if (!v.status().terminal()) {
            Duration wait = Duration.between(v.now(), v.estimatedEnd());
            out.put("estimated_wait_seconds", Math.max(0, wait.toMillis()) / 1000.0);
        }
        out.put("estimated_running_time_seconds", settings.executionTimeOf(job.circuits.size()).toMillis() / 1000.0);
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("qpu_charge_time_seconds", EmulatedQueue.executionTime(job).toMillis() / 1000.0);
        usage.put("status", v.status().terminal() ? "complete" : "pending");
        out.put("usage", usage);
        return Reply.json(200, out);
    }

    private Reply results(String id, String trace) {
        EmulatedQueue.View v = queue.view(id);
        if (v == null) {
            return Reply.error(404, trace, Protocol.NOT_FOUND, "job " + id + " not found");
        }
        EmulatedQueue.Job job = v.job();
        switch (v.status()) {
            case QUEUED, RUNNING -> {
                return Reply.empty(204);
            }
            case FAILED -> {
                return Reply.error(409, trace, Protocol.JOB_FAILED, "job " + id + " failed: " + job.reason);
            }
            case CANCELLED -> {
                return Reply.error(409, trace, Protocol.JOB_CANCELLED, "job " + id + " was cancelled");
            }
            default -> {
                return Reply.json(200, resultBody(job));
            }
        }
    }

    private Map<String, Object> resultBody(EmulatedQueue.Job job) {
        BackendResult r = job.result;
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Map<String, Object> register = new LinkedHashMap<>();
            register.put("counts", new LinkedHashMap<String, Object>(r.counts(i)));
            register.put("num_bits", job.circuits.get(i).numQubits());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("data", Map.of("c", register));
            entry.put("metadata", Map.of("circuit_index", i, "shots", job.shots));
            results.add(entry);
        }
        Map<String, Object> timestamps = new LinkedHashMap<>();
        timestamps.put("created", job.created.toString());
        timestamps.put("running", job.started.toString());
        timestamps.put("finished", job.ended.toString());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 2);
        meta.put("job_id", job.id);
        meta.put("backend", settings.backendName());
        meta.put("backend_version", settings.backendVersion());
        meta.put("calibration_id", r.metadata().calibrationId());
        meta.put("shots", job.shots);
        meta.put("timestamps", timestamps);
        meta.put("queue_seconds", EmulatedQueue.queueTime(job).toMillis() / 1000.0);
        meta.put("execution_seconds", EmulatedQueue.executionTime(job).toMillis() / 1000.0);
        meta.put("usage", Map.of("qpu_charge_time_seconds", EmulatedQueue.executionTime(job).toMillis() / 1000.0));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results", results);
        out.put("metadata", meta);
        return out;
    }

    private Reply cancel(String id, String trace) {
        Boolean cancelled = queue.cancel(id);
        if (cancelled == null) {
            return Reply.error(404, trace, Protocol.NOT_FOUND, "job " + id + " not found");
        }
        if (!cancelled) {
            return Reply.error(409, trace, Protocol.NOT_CANCELLABLE, "job " + id + " is "
                    + Protocol.statusName(queue.view(id).status()) + " and cannot be cancelled");
        }
        return Reply.empty(204);
    }

    private Reply delete(String id, String trace) {
        JobStatus s = queue.delete(id);
        if (s == null) {
            return Reply.error(404, trace, Protocol.NOT_FOUND, "job " + id + " not found");
        }
        if (!s.terminal()) {
            return Reply.error(409, trace, Protocol.NOT_FINISHED, "job " + id + " is " + Protocol.statusName(s)
                    + "; cancel it before deleting");
        }
        return Reply.empty(204);
    }

    private Map<String, Object> device() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", settings.backendName());
        d.put("status", Map.of("name", "online", "reason", ""));
        d.put("is_simulator", true);
        d.put("qubits", queue.device().target().numQubits());
        d.put("queue_length", queue.queueLength());
        d.put("backend_version", settings.backendVersion());
        d.put("calibration_id", queue.device().calibrationId());
        return d;
    }

    private Map<String, Object> status() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", true);
        s.put("status", "active");
        s.put("message", "");
        s.put("length_queue", queue.queueLength());
        s.put("backend_version", settings.backendVersion());
        return s;
    }
}
