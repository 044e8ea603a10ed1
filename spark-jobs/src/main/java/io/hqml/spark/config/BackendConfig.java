package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import io.hqml.quantum.backend.Backends;

/**
 * {@code backend:} an optional second quantum model whose kernel is estimated with shots on a backend
 * (compute-uncompute circuits, see {@code BackendFidelityKernel}), reported as {@code quantum_backend_svm} next
 * to the noiseless {@code quantum_kernel_svm}. Absent: no backend model, and the config hash is as before.
 *
 * <pre>
 * backend: {name: local-density-matrix, target: conf/targets/line-7.json, shots: 1000}
 * backend: {name: emulated-cloud, url: http://127.0.0.1:8089/api/v1, tokenEnv: HQML_EMULATOR_TOKEN, shots: 1000}
 * </pre>
 * Credentials never go in a config: {@code tokenEnv}/{@code tokenFile} say where the token is.
 */
public final class BackendConfig {
    /** {@code local-statevector}, {@code local-density-matrix}, {@code emulated-cloud} (any registered provider). */
    public String name;
    /** Target JSON of a local backend (default: an ideal device); the emulated cloud serves its own. */
    public String target;
    /** Shots per circuit; 0 asks a local simulator for exact probabilities. */
    public int shots = 1000;
    /** Seed of the backend's sampling; unset means the job's seed. */
    public Long seed;
    /** Circuits per job; 0 means the Target's limit. */
    public int maxCircuitsPerJob = 0;
    /**
     * {@code auto}: transpile the kernel circuits to the Target only when they do not fit it as built (a native
     * basis or a sparse coupling map); {@code always}; {@code never} (circuits that do not fit are an error).
     */
    public String transpile = "auto";
    /** How long one job may take, queue included. */
    public int jobTimeoutSeconds = 1800;
    /** Emulated cloud: the API root, e.g. {@code http://127.0.0.1:8089/api/v1}. */
    public String url;
    /** Emulated cloud: the device name on the service. */
    public String device;
    /** Emulated cloud: environment variable holding the bearer token (read where the kernel runs). */
    public String tokenEnv;
    /** Emulated cloud: file holding the bearer token. */
    public String tokenFile;

    void validate() {
        if (name == null || !Backends.names().contains(name)) {
            throw invalidConfig("backend.name", "is '" + name + "'", "use one of " + String.join(", ", Backends.names()));
        }
        if (shots < 0) {
            throw invalidConfig("backend.shots", "is " + shots, "use a positive number of shots such as 1000");
        }
        if (maxCircuitsPerJob < 0 || jobTimeoutSeconds < 1) {
            throw invalidConfig("backend", "has maxCircuitsPerJob " + maxCircuitsPerJob + ", jobTimeoutSeconds "
                    + jobTimeoutSeconds, "use maxCircuitsPerJob >= 0 (0 = the Target's limit) and a positive timeout");
        }
        if (!java.util.List.of("auto", "always", "never").contains(transpile)) {
            throw invalidConfig("backend.transpile", "is '" + transpile + "'", "use auto, always or never");
        }
        boolean cloud = name.equals("emulated-cloud");
        if (cloud && (url == null || url.isBlank())) {
            throw invalidConfig("backend.url", "is not set", "give the emulated cloud's API root, e.g. http://127.0.0.1:8089/api/v1");
        }
        if (cloud && target != null) {
            throw invalidConfig("backend.target", "is set for emulated-cloud", "remove it: the service serves its own Target");
        }
        if (!cloud && (url != null || device != null || tokenEnv != null || tokenFile != null)) {
            throw invalidConfig("backend", "sets url/device/tokenEnv/tokenFile for " + name,
                    "those are emulated-cloud options; remove them");
        }
        if (tokenEnv != null && tokenFile != null) {
            throw invalidConfig("backend", "sets both tokenEnv and tokenFile", "keep one of them");
        }
    }
}
