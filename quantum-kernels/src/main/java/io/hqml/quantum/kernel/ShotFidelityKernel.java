package io.hqml.quantum.kernel;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.internal.Binomial;
import java.util.SplittableRandom;

/**
 * The fidelity kernel as hardware estimates it with a finite number of shots: the compute-uncompute
 * estimator (Havlicek et al. 2019; Qiskit's {@code ComputeUncompute} fidelity). The circuit
 * {@code U(y)^dagger U(x)} is run on {@code |0...0>} and measured {@code shots} times;
 * {@code K_hat(x, y) = (number of all-zero outcomes) / shots}. The all-zero probability is
 * {@code p0 = |<0|U(y)^dagger U(x)|0>|^2 = |<psi(y)|psi(x)>|^2 = k(x, y)}.
 *
 * <p>Simulation: each shot is an independent Bernoulli({@code p0}) trial for "all zeros", so the count is
 * exactly Binomial({@code shots}, {@code p0}). Drawing that count once from the exact {@code p0}
 * ({@link FidelityGram}, states prepared once per sample) is therefore statistically identical to
 * simulating the compute-uncompute circuit per pair and counting {@code 0...0} outcomes, at O(N) circuit
 * simulations instead of O(N^2). The estimator is unbiased, {@code E[K_hat] = p0}, with variance
 * {@code p0 (1 - p0) / shots}.
 *
 * <p>Seeding: entry {@code (i, j)} draws from its own generator, seeded by a hash of {@code (seed, i, j)}
 * over global sample indices, so values do not depend on how a caller tiles the matrix or on the order
 * tiles run in. Training (Gram) entries hash the unordered pair, so {@code K_ij = K_ji} even for tiles
 * computed on both sides of the diagonal, and the diagonal is exactly 1 and not sampled (as Qiskit's
 * {@code FidelityQuantumKernel} skips it: {@code |<psi(x)|psi(x)>|^2 = 1} needs no circuit). Cross entries
 * (test against training rows) hash the ordered pair in a separate stream. Tiled callers pass global offsets
 * through {@link #gramBlockAt}, {@link #symmetricBlockAt} and {@link #blockAt} (see {@link BlockKernel});
 * the plain {@link #block} and {@link #symmetricBlock} treat their arguments as a whole matrix (offsets 0).
 */
public final class ShotFidelityKernel implements BlockKernel {
    private static final long serialVersionUID = 1L;
    // Stream tags mixed into the seed, so Gram and cross matrices of one seed are independent.
    private static final long GRAM = 0x6772616dL, CROSS = 0x63726f73L;

    private final FidelityKernel exact;
    private final int shots;
    private final long seed;

    public ShotFidelityKernel(FeatureMap featureMap, int shots, long seed) {
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be >= 1, got " + shots);
        }
        this.exact = new FidelityKernel(featureMap);
        this.shots = shots;
        this.seed = seed;
    }

    public FeatureMap featureMap() {
        return exact.featureMap();
    }

    public int shots() {
        return shots;
    }

    public long seed() {
        return seed;
    }

    /**
     * Standard deviation of one entry with exact value {@code p0}: {@code sqrt(p0 (1 - p0) / shots)}; p0 is
     * clamped to [0, 1] (a self-fidelity can round to 1 + 1e-16, which would give NaN).
     */
    public double standardError(double p0) {
        double p = Math.min(1.0, Math.max(0.0, p0));
        return Math.sqrt(p * (1 - p) / shots);
    }

    /** One estimate from the exact all-zero probability with an explicit per-entry seed. */
    public static double estimate(double p0, int shots, long entrySeed) {
        return Binomial.sample(shots, p0, new SplittableRandom(entrySeed)) / (double) shots;
    }

    /**
     * The per-entry seed: SplitMix64 finalisers chained over {@code (seed, stream, i, j)}. Adjacent
     * indices give unrelated seeds, and {@link SplittableRandom} mixes once more on every draw.
     */
    static long entrySeed(long seed, long stream, long i, long j) {
        long h = mix(seed ^ mix(stream));
        h = mix(h + 0x9E3779B97F4A7C15L * (i + 1));
        return mix(h + 0xC2B2AE3D27D4EB4FL * (j + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void block(double[][] rows, double[][] cols, double[] out) {
        blockAt(rows, 0, cols, 0, out);
    }

    @Override
    public void symmetricBlock(double[][] rows, double[] out) {
        symmetricBlockAt(rows, 0, out);
    }

    @Override
    public void blockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        exact.block(rows, cols, out);
        int nc = cols.length;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < nc; j++) {
                out[i * nc + j] = estimate(out[i * nc + j], shots, entrySeed(seed, CROSS, rowOffset + i, colOffset + j));
            }
        }
    }

    @Override
    public void gramBlockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        exact.block(rows, cols, out);
        int nc = cols.length;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < nc; j++) {
                out[i * nc + j] = gramEntry(out[i * nc + j], rowOffset + i, colOffset + j);
            }
        }
    }

    @Override
    public void symmetricBlockAt(double[][] rows, int offset, double[] out) {
        exact.symmetricBlock(rows, out);
        int n = rows.length;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = gramEntry(out[i * n + j], offset + i, offset + j);
                out[i * n + j] = v;
                out[j * n + i] = v;
            }
        }
    }

    private double gramEntry(double p0, long gi, long gj) {
        if (gi == gj) {
            return 1.0;
        }
        return estimate(p0, shots, entrySeed(seed, GRAM, Math.min(gi, gj), Math.max(gi, gj)));
    }

    @Override
    public String describe() {
        return "fidelity-shots[shots=" + shots + ",seed=" + seed + "," + exact.featureMap().describe() + "]";
    }
}
