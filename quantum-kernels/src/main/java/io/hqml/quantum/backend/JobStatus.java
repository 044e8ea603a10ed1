package io.hqml.quantum.backend;

/**
 * The lifecycle of a {@link BackendJob}: {@code QUEUED -> RUNNING -> COMPLETED | FAILED}, and
 * {@code CANCELLED} from either of the first two. The provider states of PROVIDERS.md map onto it (IBM
 * Queued/Running/Completed/Failed/Cancelled; Braket CREATED and QUEUED -> QUEUED, CANCELLING -> RUNNING until
 * it settles; IonQ submitted/ready -> QUEUED, started -> RUNNING, canceled -> CANCELLED).
 */
public enum JobStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    /** True for the states a job never leaves. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
