package io.hqml.quantum.backend;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link BackendJob#status()} reports: the status plus what the backend knows about the wait.
 *
 * @param status        where the job is in its lifecycle
 * @param queuePosition 1 = next to run; empty when the backend does not say (IBM's v1 API never does)
 * @param estimatedWait time until the job is expected to finish; empty when unknown
 * @param reason        why the job failed or was cancelled; empty otherwise
 */
public record JobState(JobStatus status, OptionalInt queuePosition, Optional<Duration> estimatedWait, String reason) {

    public JobState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(queuePosition, "queuePosition");
        Objects.requireNonNull(estimatedWait, "estimatedWait");
        reason = reason == null ? "" : reason;
    }

    /** A state with nothing more known than its status. */
    public static JobState of(JobStatus status) {
        return new JobState(status, OptionalInt.empty(), Optional.empty(), "");
    }

    public static JobState queued(int position, Duration estimatedWait) {
        return new JobState(JobStatus.QUEUED, OptionalInt.of(position), Optional.ofNullable(estimatedWait), "");
    }

    /** A terminal failure or cancellation with its reason. */
    public static JobState ended(JobStatus status, String reason) {
        return new JobState(status, OptionalInt.empty(), Optional.empty(), reason);
    }
}
