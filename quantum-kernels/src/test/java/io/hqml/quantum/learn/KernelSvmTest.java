package io.hqml.quantum.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelSvmTest {

    static double[][] linearKernel(double[][] a, double[][] b) {
        double[][] k = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                for (int d = 0; d < a[i].length; d++) {
                    k[i][j] += a[i][d] * b[j][d];
                }
            }
        }
        return k;
    }

    static double[][] rbfKernel(double[][] a, double[][] b, double gamma) {
        double[][] k = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double sq = 0;
                for (int d = 0; d < a[i].length; d++) {
                    sq += (a[i][d] - b[j][d]) * (a[i][d] - b[j][d]);
                }
                k[i][j] = Math.exp(-gamma * sq);
            }
        }
        return k;
    }

    /** w = sum_i alpha_i y_i x_i, the primal weight vector of a linear-kernel model. */
    private static double[] weights(KernelSvm.Model m, double[][] x) {
        double[] w = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int d = 0; d < w.length; d++) {
                w[d] += m.alpha()[i] * m.y()[i] * x[i][d];
            }
        }
        return w;
    }

    @Test
    void twoPointsGiveTheHandComputedMaxMarginSolution() {
        // x = (1,0) with +1 and (-1,0) with -1. The dual is max 2a - 2a^2 (alpha_1 = alpha_2 = a by y'a = 0,
        // K = [[1,-1],[-1,1]]), so a = 1/2, w = 1/2 (1,0) + 1/2 (1,0) = (1,0) and, by symmetry, b = 0.
        double[][] x = {{1, 0}, {-1, 0}};
        KernelSvm.Model m = KernelSvm.fit(linearKernel(x, x), new int[] {1, -1}, KernelSvm.Options.defaults());
        assertArrayEquals(new double[] {0.5, 0.5}, m.alpha(), 1e-12);
        assertArrayEquals(new double[] {1, 0}, weights(m, x), 1e-12);
        assertEquals(0.0, m.bias(), 1e-12);
        assertArrayEquals(new int[] {0, 1}, m.supportIndices());
        assertTrue(m.converged());
        // A new point (0.25, 7): f = w.x + b = 0.25.
        assertEquals(0.25, m.decision(linearKernel(new double[][] {{0.25, 7}}, x)[0]), 1e-12);
    }

    @Test
    void nonSupportPointGetsZeroAlphaAndHyperplaneIsHalfwayBetweenClosestPoints() {
        // (2,0) and (3,1) are +1, (0,0) is -1. The closest point of the +1 hull to (0,0) is (2,0), so the
        // maximal margin hyperplane is x1 = 1: w = (1,0), b = -1. (3,1) has margin 2 > 1, so alpha_3 = 0;
        // then y'a = 0 gives alpha_1 = alpha_2 and w = alpha_1 (2,0) = (1,0) gives alpha_1 = alpha_2 = 1/2.
        double[][] x = {{2, 0}, {0, 0}, {3, 1}};
        KernelSvm.Model m = KernelSvm.fit(linearKernel(x, x), new int[] {1, -1, 1},
                new KernelSvm.Options(10.0, 1e-9, 1000));
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, m.alpha(), 1e-9);
        assertArrayEquals(new double[] {1, 0}, weights(m, x), 1e-9);
        assertEquals(-1.0, m.bias(), 1e-9);
        assertArrayEquals(new int[] {0, 1}, m.supportIndices());
    }

    @Test
    void separableDataIsFittedPerfectlyWithALinearKernel() {
        Random rnd = new Random(7);
        int n = 40;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
            // Classes in squares of side 2 centred at (+-2, +-1): the gap between them is at least 2.
            x[i][0] = 2 * y[i] + 2 * rnd.nextDouble() - 1;
            x[i][1] = y[i] + 2 * rnd.nextDouble() - 1;
        }
        double[][] k = linearKernel(x, x);
        KernelSvm.Model m = KernelSvm.fit(k, y, new KernelSvm.Options(100.0, 1e-6, 100_000));
        double[] f = m.decisions(k);
        for (int i = 0; i < n; i++) {
            assertTrue(y[i] * f[i] > 0, "point " + i + " misclassified, f = " + f[i]);
            // Hard-margin optimum: every point on or outside the margin.
            assertTrue(y[i] * f[i] >= 1 - 1e-5, "point " + i + " inside the margin, y f = " + y[i] * f[i]);
        }
        assertTrue(m.supportIndices().length >= 2 && m.supportIndices().length < n);
    }

    private static double[][] randomPoints(Random rnd, int n) {
        double[][] x = new double[n][3];
        for (double[] row : x) {
            for (int d = 0; d < row.length; d++) {
                row[d] = rnd.nextGaussian();
            }
        }
        return x;
    }

    /** Noisy labels so that every C leaves some points at the bound C, some free and some at zero. */
    private static int[] noisyLabels(Random rnd, double[][] x) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] + x[i][1] * x[i][2] + 0.7 * rnd.nextGaussian() > 0 ? 1 : -1;
        }
        return y;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1.0, 10.0})
    void rbfSolutionSatisfiesKktAndTheDualConstraints(double c) {
        Random rnd = new Random(42);
        double[][] x = randomPoints(rnd, 60);
        int[] y = noisyLabels(rnd, x);
        double[][] k = rbfKernel(x, x, 0.5);
        KernelSvm.Options options = new KernelSvm.Options(c, 1e-3, 100_000);
        KernelSvm.Model m = KernelSvm.fit(k, y, options);

        assertTrue(m.converged());
        assertTrue(KernelSvm.kktViolation(k, y, m, c) <= options.tolerance() + 1e-9,
                "KKT violation " + KernelSvm.kktViolation(k, y, m, c));
        double balance = 0;
        for (int i = 0; i < y.length; i++) {
            double a = m.alpha()[i];
            assertTrue(a >= 0 && a <= c, "alpha[" + i + "] = " + a + " outside [0, C]");
            balance += a * y[i];
        }
        assertEquals(0.0, balance, 1e-9);

        // Weak duality: primal - dual = sum_i [a_i (g_i - 1) + C max(0, 1 - g_i)] >= 0, and each term is at
        // most C * (KKT violation), so the gap is at most N C eps. A wrong bias or alpha breaks this.
        double gap = 0;
        double[] f = m.decisions(k);
        for (int i = 0; i < y.length; i++) {
            double g = y[i] * f[i];
            gap += m.alpha()[i] * (g - 1) + c * Math.max(0, 1 - g);
        }
        assertTrue(gap >= -1e-9 && gap <= y.length * c * options.tolerance() + 1e-9, "duality gap " + gap);
    }

    @Test
    void manyRandomProblemsStayFeasibleAndOptimal() {
        // Many small problems exercise every clipping branch of the two-variable update; a wrong branch
        // breaks sum_i alpha_i y_i = 0, the box or optimality.
        for (int seed = 0; seed < 60; seed++) {
            Random rnd = new Random(seed);
            double[][] x = randomPoints(rnd, 10 + rnd.nextInt(40));
            int[] y = noisyLabels(rnd, x);
            y[0] = 1;
            y[1] = -1;
            double c = new double[] {0.05, 0.5, 5, 50}[seed % 4];
            double[][] k = rbfKernel(x, x, 0.1 + rnd.nextDouble());
            KernelSvm.Model m = KernelSvm.fit(k, y, new KernelSvm.Options(c, 1e-4, 1_000_000));
            double balance = 0;
            for (int i = 0; i < y.length; i++) {
                assertTrue(m.alpha()[i] >= 0 && m.alpha()[i] <= c, "seed " + seed);
                balance += m.alpha()[i] * y[i];
            }
            assertEquals(0.0, balance, 1e-9, "seed " + seed);
            assertTrue(KernelSvm.kktViolation(k, y, m, c) <= 1e-4 + 1e-9, "seed " + seed);
        }
    }

    @Test
    void secondOrderSelectionPrefersTheLargestObjectiveDecrease() {
        // At alpha = 0 every gradient is -1, so i is the +1 point (4,0) and both -1 points violate KKT by the
        // same gradient difference 2: a first-order rule cannot tell them apart. WSS2 picks the j with the
        // largest decrease 2^2 / ||x_i - x_j||^2, i.e. the nearest point (3.5,0) (0.25 away vs 16), placed
        // first so that a "last index wins" tie break would pick the other one. One step then gives
        // alpha_0 = alpha_2 = 2 / 0.25 = 8 (below C, so unclipped).
        double[][] x = {{3.5, 0}, {0, 0}, {4, 0}};
        int[] y = {-1, -1, 1};
        KernelSvm.Model m = KernelSvm.fit(linearKernel(x, x), y, new KernelSvm.Options(100, 1e-3, 1));
        assertEquals(1, m.iterations());
        assertArrayEquals(new double[] {8, 0, 8}, m.alpha(), 1e-12);
    }

    @Test
    void tighterToleranceGivesSmallerKktViolation() {
        Random rnd = new Random(3);
        double[][] x = randomPoints(rnd, 60);
        int[] y = noisyLabels(rnd, x);
        double[][] k = rbfKernel(x, x, 0.5);
        KernelSvm.Model m = KernelSvm.fit(k, y, new KernelSvm.Options(1.0, 1e-8, 100_000));
        assertTrue(KernelSvm.kktViolation(k, y, m, 1.0) <= 1e-8 + 1e-12);
    }

    @Test
    void trainingIsDeterministic() {
        Random rnd = new Random(11);
        double[][] x = randomPoints(rnd, 50);
        int[] y = noisyLabels(rnd, x);
        double[][] k = rbfKernel(x, x, 1.0);
        KernelSvm.Model a = KernelSvm.fit(k, y, KernelSvm.Options.defaults());
        KernelSvm.Model b = KernelSvm.fit(k, y, KernelSvm.Options.defaults());
        assertArrayEquals(a.alpha(), b.alpha(), 0.0);
        assertEquals(a.bias(), b.bias(), 0.0);
        assertEquals(a.iterations(), b.iterations());
    }

    @Test
    void iterationCapIsReportedAsNotConverged() {
        Random rnd = new Random(5);
        double[][] x = randomPoints(rnd, 60);
        int[] y = noisyLabels(rnd, x);
        KernelSvm.Model m = KernelSvm.fit(rbfKernel(x, x, 0.5), y, new KernelSvm.Options(10.0, 1e-6, 3));
        assertEquals(3, m.iterations());
        assertFalse(m.converged());
    }

    @Test
    void invalidInputsAreRejected() {
        double[][] k = {{1, 0.5}, {0.5, 1}};
        KernelSvm.Options o = KernelSvm.Options.defaults();
        IllegalArgumentException oneClass =
                assertThrows(IllegalArgumentException.class, () -> KernelSvm.fit(k, new int[] {1, 1}, o));
        assertTrue(oneClass.getMessage().contains("both"), oneClass.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> KernelSvm.fit(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}, new int[] {1, -1}, o));
        assertThrows(IllegalArgumentException.class, () -> KernelSvm.fit(k, new int[] {1, -1, 1}, o));
        assertThrows(IllegalArgumentException.class,
                () -> KernelSvm.fit(new double[][] {{1, 0.5}, {0.5}}, new int[] {1, -1}, o));
        assertThrows(IllegalArgumentException.class, () -> KernelSvm.fit(k, new int[] {1, 0}, o));
        assertThrows(IllegalArgumentException.class,
                () -> KernelSvm.fit(new double[][] {{1, 0.5}, {0.2, 1}}, new int[] {1, -1}, o));
        assertThrows(IllegalArgumentException.class, () -> new KernelSvm.Options(0, 1e-3, 10));
        assertThrows(IllegalArgumentException.class, () -> new KernelSvm.Options(1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new KernelSvm.Options(1, 1e-3, 0));
        KernelSvm.Model m = KernelSvm.fit(k, new int[] {1, -1}, o);
        assertThrows(IllegalArgumentException.class, () -> m.decision(new double[] {1, 2, 3}));
    }
}
