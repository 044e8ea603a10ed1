package io.hqml.backends.emulated.server;

import io.hqml.backends.emulated.Protocol;
import java.time.Duration;
import java.util.Objects;

/**
 * How the emulated cloud behaves. Times are on the service's (injectable) clock; every random choice comes
 * from generators seeded with {@code seed}, so a test that sends the same requests in the same order sees the
 * same queue, failures and throttling.
 *
 * @param backendName             the one device the service offers
 * @param backendVersion          reported as {@code backend_version} and in result metadata
 * @param queueDelay              least time a job waits before it may start (the device also runs one job at a time)
 * @param executionTime           device time of one job, plus ...
 * @param executionTimePerCircuit ... this per circuit
 * @param failureRate             probability that a job ends FAILED instead of COMPLETED
 * @param throttleRate            probability that any request is refused with 429
 * @param retryAfter              the Retry-After of those 429s (whole seconds)
 * @param unavailableRate         probability that any request is refused with 503
 * @param maxJobsPerMinute        submissions accepted per minute (IBM documents 5); 0 = no limit
 * @param seed                    seed of the service's random choices and of jobs submitted without a seed
 */
public record EmulatorSettings(String backendName, String backendVersion, Duration queueDelay, Duration executionTime,
                               Duration executionTimePerCircuit, double failureRate, double throttleRate,
                               Duration retryAfter, double unavailableRate, int maxJobsPerMinute, long seed) {

    public EmulatorSettings {
        Objects.requireNonNull(backendName, "backendName");
        Objects.requireNonNull(backendVersion, "backendVersion");
        if (!backendName.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("backend name '" + backendName + "' must be 1-64 letters, digits, '_', '.', '-'");
        }
        for (Duration d : new Duration[] {queueDelay, executionTime, executionTimePerCircuit, retryAfter}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("emulator durations must be >= 0, got " + d);
            }
        }
        rate("failureRate", failureRate);
        rate("throttleRate", throttleRate);
        rate("unavailableRate", unavailableRate);
        if (throttleRate + unavailableRate > 1) {
            throw new IllegalArgumentException("throttleRate + unavailableRate must be <= 1");
        }
        if (maxJobsPerMinute < 0) {
            throw new IllegalArgumentException("maxJobsPerMinute must be >= 0 (0 = no limit), got " + maxJobsPerMinute);
        }
    }

    private static void rate(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + v);
        }
    }

    /** A quiet service: no queue delay, instant execution, no failures, no throttling, no job limit. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings(Protocol.DEFAULT_BACKEND, "1.0.0", Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0,
                Duration.ofSeconds(1), 0, 0, 0);
    }

    public EmulatorSettings withBackendName(String name) {
        return new EmulatorSettings(name, backendVersion, queueDelay, executionTime, executionTimePerCircuit,
                failureRate, throttleRate, retryAfter, unavailableRate, maxJobsPerMinute, seed);
    }

    public EmulatorSettings withQueueDelay(Duration d) {
        return new EmulatorSettings(backendName, backendVersion, d, executionTime, executionTimePerCircuit,
                failureRate, throttleRate, retryAfter, unavailableRate, maxJobsPerMinute, seed);
    }

    public EmulatorSettings withExecutionTime(Duration perJob, Duration perCircuit) {
        return new EmulatorSettings(backendName, backendVersion, queueDelay, perJob, perCircuit, failureRate,
                throttleRate, retryAfter, unavailableRate, maxJobsPerMinute, seed);
    }

    public EmulatorSettings withFailureRate(double rate) {
        return new EmulatorSettings(backendName, backendVersion, queueDelay, executionTime, executionTimePerCircuit,
                rate, throttleRate, retryAfter, unavailableRate, maxJobsPerMinute, seed);
    }

    public EmulatorSettings withThrottling(double rate, Duration after) {
        return new EmulatorSettings(backendName, backendVersion, queueDelay, executionTime, executionTimePerCircuit,
                failureRate, rate, after, unavailableRate, maxJobsPerMinute, seed);
    }

    public EmulatorSettings withUnavailableRate(double rate) {
        return new EmulatorSettings(backendName, backendVersion, queueDelay, executionTime, executionTimePerCircuit,
                failureRate, throttleRate, retryAfter, rate, maxJobsPerMinute, seed);
    }

    public EmulatorSettings withMaxJobsPerMinute(int n) {
        return new EmulatorSettings(backendName, backendVersion, queueDelay, executionTime, executionTimePerCircuit,
                failureRate, throttleRate, retryAfter, unavailableRate, n, seed);
    }

    public EmulatorSettings withSeed(long s) {
        return new EmulatorSettings(backendName, backendVersion, queueDelay, executionTime, executionTimePerCircuit,
                failureRate, throttleRate, retryAfter, unavailableRate, maxJobsPerMinute, s);
    }

    /** Device time of a job of {@code circuits} circuits. */
    Duration executionTimeOf(int circuits) {
        return executionTime.plus(executionTimePerCircuit.multipliedBy(circuits));
    }
}
