package io.hqml.quantum.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.linalg.HermitianEigen;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdHocDatasetTest {

    @Test
    void sameSeedGivesIdenticalOutput() {
        LabeledPoints a = AdHocDataset.generate(2, 0.3, 20, 5, 123);
        LabeledPoints b = AdHocDataset.generate(2, 0.3, 20, 5, 123);
        assertArrayEquals(a.features(), b.features());
        assertArrayEquals(a.labels(), b.labels());
        assertArrayEquals(a.test(), b.test());
        assertArrayEquals(a.featureNames(), b.featureNames());
    }

    @Test
    void differentSeedsDiffer() {
        LabeledPoints a = AdHocDataset.generate(2, 0.3, 20, 5, 1);
        LabeledPoints b = AdHocDataset.generate(2, 0.3, 20, 5, 2);
        assertFalse(Arrays.deepEquals(a.features(), b.features()));
    }

    @Test
    void twoQubitPointsAreSeparatedByTheGapUnderIndependentRecomputation() {
        checkAgainstDenseRecomputation(2, 0.3, 20, 10, 2024);
        checkAgainstDenseRecomputation(2, 0.0, 15, 7, 5);
    }

    @Test
    void threeQubitsWork() {
        checkAgainstDenseRecomputation(3, 0.1, 12, 4, 99);
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("qubits = 2 or 3", () -> AdHocDataset.generate(4, 0.3, 5, 5, 0));
        assertMessage("qubits = 2 or 3", () -> AdHocDataset.generate(1, 0.3, 5, 5, 0));
        assertMessage("gap", () -> AdHocDataset.generate(2, -0.1, 5, 5, 0));
        assertMessage("gap", () -> AdHocDataset.generate(2, Double.NaN, 5, 5, 0));
        assertMessage(">= 1", () -> AdHocDataset.generate(2, 0.3, 0, 5, 0));
        assertMessage(">= 1", () -> AdHocDataset.generate(2, 0.3, 5, 0, 0));
        // 10^4 grid points cannot supply 6000 per class; |value| <= 1 so a gap of 1 leaves nothing.
        assertMessage("lower the gap or the sizes", () -> AdHocDataset.generate(2, 0.3, 5000, 1000, 0));
        assertMessage("lower the gap or the sizes", () -> AdHocDataset.generate(3, 1.0, 1, 1, 0));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "message should be one line");
    }

    private static void checkAgainstDenseRecomputation(int n, double gap, int train, int test, long seed) {
        LabeledPoints data = AdHocDataset.generate(n, gap, train, test, seed);
        int count = n == 2 ? 100 : 20;
        assertEquals(2 * (train + test), data.size());
        assertEquals(n, data.dimension());
        for (int i = 0; i < n; i++) {
            assertEquals("x" + i, data.featureNames()[i]);
        }
        double[][][] m = denseObservable(n, seed);
        int[][] perClassAndSplit = new int[2][2];
        Set<List<Double>> seen = new HashSet<>();
        for (int r = 0; r < data.size(); r++) {
            double[] x = data.features()[r];
            int label = data.labels()[r];
            boolean isTest = data.test()[r];
            // Layout: train class 0, train class 1, test class 0, test class 1.
            int block = r < 2 * train ? r / train : 2 + (r - 2 * train) / test;
            assertEquals(block % 2, label, "row " + r);
            assertEquals(block >= 2, isTest, "row " + r);
            perClassAndSplit[label][isTest ? 1 : 0]++;
            for (double xi : x) {
                double k = xi * count / (2 * Math.PI);
                assertEquals(Math.rint(k), k, 1e-9, "off grid: " + xi);
                assertTrue(Math.rint(k) >= 0 && Math.rint(k) < count);
            }
            assertTrue(seen.add(Arrays.stream(x).boxed().toList()), "duplicate point " + Arrays.toString(x));
            double value = denseValue(x, m);
            // The two computations round differently, so allow 1e-12 at the boundary (matters only for gap 0).
            double signed = label == 1 ? value : -value;
            assertTrue(signed > gap - 1e-12, "value " + value + " vs gap " + gap + " at " + Arrays.toString(x));
        }
        assertEquals(train, perClassAndSplit[0][0]);
        assertEquals(train, perClassAndSplit[1][0]);
        assertEquals(test, perClassAndSplit[0][1]);
        assertEquals(test, perClassAndSplit[1][1]);
    }

    // ---- The test's own dense-matrix version: Kronecker products, full matrices, no shortcuts. ----

    private static final double[][] ID = {{1, 0}, {0, 1}};
    private static final double[][] Z = {{1, 0}, {0, -1}};
    private static final double S = 1 / Math.sqrt(2);
    private static final double[][] HAD = {{S, S}, {S, -S}};

    /** M = V^H P V, with A = R + iS drawn as the documented contract says. */
    private static double[][][] denseObservable(int n, long seed) {
        int dim = 1 << n;
        Random rng = new Random(seed);
        double[][] ar = new double[dim][dim];
        double[][] ai = new double[dim][dim];
        for (double[] row : ar) {
            for (int j = 0; j < dim; j++) {
                row[j] = rng.nextDouble();
            }
        }
        for (double[] row : ai) {
            for (int j = 0; j < dim; j++) {
                row[j] = rng.nextDouble();
            }
        }
        double[][][] aH = adjoint(ar, ai);
        double[][][] h = mul(aH[0], aH[1], ar, ai);
        HermitianEigen eig = HermitianEigen.decompose(h[0], h[1]);
        double[][] parity = zOn(n, 0);
        for (int i = 1; i < n; i++) {
            parity = mul(parity, zOn(n, i));
        }
        double[][][] vH = adjoint(eig.vectorsRe(), eig.vectorsIm());
        double[][][] vhp = mul(vH[0], vH[1], parity, new double[dim][dim]);
        return mul(vhp[0], vhp[1], eig.vectorsRe(), eig.vectorsIm());
    }

    /** Z on qubit i; the leftmost Kronecker factor is the most significant bit, qubit n-1 (little endian). */
    private static double[][] zOn(int n, int qubit) {
        double[][] out = {{1}};
        for (int pos = n - 1; pos >= 0; pos--) {
            out = kron(out, pos == qubit ? Z : ID);
        }
        return out;
    }

    private static double denseValue(double[] x, double[][][] m) {
        int n = x.length;
        int dim = 1 << n;
        double[][] phi = new double[dim][dim];
        for (int i = 0; i < n; i++) {
            add(phi, zOn(n, i), x[i]);
            for (int j = i + 1; j < n; j++) {
                add(phi, mul(zOn(n, i), zOn(n, j)), (Math.PI - x[i]) * (Math.PI - x[j]));
            }
        }
        double[][] ur = new double[dim][dim];
        double[][] ui = new double[dim][dim];
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b < dim; b++) {
                if (a != b) {
                    assertEquals(0.0, phi[a][b], 0.0, "phi must be diagonal");
                }
            }
            ur[a][a] = Math.cos(phi[a][a]);
            ui[a][a] = Math.sin(phi[a][a]);
        }
        double[][] hn = {{1}};
        for (int i = 0; i < n; i++) {
            hn = kron(hn, HAD);
        }
        double[][] zero = new double[dim][dim];
        double[][][] uh = mul(ur, ui, hn, zero);
        double[][][] circuit = mul(uh[0], uh[1], uh[0], uh[1]);
        // psi = (U Hn)(U Hn)|0...0> is column 0 of the circuit matrix.
        double[] pr = new double[dim];
        double[] pi = new double[dim];
        for (int a = 0; a < dim; a++) {
            pr[a] = circuit[0][a][0];
            pi[a] = circuit[1][a][0];
        }
        double value = 0;
        for (int k = 0; k < dim; k++) {
            for (int l = 0; l < dim; l++) {
                // Re(conj(psi_k) M_kl psi_l)
                double mr = m[0][k][l] * pr[l] - m[1][k][l] * pi[l];
                double mi = m[0][k][l] * pi[l] + m[1][k][l] * pr[l];
                value += pr[k] * mr + pi[k] * mi;
            }
        }
        return value;
    }

    private static double[][] kron(double[][] a, double[][] b) {
        int ra = a.length;
        int rb = b.length;
        double[][] out = new double[ra * rb][ra * rb];
        for (int i = 0; i < ra; i++) {
            for (int j = 0; j < ra; j++) {
                for (int k = 0; k < rb; k++) {
                    for (int l = 0; l < rb; l++) {
                        out[i * rb + k][j * rb + l] = a[i][j] * b[k][l];
                    }
                }
            }
        }
        return out;
    }

    private static void add(double[][] acc, double[][] term, double scale) {
        for (int i = 0; i < acc.length; i++) {
            for (int j = 0; j < acc.length; j++) {
                acc[i][j] += scale * term[i][j];
            }
        }
    }

    private static double[][] mul(double[][] a, double[][] b) {
        return mul(a, new double[a.length][a.length], b, new double[b.length][b.length])[0];
    }

    private static double[][][] mul(double[][] ar, double[][] ai, double[][] br, double[][] bi) {
        int n = ar.length;
        double[][] cr = new double[n][n];
        double[][] ci = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    cr[i][j] += ar[i][k] * br[k][j] - ai[i][k] * bi[k][j];
                    ci[i][j] += ar[i][k] * bi[k][j] + ai[i][k] * br[k][j];
                }
            }
        }
        return new double[][][] {cr, ci};
    }

    private static double[][][] adjoint(double[][] re, double[][] im) {
        int n = re.length;
        double[][] tr = new double[n][n];
        double[][] ti = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                tr[j][i] = re[i][j];
                ti[j][i] = -im[i][j];
            }
        }
        return new double[][][] {tr, ti};
    }
}
