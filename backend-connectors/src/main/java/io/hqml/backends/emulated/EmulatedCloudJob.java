package io.hqml.backends.emulated;

import io.hqml.backends.internal.Fields;
import io.hqml.quantum.backend.BackendJob;
import io.hqml.quantum.backend.BackendResult;
import io.hqml.quantum.backend.Cost;
import io.hqml.quantum.backend.JobState;
import io.hqml.quantum.backend.JobStatus;
import io.hqml.quantum.backend.PermanentBackendException;
import io.hqml.quantum.backend.PermanentBackendException.Reason;
import io.hqml.quantum.backend.ResultMetadata;
import io.hqml.quantum.backend.TransientBackendException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A job on the emulated cloud: every call asks the service. */
final class EmulatedCloudJob implements BackendJob {
    private final EmulatedCloudBackend backend;
    private final String id;
    private final int circuits;
    private final int shots;

    EmulatedCloudJob(EmulatedCloudBackend backend, String id, int circuits, int shots) {
        this.backend = backend;
        this.id = id;
        this.circuits = circuits;
        this.shots = shots;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public JobState status() {
        Map<String, Object> job = EmulatedCloudBackend.json(backend.get("/jobs/" + id));
        return EmulatedCloudBackend.protocol(() -> {
            JobStatus status = Protocol.parseStatus(Fields.string(job, "status"));
            if (status == null) {
                throw new IllegalArgumentException("unknown job status '" + job.get("status") + "'");
            }
            Map<String, Object> state = Fields.objectOrEmpty(job, "state");
            String reason = Fields.string(state, "reason", "");
            OptionalInt position = job.get("queue_position") instanceof Long p ? OptionalInt.of(p.intValue())
                    : OptionalInt.empty();
            Optional<Duration> wait = job.get("estimated_wait_seconds") instanceof Number s
                    ? Optional.of(Duration.ofMillis(Math.round(s.doubleValue() * 1000))) : Optional.empty();
            return new JobState(status, position, wait, reason);
        });
    }

    @Override
    public boolean cancel() {
        try {
            backend.post("/jobs/" + id + "/cancel");
            return true;
        } catch (PermanentBackendException e) {
            if (e.reason() == Reason.CONFLICT) {
                return false; // already finished
            }
            throw e;
        }
    }

    @Override
    public BackendResult result(Duration timeout) {
        Instant deadline = backend.clock().instant().plus(timeout);
        for (int poll = 1; ; poll++) {
            JobState s = status();
            switch (s.status()) {
                case COMPLETED -> {
                    HttpResponse<String> r = backend.get("/jobs/" + id + "/results");
                    if (r.statusCode() == 200) {
                        return parse(EmulatedCloudBackend.json(r));
                    }
                }
                case FAILED -> throw new PermanentBackendException(Reason.JOB_FAILED, "job " + id + " failed: " + s.reason());
                case CANCELLED -> throw new PermanentBackendException(Reason.JOB_CANCELLED,
                        "job " + id + " was cancelled and has no result");
                default -> {
                    // still queued or running
                }
            }
            Duration left = Duration.between(backend.clock().instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new TransientBackendException(TransientBackendException.Reason.TIMEOUT,
                        "job " + id + " did not finish within " + timeout + "; it is " + s.status());
            }
            Duration wait = backend.poll().interval(poll);
            try {
                backend.sleeper().sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientBackendException(TransientBackendException.Reason.TIMEOUT,
                        "interrupted while waiting for job " + id, e);
            }
        }
    }

    private BackendResult parse(Map<String, Object> body) {
        return EmulatedCloudBackend.protocol(() -> {
            List<Object> results = Fields.list(body, "results");
            if (results.size() != circuits) {
                throw new IllegalArgumentException(results.size() + " results for " + circuits + " circuits");
            }
            List<Map<String, Long>> counts = new ArrayList<>(results.size());
            for (Object o : results) {
                @SuppressWarnings("unchecked")
                Map<String, Object> entry = (Map<String, Object>) o;
                Map<String, Object> register = Fields.object(Fields.object(entry, "data"), "c");
                Map<String, Long> c = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : Fields.object(register, "counts").entrySet()) {
                    c.put(e.getKey(), (Long) e.getValue());
                }
                counts.add(c);
            }
            Map<String, Object> meta = Fields.object(body, "metadata");
            long reportedShots = Fields.integer(meta, "shots");
            if (reportedShots != shots) {
                throw new IllegalArgumentException("the job ran " + reportedShots + " shots, " + shots + " were asked for");
            }
            double charge = Fields.number(Fields.objectOrEmpty(meta, "usage"), "qpu_charge_time_seconds", 0);
            ResultMetadata md = new ResultMetadata(id, EmulatedCloudBackend.ID, Fields.string(meta, "backend_version"),
                    Fields.string(meta, "calibration_id"), shots, seconds(Fields.number(meta, "queue_seconds")),
                    seconds(Fields.number(meta, "execution_seconds")), new Cost(charge, Cost.QPU_SECONDS));
            return BackendResult.ofCounts(counts, md);
        });
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
