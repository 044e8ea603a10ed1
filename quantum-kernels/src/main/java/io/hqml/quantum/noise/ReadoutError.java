package io.hqml.quantum.noise;

/**
 * Classical readout (measurement assignment) error of one qubit: the confusion matrix
 * <pre>
 *   P(read 0 | prepared 0) = 1 - p1given0    P(read 0 | prepared 1) = p0given1
 *   P(read 1 | prepared 0) = p1given0        P(read 1 | prepared 1) = 1 - p0given1
 * </pre>
 * IBM calls these {@code prob_meas1_prep0} ({@code p1given0}) and {@code prob_meas0_prep1}
 * ({@code p0given1}). It acts on measured probabilities, not on the density matrix, and preserves their sum.
 *
 * @param p0given1 probability of reading 0 when the qubit was 1
 * @param p1given0 probability of reading 1 when the qubit was 0
 */
public record ReadoutError(double p0given1, double p1given0) {

    public ReadoutError {
        check("p0given1 (prob_meas0_prep1)", p0given1);
        check("p1given0 (prob_meas1_prep0)", p1given0);
    }

    /** A symmetric error, for calibrations that report a single {@code readout_error}. */
    public static ReadoutError symmetric(double p) {
        return new ReadoutError(p, p);
    }

    /**
     * Applies the confusion matrix to bit {@code qubit} of every outcome of {@code probabilities} (length
     * {@code 2^n}, outcome bit q = qubit q), in place.
     */
    public void apply(double[] probabilities, int qubit) {
        if (qubit < 0 || qubit > 30 || 1 << qubit >= probabilities.length) {
            throw new IllegalArgumentException("qubit " + qubit + " is outside a distribution of "
                    + probabilities.length + " outcomes");
        }
        int bit = 1 << qubit;
        for (int b = 0; b < probabilities.length; b++) {
            if ((b & bit) == 0) {
                double prep0 = probabilities[b];
                double prep1 = probabilities[b | bit];
                probabilities[b] = (1 - p1given0) * prep0 + p0given1 * prep1;
                probabilities[b | bit] = p1given0 * prep0 + (1 - p0given1) * prep1;
            }
        }
    }

    private static void check(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("readout " + name + " = " + p + " is not a probability; use 0..1");
        }
    }
}
