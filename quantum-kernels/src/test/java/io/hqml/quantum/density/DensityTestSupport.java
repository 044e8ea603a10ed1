package io.hqml.quantum.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.linalg.HermitianEigen;
import java.util.SplittableRandom;

/**
 * Dense reference helpers for density-matrix tests (layout of {@link DensityMatrixEngine}): outer products,
 * random mixed states, full-register embeddings of local operators and validity checks. Deliberately naive
 * (explicit matrix products over the whole register), so they share no code with the bit-mask kernels.
 */
public final class DensityTestSupport {
    private DensityTestSupport() {
    }

    /** {@code |psi><psi|}. */
    public static double[] outer(double[] psi) {
        int dim = psi.length / 2;
        double[] rho = new double[2 * dim * dim];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                // psi_r * conj(psi_c)
                rho[2 * (r * dim + c)] = psi[2 * r] * psi[2 * c] + psi[2 * r + 1] * psi[2 * c + 1];
                rho[2 * (r * dim + c) + 1] = psi[2 * r + 1] * psi[2 * c] - psi[2 * r] * psi[2 * c + 1];
            }
        }
        return rho;
    }

    /** A random full-rank mixed state {@code A A^dagger / Tr(A A^dagger)}. */
    public static double[] randomMixedState(int n, SplittableRandom rnd) {
        int dim = 1 << n;
        double[] a = new double[2 * dim * dim];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextDouble(-1, 1);
        }
        double[] rho = multiply(a, dagger(a, dim), dim);
        double t = DensityMatrixEngine.trace(rho, n);
        for (int i = 0; i < rho.length; i++) {
            rho[i] /= t;
        }
        return rho;
    }

    /** The {@code 2^n x 2^n} matrix of a local operator {@code m} (GateMatrices layout) acting on {@code qubits}. */
    public static double[] embed(double[] m, int n, int... qubits) {
        int dim = 1 << n;
        int d = 1 << qubits.length;
        double[] full = new double[2 * dim * dim];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                int lr = 0;
                int lc = 0;
                boolean rest = true;
                for (int q = 0; q < n; q++) {
                    int j = indexOf(qubits, q);
                    if (j >= 0) {
                        lr |= (r >> q & 1) << j;
                        lc |= (c >> q & 1) << j;
                    } else if ((r >> q & 1) != (c >> q & 1)) {
                        rest = false;
                    }
                }
                if (rest) {
                    full[2 * (r * dim + c)] = m[2 * (lr * d + lc)];
                    full[2 * (r * dim + c) + 1] = m[2 * (lr * d + lc) + 1];
                }
            }
        }
        return full;
    }

    /** {@code sum_k K_k rho K_k^dagger} with each local Kraus operator embedded densely on {@code qubits}. */
    public static double[] applyKrausDense(double[][] kraus, double[] rho, int n, int... qubits) {
        int dim = 1 << n;
        double[] out = new double[rho.length];
        for (double[] k : kraus) {
            double[] full = embed(k, n, qubits);
            double[] term = multiply(multiply(full, rho, dim), dagger(full, dim), dim);
            for (int i = 0; i < out.length; i++) {
                out[i] += term[i];
            }
        }
        return out;
    }

    /** The dense matrix of a Pauli string: {@code P|b> = i^{#Y} (-1)^{popcount(b & z)} |b ^ x>}. */
    public static double[] pauliMatrix(PauliString p) {
        int dim = 1 << p.numQubits();
        double[] m = new double[2 * dim * dim];
        double[][] phase = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        double[] ph = phase[p.yCount() & 3];
        for (int b = 0; b < dim; b++) {
            double sign = (Integer.bitCount(b & p.zMask()) & 1) == 0 ? 1 : -1;
            int r = b ^ p.xMask();
            m[2 * (r * dim + b)] = sign * ph[0];
            m[2 * (r * dim + b) + 1] = sign * ph[1];
        }
        return m;
    }

    public static double[] multiply(double[] a, double[] b, int dim) {
        double[] c = new double[2 * dim * dim];
        for (int i = 0; i < dim; i++) {
            for (int k = 0; k < dim; k++) {
                double ar = a[2 * (i * dim + k)];
                double ai = a[2 * (i * dim + k) + 1];
                for (int j = 0; j < dim; j++) {
                    double br = b[2 * (k * dim + j)];
                    double bi = b[2 * (k * dim + j) + 1];
                    c[2 * (i * dim + j)] += ar * br - ai * bi;
                    c[2 * (i * dim + j) + 1] += ar * bi + ai * br;
                }
            }
        }
        return c;
    }

    public static double[] dagger(double[] a, int dim) {
        double[] t = new double[a.length];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                t[2 * (c * dim + r)] = a[2 * (r * dim + c)];
                t[2 * (c * dim + r) + 1] = -a[2 * (r * dim + c) + 1];
            }
        }
        return t;
    }

    /** Asserts trace 1, Hermitian to {@code tol}, and (for n <= 4) eigenvalues >= -tol. */
    public static void assertValidState(double[] rho, int n, double tol) {
        int dim = 1 << n;
        assertEquals(1.0, DensityMatrixEngine.trace(rho, n), tol, "trace");
        double[][] re = new double[dim][dim];
        double[][] im = new double[dim][dim];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                assertEquals(rho[2 * (r * dim + c)], rho[2 * (c * dim + r)], tol, "Hermitian (re)");
                assertEquals(rho[2 * (r * dim + c) + 1], -rho[2 * (c * dim + r) + 1], tol, "Hermitian (im)");
                // symmetrise the last ulps away so the eigen-solver's own Hermitian check cannot trip
                re[r][c] = (rho[2 * (r * dim + c)] + rho[2 * (c * dim + r)]) / 2;
                im[r][c] = (rho[2 * (r * dim + c) + 1] - rho[2 * (c * dim + r) + 1]) / 2;
            }
        }
        if (dim <= HermitianEigen.MAX_DIMENSION) {
            for (double lambda : HermitianEigen.decompose(re, im).eigenvalues()) {
                assertTrue(lambda >= -tol, "eigenvalue " + lambda + " < 0: not positive semidefinite");
            }
        }
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
