package io.hqml.quantum.backend;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a job ran; recorded with every result so a kernel value can be traced to a device state.
 *
 * @param jobId          the backend's job id
 * @param backendId      {@link Backend#id()}
 * @param backendVersion {@link Backend#version()}
 * @param calibrationId  the calibration snapshot the job ran under ({@code ideal} for noise-free simulators)
 * @param shots          shots per circuit; 0 means exact probabilities
 * @param queueTime      from submission to the start of execution
 * @param executionTime  from the start of execution to completion
 * @param cost           what the job cost
 */
public record ResultMetadata(String jobId, String backendId, String backendVersion, String calibrationId, int shots,
                             Duration queueTime, Duration executionTime, Cost cost) {
    /** Calibration id of noise-free simulation. */
    public static final String IDEAL = "ideal";

    public ResultMetadata {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(backendId, "backendId");
        Objects.requireNonNull(backendVersion, "backendVersion");
        Objects.requireNonNull(calibrationId, "calibrationId");
        Objects.requireNonNull(cost, "cost");
        if (shots < 0) {
            throw new IllegalArgumentException("shots must be >= 0, got " + shots);
        }
        if (queueTime.isNegative() || executionTime.isNegative()) {
            throw new IllegalArgumentException("queue and execution times must be >= 0, got " + queueTime + ", "
                    + executionTime);
        }
    }
}
