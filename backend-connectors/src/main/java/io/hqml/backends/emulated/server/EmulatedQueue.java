package io.hqml.backends.emulated.server;

import io.hqml.quantum.backend.Backend;
import io.hqml.quantum.backend.BackendResult;
import io.hqml.quantum.backend.JobStatus;
import io.hqml.quantum.circuit.Circuit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The emulated device's job queue, in simulated time: no threads and no timers. Every call first advances
 * the queue to the clock's {@code now}:
 * <ol>
 *   <li>one job runs at a time, in submission order;</li>
 *   <li>a job may start once it has waited {@code queueDelay} and the device is free; it then runs for
 *       {@link EmulatorSettings#executionTimeOf} its circuit count;</li>
 *   <li>at its end it COMPLETES (the device backend computes the counts then) or, with probability
 *       {@code failureRate} drawn at submission, FAILS;</li>
 *   <li>a cancelled job leaves the queue at once; a running one frees the device at the cancel time.</li>
 * </ol>
 * Given the same calls at the same clock readings, everything (ids, schedule, failures, counts) is the same.
 * Thread-safe (all methods synchronized; the HTTP server calls from several threads).
 */
final class EmulatedQueue {
    /** Reason code of an injected failure (in IBM's 1000-9999 range). */
    static final int FAILURE_CODE = 1517;

    /** One job and its schedule. Fields are guarded by the queue's lock. */
    static final class Job {
        final String id;
        final List<Circuit> circuits;
        final int shots;
        final long seed;
        final Instant created;
        final boolean willFail;
        JobStatus status = JobStatus.QUEUED;
        Instant started;
        Instant ended;
        BackendResult result;
        String reason = "";
        Integer reasonCode;

        private Job(String id, List<Circuit> circuits, int shots, long seed, Instant created, boolean willFail) {
            this.id = id;
            this.circuits = List.copyOf(circuits);
            this.shots = shots;
            this.seed = seed;
            this.created = created;
            this.willFail = willFail;
        }
    }

    /** A job's state as the API reports it, computed at one instant. */
    record View(Job job, JobStatus status, int queuePosition, Instant estimatedEnd, Instant now) {
    }

    private final Backend device;
    private final EmulatorSettings settings;
    private final Clock clock;
    private final SplittableRandom draws;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private Job running;
    private Instant deviceFreeAt = Instant.EPOCH;
    private long submitted;

    EmulatedQueue(Backend device, EmulatorSettings settings, Clock clock) {
        this.device = device;
        this.settings = settings;
        this.clock = clock;
        this.draws = new SplittableRandom(settings.seed());
    }

    Backend device() {
        return device;
    }

    /**
     * Validates and queues a job.
     *
     * @param seed the sampling seed, or null to draw one from the service's seed
     * @throws io.hqml.quantum.backend.BackendException InvalidCircuit / OverLimits from the device's Target
     */
    synchronized Job submit(List<Circuit> circuits, int shots, Long seed) {
        advance();
        device.validate(circuits, shots);
        long n = ++submitted;
        boolean fail = draws.nextDouble() < settings.failureRate();
        long jobSeed = seed != null ? seed : draws.nextLong();
        Job job = new Job(String.format("ej%08d", n), circuits, shots, jobSeed, clock.instant(), fail);
        jobs.put(job.id, job);
        advance();
        return job;
    }

    /** The job's current view, or null for an unknown id. */
    synchronized View view(String id) {
        advance();
        Job job = jobs.get(id);
        if (job == null) {
            return null;
        }
        Instant now = clock.instant();
        if (job.status == JobStatus.RUNNING) {
            return new View(job, job.status, 0, job.ended, now);
        }
        if (job.status != JobStatus.QUEUED) {
            return new View(job, job.status, 0, job.ended, now);
        }
        // Walk the queue forward from the device's next free moment to find this job's place and end.
        Instant t = running != null ? running.ended : max(deviceFreeAt, now);
        int position = 0;
        for (Job j : jobs.values()) {
            if (j.status != JobStatus.QUEUED) {
                continue;
            }
            position++;
            Instant start = max(t, j.created.plus(settings.queueDelay()));
            t = start.plus(settings.executionTimeOf(j.circuits.size()));
            if (j == job) {
                return new View(job, job.status, position, t, now);
            }
        }
        throw new IllegalStateException("queued job " + id + " is not in the queue");
    }

    /**
     * Cancels a queued or running job.
     *
     * @return true when this call cancelled it, false when it had already finished, null when unknown
     */
    synchronized Boolean cancel(String id) {
        advance();
        Job job = jobs.get(id);
        if (job == null) {
            return null;
        }
        if (job.status.terminal()) {
            return false;
        }
        Instant now = clock.instant();
        if (job == running) {
            running = null;
            deviceFreeAt = now;
        }
        job.status = JobStatus.CANCELLED;
        job.ended = now;
        job.reason = "cancelled by the client";
        return true;
    }

    /** Removes a finished job; returns its status before removal (null when unknown). */
    synchronized JobStatus delete(String id) {
        advance();
        Job job = jobs.get(id);
        if (job != null && job.status.terminal()) {
            jobs.remove(id);
        }
        return job == null ? null : job.status;
    }

    /** Jobs waiting to run. */
    synchronized int queueLength() {
        advance();
        return (int) jobs.values().stream().filter(j -> j.status == JobStatus.QUEUED).count();
    }

    private void advance() {
        Instant now = clock.instant();
        while (true) {
            if (running != null) {
                if (running.ended.isAfter(now)) {
                    return;
                }
                finish(running);
                deviceFreeAt = running.ended;
                running = null;
                continue;
            }
            Job next = null;
            for (Job j : jobs.values()) {
                if (j.status == JobStatus.QUEUED) {
                    next = j;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            Instant start = max(deviceFreeAt, next.created.plus(settings.queueDelay()));
            if (start.isAfter(now)) {
                return;
            }
            next.status = JobStatus.RUNNING;
            next.started = start;
            next.ended = start.plus(settings.executionTimeOf(next.circuits.size()));
            running = next;
        }
    }

    private void finish(Job job) {
        if (job.willFail) {
            job.status = JobStatus.FAILED;
            job.reason = "emulated device failure (failure rate " + settings.failureRate() + ")";
            job.reasonCode = FAILURE_CODE;
            return;
        }
        try {
            // The device is a local backend: its job completes inside submit.
            job.result = device.submit(job.circuits, job.shots, job.seed).result(Duration.ofHours(1));
            job.status = JobStatus.COMPLETED;
        } catch (RuntimeException e) {
            job.status = JobStatus.FAILED;
            job.reason = "device error: " + e.getMessage();
        }
    }

    /** Device time a finished job used (its charge); zero until it ran. */
    static Duration executionTime(Job job) {
        return job.started == null || job.ended == null ? Duration.ZERO : Duration.between(job.started, job.ended);
    }

    static Duration queueTime(Job job) {
        Instant until = job.started != null ? job.started : job.ended;
        return until == null ? Duration.ZERO : Duration.between(job.created, until);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
