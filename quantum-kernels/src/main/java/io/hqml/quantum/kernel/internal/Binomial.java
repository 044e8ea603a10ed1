package io.hqml.quantum.kernel.internal;

import java.util.SplittableRandom;

/**
 * Exact, seeded draws from the binomial distribution {@code Bin(n, p)}, reproducible bit for bit on every JVM
 * (only {@link SplittableRandom} and {@link StrictMath}).
 *
 * <p>Both paths are inversion: one uniform {@code u} is compared against the probability masses taken in a
 * fixed order, which yields exactly {@code Bin(n, p)} for any order of the support. With
 * {@code r = min(p, 1 - p)} (a draw for {@code 1 - p} is mirrored, {@code n - X}):
 * <ul>
 *   <li>{@code n r < 30}: masses from 0 upwards, {@code f(0) = (1 - r)^n} and the ratio
 *       {@code f(x) / f(x - 1) = (n - x + 1) r / (x (1 - r))} (Kachitvichyanukul and Schmeiser's BINV);
 *       expected {@code n r + 1} steps.</li>
 *   <li>otherwise: masses outward from the mode {@code m = floor((n + 1) r)}, alternately one below and one
 *       above; {@code f(m)} from Loader's saddle-point form (the one R's {@code dbinom} uses, accurate to a
 *       few ulps where the naive log-factorial form loses digits to cancellation); expected steps about
 *       1.6 standard deviations.</li>
 * </ul>
 * If rounding leaves {@code u} beyond all mass (probability of order 1e-15), the draw restarts with a fresh
 * uniform from the same stream, so the result stays a deterministic function of the seed.
 */
public final class Binomial {
    private static final double LN_2PI = 1.8378770664093453;

    private Binomial() {
    }

    /** One draw of {@code Bin(n, p)}; {@code p} outside [0, 1] is clamped (rounding in fidelities). */
    public static int sample(int n, double p, SplittableRandom rnd) {
        if (n < 0 || Double.isNaN(p)) {
            throw new IllegalArgumentException("binomial needs n >= 0 and a probability, got n=" + n + ", p=" + p);
        }
        if (p <= 0.0 || n == 0) {
            return 0;
        }
        if (p >= 1.0) {
            return n;
        }
        boolean mirrored = p > 0.5;
        double r = mirrored ? 1.0 - p : p;
        int x = n * r < 30 ? fromZero(n, r, rnd) : fromMode(n, r, rnd);
        return mirrored ? n - x : x;
    }

    private static int fromZero(int n, double r, SplittableRandom rnd) {
        double f0 = StrictMath.exp(n * StrictMath.log1p(-r)), odds = r / (1.0 - r);
        double bound = Math.min(n, n * r + 10.0 * Math.sqrt(n * r * (1.0 - r) + 1.0));
        while (true) {
            double u = rnd.nextDouble(), f = f0;
            int x = 0;
            while (u > f && x <= bound) {
                u -= f;
                x++;
                f *= (n - x + 1) * odds / x;
            }
            if (x <= bound) {
                return x;
            }
        }
    }

    private static int fromMode(int n, double r, SplittableRandom rnd) {
        int m = (int) Math.floor((n + 1) * r);
        double fm = mass(m, n, r), odds = r / (1.0 - r);
        while (true) {
            double u = rnd.nextDouble() - fm;
            if (u <= 0) {
                return m;
            }
            int lo = m, hi = m;
            double flo = fm, fhi = fm;
            while (flo > 0 || fhi > 0) {
                if (lo > 0 && flo > 0) {
                    flo *= lo / ((n - lo + 1) * odds); // f(lo - 1) / f(lo)
                    lo--;
                    u -= flo;
                    if (u <= 0) {
                        return lo;
                    }
                } else {
                    flo = 0;
                }
                if (hi < n && fhi > 0) {
                    fhi *= (n - hi) * odds / (hi + 1); // f(hi + 1) / f(hi)
                    hi++;
                    u -= fhi;
                    if (u <= 0) {
                        return hi;
                    }
                } else {
                    fhi = 0;
                }
            }
        }
    }

    /** {@code P(X = x)} for {@code 0 < x < n} by Loader's saddle-point expansion. */
    static double mass(int x, int n, double p) {
        double lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x)
                - deviance(x, n * p) - deviance(n - x, n * (1.0 - p));
        double lf = LN_2PI + StrictMath.log(x) + StrictMath.log1p(-(double) x / n);
        return StrictMath.exp(lc - 0.5 * lf);
    }

    /** {@code ln(k!) - ln(sqrt(2 pi k) (k/e)^k)} for {@code k >= 1}. */
    static double stirlingError(int k) {
        if (k <= 15) {
            double lnFactorial = 0;
            for (int i = 2; i <= k; i++) {
                lnFactorial += StrictMath.log(i);
            }
            return lnFactorial - (k + 0.5) * StrictMath.log(k) + k - 0.5 * LN_2PI;
        }
        double kk = (double) k * k;
        // Stirling series 1/(12k) - 1/(360k^3) + 1/(1260k^5) - 1/(1680k^7) + 1/(1188k^9); error < 1e-14 at k = 16.
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / kk) / kk) / kk) / kk) / k;
    }

    /** {@code x ln(x / mu) + mu - x}, summed as a series when {@code x} is near {@code mu} (no cancellation). */
    static double deviance(double x, double mu) {
        if (Math.abs(x - mu) < 0.1 * (x + mu)) {
            double v = (x - mu) / (x + mu), s = (x - mu) * v, term = 2 * x * v, v2 = v * v;
            for (int j = 1; j < 1000; j++) {
                term *= v2;
                double next = s + term / (2 * j + 1);
                if (next == s) {
                    return next;
                }
                s = next;
            }
            return s;
        }
        return x * StrictMath.log(x / mu) + mu - x;
    }
}
