package io.hqml.backends.emulated;

import io.hqml.quantum.backend.JobStatus;
import java.util.Locale;

/**
 * The emulated cloud's HTTP/JSON protocol, shared by the service and its client. It follows IBM Quantum
 * Runtime's REST API (PROVIDERS.md section 1) where that API has an answer, so the client code is shaped like
 * a real adapter:
 * <ul>
 *   <li>{@code POST /api/v1/jobs} with a Sampler V2 body {@code {"program_id":"sampler","backend":NAME,
 *       "params":{"version":2,"pubs":[[QASM3, null, SHOTS], ...],"shots":N,
 *       "options":{"simulator":{"seed_simulator":S}}}}} answers {@code {"id","backend","calibration_id"}}.</li>
 *   <li>{@code GET /api/v1/jobs/{id}}: {@code status} and {@code state.status} are
 *       {@code Queued|Running|Completed|Failed|Cancelled}, with {@code state.reason}/{@code reason_code}.
 *       Unlike IBM's v1 API the job also carries {@code queue_position} (1 = next) and
 *       {@code estimated_wait_seconds} while queued.</li>
 *   <li>{@code GET /api/v1/jobs/{id}/results}: 200 with {@code {"results":[{"data":{"c":{"counts":{BITSTRING:N},
 *       "num_bits":n}},"metadata":{...}}],"metadata":{...}}}, 204 while the job has no final result, 409 for a
 *       failed or cancelled job. Counts are aggregated (IBM sends per-shot hex samples); keys put qubit 0
 *       rightmost, as IBM's classical-register bit order does.</li>
 *   <li>{@code POST /api/v1/jobs/{id}/cancel}: 204, or 409 when the job has finished.
 *       {@code DELETE /api/v1/jobs/{id}}: 204 for a finished job, 409 otherwise.</li>
 *   <li>{@code GET /api/v1/backends}, {@code GET /api/v1/backends/{name}/status}, and the hqml extension
 *       {@code GET /api/v1/backends/{name}/target} (the Target JSON the device runs).</li>
 * </ul>
 * Authentication: {@code Authorization: Bearer TOKEN} when the service is started with a token. Errors:
 * IBM's error container {@code {"trace":ID,"errors":[{"code":CODE,"message":TEXT,"more_info":""}]}}, the
 * codes below, with extra fields for circuit and limit errors; 429 carries {@code Retry-After} in seconds.
 */
public final class Protocol {
    private Protocol() {
    }

    public static final String API = "/api/v1";
    public static final String DEFAULT_BACKEND = "hqml_emulator";

    public static final String INVALID_CIRCUIT = "invalid_circuit";
    public static final String OVER_LIMITS = "over_limits";
    public static final String BAD_REQUEST = "bad_request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String NOT_FOUND = "not_found";
    public static final String NOT_CANCELLABLE = "not_cancellable";
    public static final String NOT_FINISHED = "not_finished";
    public static final String JOB_FAILED = "job_failed";
    public static final String JOB_CANCELLED = "job_cancelled";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String UNAVAILABLE = "unavailable";
    public static final String INTERNAL = "internal";

    /** IBM's spelling of a status: {@code Queued}, {@code Running}, ... */
    public static String statusName(JobStatus s) {
        String lower = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The status for IBM's spelling (case-insensitive), or null for an unknown one. */
    public static JobStatus parseStatus(String name) {
        if (name == null) {
            return null;
        }
        // IBM also reports "Cancelled - Ran too long"; the job then ended without a result.
        String key = name.trim().toUpperCase(Locale.ROOT);
        if (key.startsWith("CANCELLED")) {
            return JobStatus.CANCELLED;
        }
        for (JobStatus s : JobStatus.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
