package io.hqml.quantum.transpile;

/**
 * How to transpile.
 *
 * @param seed     seeds the stochastic passes (SABRE's tie-breaks and trials): same seed, same circuit
 * @param layout   how virtual qubits are placed
 * @param maxDepth depth budget of the result ({@link #NO_DEPTH_LIMIT} for none)
 * @param optimize whether the optimisation stage runs
 */
public record TranspileOptions(long seed, LayoutMethod layout, int maxDepth, boolean optimize) {
    public static final int NO_DEPTH_LIMIT = Integer.MAX_VALUE;

    /** Layout passes: {@code trivial} (virtual i on physical i) or {@code noise-aware} (the default). */
    public enum LayoutMethod {
        TRIVIAL, NOISE_AWARE;

        /** By CLI name: {@code trivial} or {@code noise-aware}. */
        public static LayoutMethod of(String name) {
            return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "trivial" -> TRIVIAL;
                case "noise-aware", "noise_aware" -> NOISE_AWARE;
                default -> throw new IllegalArgumentException("unknown layout '" + name + "'; use trivial or noise-aware");
            };
        }
    }

    public TranspileOptions {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("max depth must be >= 1, got " + maxDepth);
        }
        if (layout == null) {
            throw new IllegalArgumentException("layout method is null; use LayoutMethod.NOISE_AWARE or TRIVIAL");
        }
    }

    /** Seed 0, noise-aware layout, no depth budget, optimisation on. */
    public static TranspileOptions defaults() {
        return new TranspileOptions(0, LayoutMethod.NOISE_AWARE, NO_DEPTH_LIMIT, true);
    }

    public TranspileOptions withSeed(long s) {
        return new TranspileOptions(s, layout, maxDepth, optimize);
    }

    public TranspileOptions withLayout(LayoutMethod l) {
        return new TranspileOptions(seed, l, maxDepth, optimize);
    }

    public TranspileOptions withMaxDepth(int d) {
        return new TranspileOptions(seed, layout, d, optimize);
    }

    public TranspileOptions withOptimize(boolean o) {
        return new TranspileOptions(seed, layout, maxDepth, o);
    }
}
