package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.AngleFeatureMap;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.linalg.SymmetricEigen;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FidelityKernelTest {

    @Test
    void zzCheckValuesFromTheLiterature() {
        // REFERENCES.md: n = 2, reps = 2, one pair, values computed independently of this code base.
        FidelityKernel k = new FidelityKernel(new ZZFeatureMap(2, 2, Entanglement.LINEAR));
        assertEquals(0.7840729693, value(k, new double[] {1, 2}, new double[] {2, 1}), 1e-10);
        assertEquals(0.9345004495, value(k, new double[] {0.5, 0.5}, new double[] {0.6, 0.4}), 1e-10);
        assertEquals(1.0, value(k, new double[] {0.3, 4.0}, new double[] {0.3, 4.0}), 1e-12);
    }

    @Test
    void zzKernelEqualsClosedFormStateOverlaps() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (Entanglement e : Entanglement.values()) {
            for (int reps = 1; reps <= 3; reps++) {
                ZZFeatureMap map = new ZZFeatureMap(4, reps, e);
                FidelityKernel k = new FidelityKernel(map);
                for (int t = 0; t < 5; t++) {
                    double[] x = random(rnd, 4), y = random(rnd, 4);
                    double expected = fidelity(closedFormZZ(x, reps, e.pairs(4)), closedFormZZ(y, reps, e.pairs(4)));
                    assertEquals(expected, value(k, x, y), 1e-10, e + " reps " + reps);
                }
            }
        }
    }

    @Test
    void angleKernelEqualsProductOfCosines() {
        SplittableRandom rnd = new SplittableRandom(5);
        FidelityKernel k = new FidelityKernel(new AngleFeatureMap(3, 1, AngleFeatureMap.Rotation.RY));
        for (int t = 0; t < 10; t++) {
            double[] x = random(rnd, 3), y = random(rnd, 3);
            double expected = 1;
            for (int i = 0; i < 3; i++) {
                expected *= Math.pow(Math.cos((x[i] - y[i]) / 2), 2);
            }
            assertEquals(expected, value(k, x, y), 1e-12);
        }
    }

    @Test
    void gramIsSymmetricUnitDiagonalAndPositiveSemidefinite() {
        SplittableRandom rnd = new SplittableRandom(23);
        int n = 40;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = random(rnd, 3);
        }
        FidelityKernel k = new FidelityKernel(new ZZFeatureMap(3, 2, Entanglement.FULL));
        double[] flat = new double[n * n];
        k.symmetricBlock(rows, flat);
        double[] full = new double[n * n];
        k.block(rows, rows, full);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            assertEquals(1.0, flat[i * n + i], 1e-12);
            for (int j = 0; j < n; j++) {
                assertEquals(flat[i * n + j], flat[j * n + i], 0.0);
                assertEquals(full[i * n + j], flat[i * n + j], 1e-14);
                m[i][j] = flat[i * n + j];
            }
        }
        double[] eig = SymmetricEigen.eigenvalues(m);
        assertTrue(eig[0] >= -1e-9, "smallest eigenvalue " + eig[0]);
    }

    @Test
    void rbfKernelAndScaleGamma() {
        RbfKernel k = new RbfKernel(0.5);
        double[] out = new double[1];
        k.block(new double[][] {{0, 0}}, new double[][] {{1, 2}}, out);
        assertEquals(Math.exp(-0.5 * 5), out[0], 1e-15);
        // entries 0, 2, 0, 2: mean 1, variance 1, d = 2 -> gamma = 1/2
        assertEquals(0.5, RbfKernel.scaleGamma(new double[][] {{0, 2}, {0, 2}}), 1e-15);
    }

    private static double value(BlockKernel k, double[] x, double[] y) {
        double[] out = new double[1];
        k.block(new double[][] {x}, new double[][] {y}, out);
        return out[0];
    }

    private static double[] random(SplittableRandom rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(0, 2 * Math.PI);
        }
        return x;
    }

    /**
     * The ZZ state written out: per repetition a Walsh-Hadamard transform, then the diagonal
     * exp(i theta(b)) with theta(b) = sum_i 2 x_i b_i + sum_pairs 2 (pi - x_i)(pi - x_j) (b_i xor b_j).
     */
    static double[] closedFormZZ(double[] x, int reps, List<int[]> pairs) {
        int n = x.length, d = 1 << n;
        double[] re = new double[d], im = new double[d];
        re[0] = 1;
        for (int r = 0; r < reps; r++) {
            double[] nr = new double[d], ni = new double[d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double sign = Integer.bitCount(a & b) % 2 == 0 ? 1 : -1;
                    nr[a] += sign * re[b] / Math.sqrt(d);
                    ni[a] += sign * im[b] / Math.sqrt(d);
                }
            }
            for (int b = 0; b < d; b++) {
                double theta = 0;
                for (int i = 0; i < n; i++) {
                    theta += 2 * x[i] * ((b >> i) & 1);
                }
                for (int[] p : pairs) {
                    theta += 2 * (Math.PI - x[p[0]]) * (Math.PI - x[p[1]]) * (((b >> p[0]) ^ (b >> p[1])) & 1);
                }
                re[b] = nr[b] * Math.cos(theta) - ni[b] * Math.sin(theta);
                im[b] = nr[b] * Math.sin(theta) + ni[b] * Math.cos(theta);
            }
        }
        double[] s = new double[2 * d];
        for (int b = 0; b < d; b++) {
            s[2 * b] = re[b];
            s[2 * b + 1] = im[b];
        }
        return s;
    }

    private static double fidelity(double[] a, double[] b) {
        double re = 0, im = 0;
        for (int k = 0; k < a.length; k += 2) {
            re += a[k] * b[k] + a[k + 1] * b[k + 1];
            im += a[k] * b[k + 1] - a[k + 1] * b[k];
        }
        return re * re + im * im;
    }
}
