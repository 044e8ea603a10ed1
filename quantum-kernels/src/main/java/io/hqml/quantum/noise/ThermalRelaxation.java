package io.hqml.quantum.noise;

/**
 * T1/T2 relaxation of one qubit at zero temperature (it decays towards |0>) for a time {@code duration}.
 * {@code t1}, {@code t2} and {@code duration} may be in any unit, the same for all three.
 *
 * <p>Result on {@code rho}: {@code rho11 -> exp(-t/T1) rho11} and {@code rho01 -> exp(-t/T2) rho01}, the
 * channel of Qiskit's {@code thermal_relaxation_error(t1, t2, time)} with zero excited-state population.
 * Built as amplitude damping with {@code gamma = 1 - exp(-t/T1)}, which alone scales coherences by
 * {@code exp(-t/(2 T1))}, followed by phase damping with the remaining dephasing,
 * {@code lambda = 1 - exp(-t (2/T2 - 1/T1))}, so that {@code sqrt(1 - lambda) exp(-t/(2 T1)) = exp(-t/T2)}.
 *
 * <p>Physical only for {@code T2 <= 2 T1} (lambda must be a probability); larger T2 is rejected. Device
 * calibrations sometimes report {@code T2 > 2 T1} within measurement error; {@link NoiseModel} truncates
 * those to {@code 2 T1} before building this channel, as Qiskit Aer's device model does. An infinite
 * {@code t1} or {@code t2} means no relaxation of that kind.
 */
public final class ThermalRelaxation extends KrausChannel {
    private final double t1;
    private final double t2;
    private final double duration;

    public ThermalRelaxation(double t1, double t2, double duration) {
        super(1, kraus(t1, t2, duration));
        this.t1 = t1;
        this.t2 = t2;
        this.duration = duration;
    }

    public double t1() {
        return t1;
    }

    public double t2() {
        return t2;
    }

    public double duration() {
        return duration;
    }

    /** The amplitude-damping probability {@code 1 - exp(-t/T1)}. */
    public double gamma() {
        return gamma(t1, duration);
    }

    /** The extra phase-damping parameter {@code 1 - exp(-t (2/T2 - 1/T1))}. */
    public double lambda() {
        return lambda(t1, t2, duration);
    }

    private static double gamma(double t1, double t) {
        return -Math.expm1(-t / t1);
    }

    private static double lambda(double t1, double t2, double t) {
        // At T2 = 2 T1 the rate rounds to about -1e-17; clamp so lambda stays a probability.
        double rate = Math.max(0.0, 2 / t2 - 1 / t1);
        return -Math.expm1(-t * rate);
    }

    private static double[][] kraus(double t1, double t2, double duration) {
        if (!(t1 > 0)) {
            throw new IllegalArgumentException("T1 = " + t1 + " must be > 0 (use Double.POSITIVE_INFINITY for no decay)");
        }
        if (!(t2 > 0)) {
            throw new IllegalArgumentException("T2 = " + t2 + " must be > 0 (use Double.POSITIVE_INFINITY for no dephasing)");
        }
        if (t2 > 2 * t1) {
            throw new IllegalArgumentException("T2 = " + t2 + " exceeds 2 * T1 = " + 2 * t1
                    + ", which no physical qubit allows; truncate T2 to 2 * T1");
        }
        if (!(duration >= 0 && duration < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("relaxation duration = " + duration + " must be finite and >= 0");
        }
        double a = Math.sqrt(1 - gamma(t1, duration));
        double g = Math.sqrt(gamma(t1, duration));
        double lam = lambda(t1, t2, duration);
        double b = Math.sqrt(1 - lam);
        double s = Math.sqrt(lam);
        // Products PD_j * AD_i; PD_1 * AD_1 is zero and dropped.
        return new double[][] {
            KrausChannel.diag(1, a * b),
            KrausChannel.diag(0, a * s),
            KrausChannel.real(0, g, 0, 0),
        };
    }

    @Override
    public String toString() {
        return "ThermalRelaxation(t1=" + t1 + ", t2=" + t2 + ", duration=" + duration + ")";
    }
}
