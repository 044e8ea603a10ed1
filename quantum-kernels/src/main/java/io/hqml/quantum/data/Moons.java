package io.hqml.quantum.data;

import java.util.Random;

/**
 * Two interleaving half circles, like scikit-learn's {@code make_moons(n_samples, noise=noise, shuffle=False)}.
 *
 * <p>As in scikit-learn, {@code nOut = nSamples / 2} (floor) points form the outer moon, class 0:
 * {@code (cos t, sin t)} for {@code t = linspace(0, pi, nOut)} (both ends included), the upper half of the unit
 * circle centred at (0, 0); the remaining {@code nIn = nSamples - nOut} points form the inner moon, class 1:
 * {@code (1 - cos t, 1 - sin t - 0.5)} for {@code t = linspace(0, pi, nIn)}, the lower half of the unit circle
 * centred at (1, 0.5). When {@code noise > 0}, independent Gaussian noise with standard deviation
 * {@code noise} is added to every coordinate, drawn row by row (x then y) from {@code new Random(seed)}
 * ({@link Random#nextGaussian()} is specified exactly, so a seed gives the same points on every JDK).
 *
 * <p>Rows are ordered by class (outer moon first) and not shuffled; there is no test split, so every
 * {@code test} entry is false. Features are named {@code x0, x1}.
 */
public final class Moons {

    private Moons() {
    }

    /**
     * @param nSamples total number of points, {@code >= 2}
     * @param noise    standard deviation of the Gaussian noise, finite and {@code >= 0}
     * @param seed     seed of the noise
     * @throws IllegalArgumentException on bad arguments
     */
    public static LabeledPoints generate(int nSamples, double noise, long seed) {
        if (nSamples < 2) {
            throw new IllegalArgumentException("nSamples must be >= 2 (one point per moon), got " + nSamples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
        }
        int nOut = nSamples / 2;
        int nIn = nSamples - nOut;
        double[][] x = new double[nSamples][];
        int[] y = new int[nSamples];
        for (int k = 0; k < nOut; k++) {
            double t = linspace(Math.PI, nOut, k);
            x[k] = new double[] {Math.cos(t), Math.sin(t)};
        }
        for (int k = 0; k < nIn; k++) {
            double t = linspace(Math.PI, nIn, k);
            x[nOut + k] = new double[] {1 - Math.cos(t), 1 - Math.sin(t) - 0.5};
            y[nOut + k] = 1;
        }
        addNoise(x, noise, seed);
        return new LabeledPoints(x, y, new boolean[nSamples], new String[] {"x0", "x1"});
    }

    /** k-th of {@code num} evenly spaced values over [0, end], both ends included (numpy linspace). */
    static double linspace(double end, int num, int k) {
        return num == 1 ? 0 : end * k / (num - 1);
    }

    /** Adds N(0, noise^2) to every coordinate, row-major; no draws at all when noise is 0. */
    static void addNoise(double[][] x, double noise, long seed) {
        if (noise == 0) {
            return;
        }
        Random rng = new Random(seed);
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] += noise * rng.nextGaussian();
            }
        }
    }
}
