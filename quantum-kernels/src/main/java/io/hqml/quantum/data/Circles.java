package io.hqml.quantum.data;

/**
 * A large circle containing a smaller one, like scikit-learn's
 * {@code make_circles(n_samples, noise=noise, factor=factor, shuffle=False)}.
 *
 * <p>As in scikit-learn, {@code nOut = nSamples / 2} (floor) points form the outer circle, class 0:
 * {@code (cos t, sin t)} for {@code t = linspace(0, 2 pi, nOut, endpoint=False)}, i.e. {@code t = 2 pi k / nOut};
 * the remaining {@code nIn = nSamples - nOut} points form the inner circle, class 1:
 * {@code factor * (cos t, sin t)} for {@code t = 2 pi k / nIn}. When {@code noise > 0}, independent Gaussian noise
 * with standard deviation {@code noise} is added to every coordinate, drawn row by row (x then y) from
 * {@code new java.util.Random(seed)}, whose Gaussian algorithm is fixed by its specification.
 *
 * <p>Rows are ordered by class (outer circle first) and not shuffled; there is no test split, so every
 * {@code test} entry is false. Features are named {@code x0, x1}.
 */
public final class Circles {

    private Circles() {
    }

    /**
     * @param nSamples total number of points, {@code >= 2}
     * @param noise    standard deviation of the Gaussian noise, finite and {@code >= 0}
     * @param factor   inner radius over outer radius, {@code 0 < factor < 1}
     * @param seed     seed of the noise
     * @throws IllegalArgumentException on bad arguments
     */
    public static LabeledPoints generate(int nSamples, double noise, double factor, long seed) {
        if (nSamples < 2) {
            throw new IllegalArgumentException("nSamples must be >= 2 (one point per circle), got " + nSamples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
        }
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must satisfy 0 < factor < 1, got " + factor);
        }
        int nOut = nSamples / 2;
        int nIn = nSamples - nOut;
        double[][] x = new double[nSamples][];
        int[] y = new int[nSamples];
        for (int k = 0; k < nOut; k++) {
            double t = 2 * Math.PI * k / nOut;
            x[k] = new double[] {Math.cos(t), Math.sin(t)};
        }
        for (int k = 0; k < nIn; k++) {
            double t = 2 * Math.PI * k / nIn;
            x[nOut + k] = new double[] {factor * Math.cos(t), factor * Math.sin(t)};
            y[nOut + k] = 1;
        }
        Moons.addNoise(x, noise, seed);
        return new LabeledPoints(x, y, new boolean[nSamples], new String[] {"x0", "x1"});
    }
}
