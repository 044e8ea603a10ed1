package io.hqml.quantum.noise;

/**
 * Phase damping (pure dephasing) with parameter {@code lambda}: Kraus operators
 * {@code K0 = diag(1, sqrt(1 - lambda))}, {@code K1 = diag(0, sqrt(lambda))}. Populations are unchanged and
 * coherences scale by {@code sqrt(1 - lambda)} (Nielsen and Chuang 8.3.6; Qiskit's
 * {@code phase_damping_error(lambda)}).
 */
public final class PhaseDamping extends KrausChannel {
    private final double lambda;

    public PhaseDamping(double lambda) {
        super(1, kraus(lambda));
        this.lambda = lambda;
    }

    public double lambda() {
        return lambda;
    }

    private static double[][] kraus(double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("phase damping lambda = " + lambda
                    + " is outside [0, 1]; coherences scale by sqrt(1 - lambda)");
        }
        return new double[][] {KrausChannel.diag(1, Math.sqrt(1 - lambda)), KrausChannel.diag(0, Math.sqrt(lambda))};
    }

    @Override
    public String toString() {
        return "PhaseDamping(lambda=" + lambda + ")";
    }
}
