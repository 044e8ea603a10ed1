package io.hqml.quantum.backend;

import java.util.Map;

/** Pearson's chi-square goodness-of-fit of counts against probabilities, at significance 0.001. */
public final class ChiSquare {
    /** Critical values at significance 0.001 for 1..15 degrees of freedom. */
    private static final double[] CRITICAL = {10.828, 13.816, 16.266, 18.467, 20.515, 22.458, 24.322, 26.124,
        27.877, 29.588, 31.264, 32.909, 34.528, 36.123, 37.697};

    private ChiSquare() {
    }

    /** The statistic over outcomes with probability above 1e-12 (bit order as in BackendResult). */
    public static double statistic(Map<String, Long> counts, double[] p, int numQubits, long shots) {
        double chi2 = 0;
        for (int b = 0; b < p.length; b++) {
            if (p[b] > 1e-12) {
                double expected = shots * p[b];
                long seen = counts.getOrDefault(io.hqml.quantum.engine.StateMeasurements.bitstring(b, numQubits), 0L);
                chi2 += (seen - expected) * (seen - expected) / expected;
            }
        }
        return chi2;
    }

    /** Outcomes with probability above 1e-12, minus one. */
    public static int degreesOfFreedom(double[] p) {
        int bins = 0;
        for (double v : p) {
            bins += v > 1e-12 ? 1 : 0;
        }
        return bins - 1;
    }

    /** The critical value at significance 0.001. */
    public static double critical(int df) {
        if (df < 1 || df > CRITICAL.length) {
            throw new IllegalArgumentException("no table entry for " + df + " degrees of freedom");
        }
        return CRITICAL[df - 1];
    }
}
