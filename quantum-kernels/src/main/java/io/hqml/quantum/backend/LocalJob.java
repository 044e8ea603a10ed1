package io.hqml.quantum.backend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The job handle of the local backends: the work runs on an {@link Executor}. With the default direct
 * executor it runs inside {@code submit}, so the job is already terminal when the caller gets it; with a
 * pool (or a test's manual executor) it stays {@code QUEUED} until a thread picks it up, and can be
 * cancelled until then. A job cancelled while running finishes its computation but discards the result.
 */
final class LocalJob implements BackendJob {

    /** The computation: called once, on the executor, unless the job was cancelled while queued. */
    @FunctionalInterface
    interface Execution {
        BackendResult run(Timing timing);
    }

    /** When the job was queued and started, for the result's metadata. */
    record Timing(String jobId, Duration queueTime, Instant started, Clock clock) {
        /** Time since the start of execution. */
        Duration elapsed() {
            Duration d = Duration.between(started, clock.instant());
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    private final String id;
    private final Clock clock;
    private final Instant submitted;
    private final CompletableFuture<BackendResult> done = new CompletableFuture<>();
    private JobStatus status = JobStatus.QUEUED; // guarded by this
    private String reason = "";                  // guarded by this

    private LocalJob(String id, Clock clock) {
        this.id = id;
        this.clock = clock;
        this.submitted = clock.instant();
    }

    /** Creates the job and hands its execution to {@code executor}. */
    static LocalJob start(String id, Clock clock, Executor executor, Execution execution) {
        LocalJob job = new LocalJob(id, clock);
        executor.execute(() -> job.execute(execution));
        return job;
    }

    private void execute(Execution execution) {
        Instant started;
        synchronized (this) {
            if (status != JobStatus.QUEUED) {
                return; // cancelled while queued
            }
            status = JobStatus.RUNNING;
            started = clock.instant();
        }
        Duration queued = Duration.between(submitted, started);
        try {
            BackendResult r = execution.run(new Timing(id, queued.isNegative() ? Duration.ZERO : queued, started, clock));
            synchronized (this) {
                if (status == JobStatus.RUNNING) {
                    status = JobStatus.COMPLETED;
                    done.complete(r);
                }
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                if (status == JobStatus.RUNNING) {
                    status = JobStatus.FAILED;
                    reason = String.valueOf(e.getMessage());
                    done.completeExceptionally(e);
                }
            }
            if (e instanceof Error err && !(err instanceof OutOfMemoryError)) {
                throw err;
            }
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized JobState status() {
        // A local executor does not expose its queue, so a queued job reports no position.
        return status.terminal() && !reason.isEmpty() ? JobState.ended(status, reason) : JobState.of(status);
    }

    @Override
    public synchronized boolean cancel() {
        if (status.terminal()) {
            return false;
        }
        status = JobStatus.CANCELLED;
        reason = "cancelled by the client";
        done.cancel(false);
        return true;
    }

    @Override
    public BackendResult result(Duration timeout) {
        try {
            return done.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new TransientBackendException(TransientBackendException.Reason.TIMEOUT,
                    "job " + id + " did not finish within " + timeout + "; it is " + status().status());
        } catch (java.util.concurrent.CancellationException e) {
            throw new PermanentBackendException(PermanentBackendException.Reason.JOB_CANCELLED,
                    "job " + id + " was cancelled and has no result");
        } catch (ExecutionException e) {
            throw new PermanentBackendException(PermanentBackendException.Reason.JOB_FAILED,
                    "job " + id + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientBackendException(TransientBackendException.Reason.TIMEOUT,
                    "interrupted while waiting for job " + id, e);
        }
    }
}
