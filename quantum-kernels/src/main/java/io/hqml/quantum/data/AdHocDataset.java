package io.hqml.quantum.data;

import io.hqml.quantum.linalg.HermitianEigen;
import java.util.Arrays;
import java.util.Random;

/**
 * The "ad hoc" data set of Havlicek et al., Nature 567, 209 (2019), built as in Qiskit Machine Learning's
 * {@code ad_hoc_data} for 2 and 3 qubits. Its labels are, by construction, separable by the ZZ feature map.
 *
 * <p>Algorithm (n qubits, N = 2^n):
 * <ol>
 *   <li>Grid: per dimension {@code count} values {@code x = 2 pi k / count}, {@code k = 0..count-1}
 *       ({@code count} = 100 for n = 2, 20 for n = 3); all {@code count^n} points of the n-dimensional grid,
 *       enumerated lexicographically with {@code x0} varying slowest (as {@code itertools.product}).</li>
 *   <li>Random unitary: {@code A = R + iS}, entries of R then S drawn row-major, uniform in [0, 1), from
 *       {@code new Random(seed)}; {@code H = A^H A}; {@code V} = eigenvectors of H as columns, eigenvalues
 *       descending ({@link HermitianEigen}, which also fixes each eigenvector's phase). Observable
 *       {@code M = V^H P V} with parity {@code P = Z^{(x)n}}, {@code P_bb = (-1)^popcount(b)}.</li>
 *   <li>For each grid point: {@code phi(x) = sum_i x_i Z_i + sum_{i<j} (pi - x_i)(pi - x_j) Z_i Z_j}
 *       (diagonal), {@code U = exp(i phi)}, {@code psi = U H^{(x)n} U H^{(x)n} |0...0>},
 *       {@code value = Re(psi^H M psi)}. Class 1 (label +1) where {@code value > gap}, class 0 (label -1)
 *       where {@code value < -gap}; points with {@code |value| <= gap} are discarded.</li>
 *   <li>Per class, class 0 first, {@code trainPerClass + testPerClass} distinct grid points are drawn
 *       uniformly without replacement (partial Fisher-Yates, same {@code Random}); the first
 *       {@code trainPerClass} drawn are train, the rest test.</li>
 * </ol>
 * Rows are returned as: train class 0, train class 1, test class 0, test class 1, each in draw order.
 *
 * <p>Qubit order: qubit {@code i} is bit {@code i} of the basis index (little endian, qubit 0 least
 * significant), as in Qiskit, and {@code x_i} drives qubit {@code i}; so {@code Z_i} has diagonal entry
 * {@code 1 - 2 * bit_i(b)}. {@link Random} is used rather than {@code SplittableRandom} because its
 * {@code nextDouble}/{@code nextInt(bound)} algorithms are fixed by its specification, so a seed gives the
 * same data set on every JDK. The numbers differ from Qiskit's (different generator and eigenvector phases);
 * the construction is the same.
 */
public final class AdHocDataset {

    private AdHocDataset() {
    }

    /**
     * Generates the data set.
     *
     * @param qubits        2 or 3 (also the number of features)
     * @param gap           separation margin, {@code >= 0}
     * @param trainPerClass training points per class, {@code >= 1}
     * @param testPerClass  test points per class, {@code >= 1}
     * @param seed          seed of the unitary and of the sampling
     * @return {@code 2 * (trainPerClass + testPerClass)} points with features {@code x0..x{n-1}}
     * @throws IllegalArgumentException on bad arguments or when a class has fewer grid points than requested
     */
    public static LabeledPoints generate(int qubits, double gap, int trainPerClass, int testPerClass, long seed) {
        if (qubits != 2 && qubits != 3) {
            throw new IllegalArgumentException("ad hoc data supports qubits = 2 or 3 only, got " + qubits);
        }
        if (!(gap >= 0) || Double.isInfinite(gap)) {
            throw new IllegalArgumentException("gap must be finite and >= 0, got " + gap);
        }
        if (trainPerClass < 1 || testPerClass < 1) {
            throw new IllegalArgumentException("trainPerClass and testPerClass must be >= 1, got "
                    + trainPerClass + " and " + testPerClass);
        }
        if (trainPerClass > Integer.MAX_VALUE / 2 - testPerClass) {
            throw new IllegalArgumentException("trainPerClass + testPerClass is too large; lower the sizes");
        }
        Random rng = new Random(seed);
        int dim = 1 << qubits;
        double[][][] m = observable(qubits, rng);
        int count = qubits == 2 ? 100 : 20;
        int total = (int) Math.pow(count, qubits);
        // Grid indices per class; class sizes are unknown up front so both lists get full capacity.
        int[][] members = new int[2][total];
        int[] sizes = new int[2];
        double[] x = new double[qubits];
        for (int g = 0; g < total; g++) {
            gridPoint(g, count, x);
            double value = expectation(m, state(x, dim));
            if (value > gap) {
                members[1][sizes[1]++] = g;
            } else if (value < -gap) {
                members[0][sizes[0]++] = g;
            }
        }
        int need = trainPerClass + testPerClass;
        int[][] drawn = new int[2][];
        for (int c = 0; c < 2; c++) {
            if (sizes[c] < need) {
                throw new IllegalArgumentException("ad hoc data (qubits=" + qubits + ", gap=" + gap + "): class "
                        + c + " has only " + sizes[c] + " grid points but trainPerClass + testPerClass = " + need
                        + " are needed; lower the gap or the sizes");
            }
            drawn[c] = sample(members[c], sizes[c], need, rng);
        }
        return assemble(drawn, trainPerClass, testPerClass, count, qubits);
    }

    /** {@code M = V^H P V} as {re, im}, consuming the 2 N^2 uniforms of A from {@code rng}. */
    private static double[][][] observable(int qubits, Random rng) {
        int dim = 1 << qubits;
        double[][] ar = new double[dim][dim];
        double[][] ai = new double[dim][dim];
        fill(ar, rng);
        fill(ai, rng);
        // H = A^H A: H_kl = sum_r conj(A_rk) A_rl.
        double[][] hr = new double[dim][dim];
        double[][] hi = new double[dim][dim];
        for (int k = 0; k < dim; k++) {
            for (int l = 0; l < dim; l++) {
                for (int r = 0; r < dim; r++) {
                    hr[k][l] += ar[r][k] * ar[r][l] + ai[r][k] * ai[r][l];
                    hi[k][l] += ar[r][k] * ai[r][l] - ai[r][k] * ar[r][l];
                }
            }
        }
        HermitianEigen eig = HermitianEigen.decompose(hr, hi);
        double[][] vr = eig.vectorsRe();
        double[][] vi = eig.vectorsIm();
        // M_kl = sum_b conj(V_bk) P_bb V_bl.
        double[][] mr = new double[dim][dim];
        double[][] mi = new double[dim][dim];
        for (int k = 0; k < dim; k++) {
            for (int l = 0; l < dim; l++) {
                for (int b = 0; b < dim; b++) {
                    double p = parity(b);
                    mr[k][l] += p * (vr[b][k] * vr[b][l] + vi[b][k] * vi[b][l]);
                    mi[k][l] += p * (vr[b][k] * vi[b][l] - vi[b][k] * vr[b][l]);
                }
            }
        }
        return new double[][][] {mr, mi};
    }

    private static void fill(double[][] a, Random rng) {
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextDouble();
            }
        }
    }

    private static double parity(int b) {
        return (Integer.bitCount(b) & 1) == 0 ? 1 : -1;
    }

    /** Coordinates of grid point {@code g}: base-{@code count} digits of g, x0 the most significant. */
    private static void gridPoint(int g, int count, double[] x) {
        for (int i = x.length - 1; i >= 0; i--) {
            x[i] = 2 * Math.PI * (g % count) / count;
            g /= count;
        }
    }

    /** {@code psi = U Hn U Hn |0>} as {re, im}; U is diagonal and Hn|0> is the uniform superposition. */
    private static double[][] state(double[] x, int dim) {
        int n = x.length;
        double[] phi = new double[dim];
        for (int b = 0; b < dim; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i] * z(b, i);
                for (int j = i + 1; j < n; j++) {
                    sum += (Math.PI - x[i]) * (Math.PI - x[j]) * z(b, i) * z(b, j);
                }
            }
            phi[b] = sum;
        }
        double amp = 1 / Math.sqrt(dim);
        double[] wr = new double[dim];
        double[] wi = new double[dim];
        for (int b = 0; b < dim; b++) {
            wr[b] = amp * Math.cos(phi[b]);
            wi[b] = amp * Math.sin(phi[b]);
        }
        // Hn_ab = (-1)^popcount(a & b) / sqrt(N), then multiply by U again.
        double[] pr = new double[dim];
        double[] pi = new double[dim];
        for (int a = 0; a < dim; a++) {
            double sr = 0;
            double si = 0;
            for (int b = 0; b < dim; b++) {
                double sign = parity(a & b);
                sr += sign * wr[b];
                si += sign * wi[b];
            }
            double c = Math.cos(phi[a]);
            double s = Math.sin(phi[a]);
            pr[a] = amp * (c * sr - s * si);
            pi[a] = amp * (c * si + s * sr);
        }
        return new double[][] {pr, pi};
    }

    /** Eigenvalue of Z_i on basis state b: +1 if bit i of b is 0, else -1. */
    private static double z(int b, int i) {
        return 1 - 2 * ((b >> i) & 1);
    }

    /** Re(psi^H M psi). */
    private static double expectation(double[][][] m, double[][] psi) {
        double[] pr = psi[0];
        double[] pi = psi[1];
        double sum = 0;
        for (int k = 0; k < pr.length; k++) {
            for (int l = 0; l < pr.length; l++) {
                double mr = m[0][k][l] * pr[l] - m[1][k][l] * pi[l];
                double mi = m[0][k][l] * pi[l] + m[1][k][l] * pr[l];
                sum += pr[k] * mr + pi[k] * mi;
            }
        }
        return sum;
    }

    /** First {@code need} entries of a partial Fisher-Yates shuffle of {@code pool[0..size)}. */
    private static int[] sample(int[] pool, int size, int need, Random rng) {
        int[] a = Arrays.copyOf(pool, size);
        for (int j = 0; j < need; j++) {
            int r = j + rng.nextInt(size - j);
            int t = a[j];
            a[j] = a[r];
            a[r] = t;
        }
        return Arrays.copyOf(a, need);
    }

    private static LabeledPoints assemble(int[][] drawn, int train, int test, int count, int qubits) {
        int rows = 2 * (train + test);
        double[][] features = new double[rows][];
        int[] labels = new int[rows];
        boolean[] isTest = new boolean[rows];
        int row = 0;
        for (int part = 0; part < 2; part++) {
            int from = part == 0 ? 0 : train;
            int to = part == 0 ? train : train + test;
            for (int c = 0; c < 2; c++) {
                for (int k = from; k < to; k++) {
                    features[row] = new double[qubits];
                    gridPoint(drawn[c][k], count, features[row]);
                    labels[row] = c;
                    isTest[row] = part == 1;
                    row++;
                }
            }
        }
        String[] names = new String[qubits];
        for (int i = 0; i < qubits; i++) {
            names[i] = "x" + i;
        }
        return new LabeledPoints(features, labels, isTest, names);
    }
}
