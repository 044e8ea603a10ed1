package io.hqml.quantum.backend;

import java.time.Duration;

/**
 * A handle on one submitted job. Local backends hand out jobs that usually completed during
 * {@link Backend#submit}; cloud backends poll their service. Either way callers use the same three calls.
 * Implementations are thread-safe.
 */
public interface BackendJob {

    /** The backend's id for the job (a provider job id, or a local counter). */
    String id();

    /** The current state. Cloud backends ask their service on every call. */
    JobState status();

    /**
     * Asks the backend to cancel the job.
     *
     * @return true when the job is now {@link JobStatus#CANCELLED}; false when it had already finished
     *         (completed, failed or cancelled before), in which case nothing changes
     */
    boolean cancel();

    /**
     * Waits until the job is terminal, at most {@code timeout}, and returns its result.
     *
     * @throws PermanentBackendException with reason {@code JOB_FAILED} or {@code JOB_CANCELLED} when the job
     *         ended without a result
     * @throws TransientBackendException with reason {@code TIMEOUT} when it did not finish in time (the job
     *         goes on; calling again may succeed)
     */
    BackendResult result(Duration timeout);
}
