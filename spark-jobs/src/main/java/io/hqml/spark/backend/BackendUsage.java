package io.hqml.spark.backend;

/**
 * What the backend model used, for the summary and {@code hqml_runs}.
 *
 * @param id            backend id, e.g. {@code local-density-matrix}
 * @param version       backend version
 * @param target        the Target's name
 * @param calibrationId the calibration the circuits ran under ({@code ideal} when noiseless)
 * @param shots         shots per circuit
 * @param compiler      how circuits were fitted to the Target: {@code none} or the transpiler's settings
 * @param circuits      circuits executed (training and test kernels)
 * @param jobs          jobs submitted
 * @param shotsTotal    shots executed in total
 */
public record BackendUsage(String id, String version, String target, String calibrationId, int shots,
                           String compiler, long circuits, long jobs, long shotsTotal) {
}
