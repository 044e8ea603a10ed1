package io.hqml.quantum.noise;

/**
 * Amplitude damping (energy relaxation to |0>) with probability {@code gamma}: Kraus operators
 * {@code K0 = [[1, 0], [0, sqrt(1 - gamma)]]}, {@code K1 = [[0, sqrt(gamma)], [0, 0]]}. So
 * {@code rho11 -> (1 - gamma) rho11}, {@code rho00 -> rho00 + gamma rho11}, and coherences scale by
 * {@code sqrt(1 - gamma)}. Same convention as Qiskit's {@code amplitude_damping_error(gamma)}.
 */
public final class AmplitudeDamping extends KrausChannel {
    private final double gamma;

    public AmplitudeDamping(double gamma) {
        super(1, kraus(gamma));
        this.gamma = gamma;
    }

    public double gamma() {
        return gamma;
    }

    private static double[][] kraus(double gamma) {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("amplitude damping gamma = " + gamma
                    + " is not a probability; use 0 <= gamma <= 1 (gamma = 1 - exp(-t/T1))");
        }
        return new double[][] {KrausChannel.diag(1, Math.sqrt(1 - gamma)), KrausChannel.real(0, Math.sqrt(gamma), 0, 0)};
    }

    @Override
    public String toString() {
        return "AmplitudeDamping(gamma=" + gamma + ")";
    }
}
