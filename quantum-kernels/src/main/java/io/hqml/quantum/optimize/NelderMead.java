package io.hqml.quantum.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Nelder-Mead downhill simplex method (Nelder and Mead, Computer Journal 7, 1965) in the ordered form of
 * Lagarias, Reeds, Wright and Wright (SIAM J. Optim. 9, 1998), with the standard coefficients: reflection 1,
 * expansion 2, contraction 0.5 (outside and inside) and shrink 0.5. Derivative-free and deterministic: ties
 * between equal values keep the earlier vertex first, so the same input always gives the same result.
 *
 * <p>The initial simplex is {@code x0} and {@code x0 + step e_i} for each coordinate {@code i}. Before each
 * iteration the vertices are sorted by value; the run stops as converged when both the simplex size
 * {@code max_i ||x_i - x_best||_inf <= xTolerance} and the value spread {@code max_i |f_i - f_best| <= fTolerance}
 * (as SciPy's {@code xatol}/{@code fatol}); requiring both guards against stopping on a flat stretch while
 * the simplex is still large, or on a tiny simplex straddling a steep wall. It stops unconverged when the next
 * iteration might exceed {@code maxEvaluations}: an iteration costs at most {@code n + 2} evaluations (a
 * reflection, a contraction and a shrink), and the evaluation count never exceeds the budget.
 */
public final class NelderMead implements Optimizer {

    private static final double REFLECT = 1;
    private static final double EXPAND = 2;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;

    /**
     * Nelder-Mead's options.
     *
     * @param initialStep    edge length of the initial simplex, the same absolute step in every coordinate,
     *                       finite and {@code != 0}; about the scale over which the objective changes appreciably
     * @param xTolerance     simplex-size tolerance, finite and {@code >= 0}
     * @param fTolerance     value-spread tolerance, finite and {@code >= 0}
     * @param maxEvaluations evaluation budget, {@code > 0}; must cover the initial simplex ({@code n + 1})
     */
    public record Options(double initialStep, double xTolerance, double fTolerance, int maxEvaluations) {
        public Options {
            if (initialStep == 0 || !Double.isFinite(initialStep)) {
                throw new IllegalArgumentException("initialStep must be finite and non-zero, got " + initialStep
                        + "; pass e.g. 0.1");
            }
            if (!(xTolerance >= 0) || Double.isInfinite(xTolerance)) {
                throw new IllegalArgumentException("xTolerance must be finite and >= 0, got " + xTolerance
                        + "; pass e.g. 1e-8");
            }
            if (!(fTolerance >= 0) || Double.isInfinite(fTolerance)) {
                throw new IllegalArgumentException("fTolerance must be finite and >= 0, got " + fTolerance
                        + "; pass e.g. 1e-12");
            }
            if (maxEvaluations <= 0) {
                throw new IllegalArgumentException("maxEvaluations must be > 0, got " + maxEvaluations
                        + "; pass e.g. 10000");
            }
        }

        /**
         * Step {@code 0.1}, {@code xTolerance 1e-8}, {@code fTolerance 1e-12}, 10 000 evaluations: tight enough to
         * locate a smooth minimum to about {@code 1e-6}. For noisy objectives raise {@code fTolerance} to the noise
         * level, or the noise keeps the spread test from ever passing and the whole budget is spent.
         */
        public static Options defaults() {
            return new Options(0.1, 1e-8, 1e-12, 10_000);
        }
    }

    private final Options options;

    /** Nelder-Mead with the given options. */
    public NelderMead(Options options) {
        this.options = Objects.requireNonNull(options, "options must not be null; use NelderMead.Options.defaults()");
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] x0) {
        CountingObjective counted = new CountingObjective(f);
        double[] start = CountingObjective.checkedStart(x0);
        int n = start.length;
        if (options.maxEvaluations() < n + 1) {
            throw new IllegalArgumentException("maxEvaluations = " + options.maxEvaluations() + " cannot build the "
                    + (n + 1) + "-vertex initial simplex; pass maxEvaluations >= " + (n + 1));
        }
        double[][] xs = new double[n + 1][];
        double[] fs = new double[n + 1];
        for (int v = 0; v <= n; v++) {
            xs[v] = start.clone();
            if (v > 0) {
                xs[v][v - 1] += options.initialStep();
            }
            fs[v] = counted.value(xs[v]);
        }
        sort(xs, fs);
        List<Double> history = new ArrayList<>();
        boolean converged = false;
        while (true) {
            if (converged(xs, fs)) {
                converged = true;
                break;
            }
            if (counted.evaluations() + n + 2 > options.maxEvaluations()) {
                break;
            }
            iterate(counted, xs, fs);
            sort(xs, fs);
            history.add(fs[0]);
        }
        return new OptimizationResult(xs[0], fs[0], history.size(), counted.evaluations(), converged, history);
    }

    /** One Nelder-Mead step on a sorted simplex: replaces the worst vertex, or shrinks towards the best. */
    private static void iterate(Objective f, double[][] xs, double[] fs) {
        int n = fs.length - 1;
        double[] centroid = new double[n];
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < n; i++) {
                centroid[i] += xs[v][i] / n;
            }
        }
        double[] xr = along(centroid, xs[n], REFLECT);
        double fr = f.value(xr);
        if (fr < fs[0]) {
            double[] xe = along(centroid, xs[n], REFLECT * EXPAND);
            double fe = f.value(xe);
            replaceWorst(xs, fs, fe < fr ? xe : xr, Math.min(fe, fr));
        } else if (fr < fs[n - 1]) {
            replaceWorst(xs, fs, xr, fr);
        } else {
            // Outside contraction when the reflection beat the worst vertex, otherwise inside contraction.
            boolean outside = fr < fs[n];
            double[] xc = along(centroid, xs[n], outside ? REFLECT * CONTRACT : -CONTRACT);
            double fc = f.value(xc);
            if (outside ? fc <= fr : fc < fs[n]) {
                replaceWorst(xs, fs, xc, fc);
            } else {
                for (int v = 1; v <= n; v++) {
                    for (int i = 0; i < n; i++) {
                        xs[v][i] = xs[0][i] + SHRINK * (xs[v][i] - xs[0][i]);
                    }
                    fs[v] = f.value(xs[v]);
                }
            }
        }
    }

    /** {@code centroid + t (centroid - worst)}: t = 1 reflects, 2 expands, 0.5 / -0.5 contract outside / inside. */
    private static double[] along(double[] centroid, double[] worst, double t) {
        double[] p = new double[centroid.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = centroid[i] + t * (centroid[i] - worst[i]);
        }
        return p;
    }

    private static void replaceWorst(double[][] xs, double[] fs, double[] x, double value) {
        xs[xs.length - 1] = x;
        fs[fs.length - 1] = value;
    }

    private boolean converged(double[][] xs, double[] fs) {
        double size = 0;
        double spread = 0;
        for (int v = 1; v < xs.length; v++) {
            spread = Math.max(spread, Math.abs(fs[v] - fs[0]));
            for (int i = 0; i < xs[v].length; i++) {
                size = Math.max(size, Math.abs(xs[v][i] - xs[0][i]));
            }
        }
        // An infinite value makes the spread infinite or NaN; !(NaN <= tol) keeps iterating, as it should.
        return size <= options.xTolerance() && spread <= options.fTolerance();
    }

    /** Stable insertion sort by value (n is small), so equal values keep their order: determinism. */
    private static void sort(double[][] xs, double[] fs) {
        for (int j = 1; j < fs.length; j++) {
            double fv = fs[j];
            double[] xv = xs[j];
            int i = j - 1;
            while (i >= 0 && fs[i] > fv) {
                fs[i + 1] = fs[i];
                xs[i + 1] = xs[i];
                i--;
            }
            fs[i + 1] = fv;
            xs[i + 1] = xv;
        }
    }

    @Override
    public String describe() {
        return "NelderMead(reflection=1, expansion=2, contraction=0.5, shrink=0.5, initialStep="
                + options.initialStep() + ", xTolerance=" + options.xTolerance() + ", fTolerance="
                + options.fTolerance() + ", maxEvaluations=" + options.maxEvaluations() + ")";
    }
}
