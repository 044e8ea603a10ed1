package io.hqml.spark.config;

import static io.hqml.spark.errors.HqmlErrors.invalidConfig;

import java.util.Set;

/**
 * {@code quantum.nystroem:} the Nystroem kernel models ({@code quantum.kernels} containing {@code nystroem}):
 * how many training rows become landmarks and how they are drawn. The RBF baseline uses the same settings.
 */
public final class NystroemConfig {
    /** Landmark rows m: features per row, and the m x m matrix the driver decomposes. */
    public int landmarks = 100;
    /** {@code kmeans++} (spread over the data) or {@code uniform}. */
    public String selection = "kmeans++";
    /** Seed of the landmark selection; defaults to the run's seed. */
    public Long seed;

    void validate() {
        // The driver eigen-decomposes the m x m landmark kernel (Jacobi, about 6 m^3 operations: 1 s at m = 400,
        // a minute at m = 1600); beyond a few thousand landmarks the exact kernel is the better tool anyway.
        if (landmarks < 1 || landmarks > 4096) {
            throw invalidConfig("quantum.nystroem.landmarks", "is " + landmarks, "use 1 to 4096 landmarks, e.g. 100");
        }
        if (!Set.of("kmeans++", "uniform").contains(selection)) {
            throw invalidConfig("quantum.nystroem.selection", "is '" + selection + "'", "use kmeans++ or uniform");
        }
    }
}
