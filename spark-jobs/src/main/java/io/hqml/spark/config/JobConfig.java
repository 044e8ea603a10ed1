package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The whole {@code hqml run} config. Bound from YAML by {@link ConfigLoader}; validated before anything runs. */
public final class JobConfig {
    /** A name for the experiment; run ids start with it. */
    public String name = "hqml";
    /** The default seed of every random choice (split, generator) not given its own. */
    public long seed = 42;
    public DataConfig data = new DataConfig();
    public SplitConfig split = new SplitConfig();
    public PreprocessConfig preprocess = new PreprocessConfig();
    public QuantumConfig quantum = new QuantumConfig();
    public SvmConfig svm = new SvmConfig();
    public BaselinesConfig baselines = new BaselinesConfig();
    /** Optional: a backend whose shot kernel trains a second quantum model. Left out of the canonical JSON when absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public BackendConfig backend;

    /** Checks every section and fills derived defaults (seeds). */
    public JobConfig validate() {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw invalidConfig("name", "is '" + name + "'", "use 1-64 letters, digits, '.', '_' or '-'");
        }
        if (data == null || split == null || preprocess == null || quantum == null || svm == null || baselines == null) {
            throw invalidConfig("(section)", "is empty", "remove the empty section or give it keys");
        }
        data.validate();
        split.validate();
        preprocess.validate();
        quantum.validate();
        svm.validate();
        baselines.validate();
        if (backend != null) {
            backend.validate();
            if (backend.seed == null) {
                backend.seed = seed;
            }
        }
        if (split.seed == null) {
            split.seed = seed;
        }
        if (quantum.nystroem.seed == null) {
            quantum.nystroem.seed = seed;
        }
        if (data.generator.seed == null) {
            data.generator.seed = seed;
        }
        return this;
    }
}
