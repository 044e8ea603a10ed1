package io.hqml.quantum.linalg;

/**
 * Eigen-decomposition {@code H = V diag(lambda) V^H} of a small complex Hermitian matrix.
 *
 * <p>Method: cyclic Jacobi on the real symmetric {@code 2n x 2n} embedding {@code [[Re, -Im], [Im, Re]]}.
 * If {@code u + iv} is an eigenvector of {@code H} then {@code [u; v]} and {@code [-v; u]} (the embedding of
 * {@code i(u + iv)}) are eigenvectors of the embedding with the same eigenvalue, so every eigenvalue of
 * {@code H} appears twice. One complex vector per pair is picked by pivoted complex Gram-Schmidt: repeatedly
 * take the real eigenvector whose complex reading {@code a + ib} has the largest component orthogonal to the
 * vectors already taken. The partner of a taken vector has no such component, and within a degenerate
 * eigenspace pivoting guarantees a well-conditioned pick, so the result is unitary even for repeated
 * eigenvalues. Each eigenvalue is then the Rayleigh quotient of its vector.
 *
 * <p>Contract: {@code eigenvalues} are sorted descending; column {@code k} of
 * {@code vectorsRe + i vectorsIm} is a unit eigenvector for {@code eigenvalues[k]}; the columns are
 * orthonormal. The arbitrary phase of each eigenvector is fixed so that its component of largest modulus (the
 * first such, by row) is real and positive, which makes the output a deterministic function of the input.
 *
 * @param eigenvalues descending real eigenvalues
 * @param vectorsRe   real parts of the eigenvectors, one per column ({@code vectorsRe[row][k]})
 * @param vectorsIm   imaginary parts of the eigenvectors, one per column
 */
public record HermitianEigen(double[] eigenvalues, double[][] vectorsRe, double[][] vectorsIm) {

    /** Largest supported dimension; Jacobi is O(n^3) per sweep and meant for small matrices only. */
    public static final int MAX_DIMENSION = 16;

    private static final int MAX_SWEEPS = 100;

    /**
     * Decomposes the Hermitian matrix {@code re + i im}.
     *
     * @param re real part, {@code n x n}, symmetric, {@code 1 <= n <= 16}
     * @param im imaginary part, {@code n x n}, antisymmetric
     * @throws IllegalArgumentException if the shapes are wrong or the matrix is not Hermitian (to 1e-10 relative)
     */
    public static HermitianEigen decompose(double[][] re, double[][] im) {
        int n = validate(re, im);
        double[][] a = embed(re, im, n);
        double[][] w = jacobi(a);
        double[][][] picked = pickComplexVectors(w, n);
        double[][] vr = picked[0];
        double[][] vi = picked[1];
        double[] lambda = new double[n];
        for (int k = 0; k < n; k++) {
            lambda[k] = rayleigh(re, im, vr[k], vi[k]);
            fixPhase(vr[k], vi[k]);
        }
        // Emit columns in descending eigenvalue order (selection of the largest remaining; n <= 16).
        double[] values = new double[n];
        double[][] outRe = new double[n][n];
        double[][] outIm = new double[n][n];
        boolean[] done = new boolean[n];
        for (int c = 0; c < n; c++) {
            int k = -1;
            for (int j = 0; j < n; j++) {
                if (!done[j] && (k < 0 || lambda[j] > lambda[k])) {
                    k = j;
                }
            }
            done[k] = true;
            values[c] = lambda[k];
            for (int r = 0; r < n; r++) {
                outRe[r][c] = vr[k][r];
                outIm[r][c] = vi[k][r];
            }
        }
        return new HermitianEigen(values, outRe, outIm);
    }

    private static int validate(double[][] re, double[][] im) {
        int n = re.length;
        if (n < 1 || n > MAX_DIMENSION || im.length != n) {
            throw new IllegalArgumentException("need two n x n matrices with 1 <= n <= " + MAX_DIMENSION
                    + ", got " + re.length + " and " + im.length + " rows");
        }
        double scale = 0;
        for (int i = 0; i < n; i++) {
            if (re[i].length != n || im[i].length != n) {
                throw new IllegalArgumentException("row " + i + " must have " + n + " entries");
            }
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.max(Math.abs(re[i][j]), Math.abs(im[i][j])));
            }
        }
        double tol = 1e-10 * Math.max(1.0, scale);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                if (!(Math.abs(re[i][j] - re[j][i]) <= tol && Math.abs(im[i][j] + im[j][i]) <= tol)) {
                    throw new IllegalArgumentException("matrix is not Hermitian at (" + i + ", " + j + ")");
                }
            }
        }
        return n;
    }

    /** Real symmetric embedding; the input is symmetrised so rounding asymmetry cannot leak in. */
    private static double[][] embed(double[][] re, double[][] im, int n) {
        double[][] a = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double r = 0.5 * (re[i][j] + re[j][i]);
                double m = 0.5 * (im[i][j] - im[j][i]);
                a[i][j] = r;
                a[n + i][n + j] = r;
                a[i][n + j] = -m;
                a[n + i][j] = m;
            }
        }
        return a;
    }

    /** Cyclic Jacobi; destroys {@code a} and returns the eigenvectors as columns. */
    private static double[][] jacobi(double[][] a) {
        int m = a.length;
        double[][] v = new double[m][m];
        double frob = 0;
        for (int i = 0; i < m; i++) {
            v[i][i] = 1;
            for (int j = 0; j < m; j++) {
                frob += a[i][j] * a[i][j];
            }
        }
        // Absolute floor so that off-diagonal noise next to (near-)zero eigenvalues cannot stall the sweeps.
        double floor = 1e-18 * Math.sqrt(frob);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < m - 1; p++) {
                for (int q = p + 1; q < m; q++) {
                    double apq = a[p][q];
                    double app = a[p][p];
                    double aqq = a[q][q];
                    // Negligible relative to both diagonal entries (Numerical Recipes' test): drop it.
                    boolean negligible = Math.abs(app) + 100 * Math.abs(apq) == Math.abs(app)
                            && Math.abs(aqq) + 100 * Math.abs(apq) == Math.abs(aqq);
                    if (negligible || Math.abs(apq) <= floor) {
                        a[p][q] = 0;
                        a[q][p] = 0;
                        continue;
                    }
                    rotated = true;
                    // Golub & Van Loan, symSchur2: J = [[c, s], [-s, c]] zeroes a[p][q] in J^T A J.
                    double tau = (aqq - app) / (2 * apq);
                    double t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = t * c;
                    for (int k = 0; k < m; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < m; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    // Exactly zero in exact arithmetic; storing the rounding residue instead would stall the
                    // negligibility test above for (near-)degenerate pairs.
                    a[p][q] = 0;
                    a[q][p] = 0;
                    for (int k = 0; k < m; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
            if (!rotated) {
                return v;
            }
        }
        throw new IllegalStateException("Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** Returns {re rows, im rows}: n orthonormal complex vectors, one per row, from the 2n real columns of w. */
    private static double[][][] pickComplexVectors(double[][] w, int n) {
        double[][] vr = new double[n][];
        double[][] vi = new double[n][];
        boolean[] used = new boolean[2 * n];
        for (int taken = 0; taken < n; taken++) {
            int best = -1;
            double bestNorm = -1;
            double[][] bestVec = null;
            for (int col = 0; col < 2 * n; col++) {
                if (used[col]) {
                    continue;
                }
                double[] xr = new double[n];
                double[] xi = new double[n];
                for (int r = 0; r < n; r++) {
                    xr[r] = w[r][col];
                    xi[r] = w[n + r][col];
                }
                // Classical Gram-Schmidt applied twice ("twice is enough") for orthogonality to rounding level.
                for (int pass = 0; pass < 2; pass++) {
                    for (int k = 0; k < taken; k++) {
                        project(vr[k], vi[k], xr, xi);
                    }
                }
                double norm = Math.sqrt(dot(xr, xr) + dot(xi, xi));
                if (norm > bestNorm) {
                    best = col;
                    bestNorm = norm;
                    bestVec = new double[][] {xr, xi};
                }
            }
            used[best] = true;
            for (int r = 0; r < n; r++) {
                bestVec[0][r] /= bestNorm;
                bestVec[1][r] /= bestNorm;
            }
            vr[taken] = bestVec[0];
            vi[taken] = bestVec[1];
        }
        return new double[][][] {vr, vi};
    }

    /** x -= (u^H x) u for a unit complex vector u. */
    private static void project(double[] ur, double[] ui, double[] xr, double[] xi) {
        double cr = dot(ur, xr) + dot(ui, xi);
        double ci = dot(ur, xi) - dot(ui, xr);
        for (int r = 0; r < xr.length; r++) {
            xr[r] -= cr * ur[r] - ci * ui[r];
            xi[r] -= cr * ui[r] + ci * ur[r];
        }
    }

    /** Re(u^H H u) for a unit vector u; the imaginary part vanishes because H is Hermitian. */
    private static double rayleigh(double[][] re, double[][] im, double[] ur, double[] ui) {
        int n = ur.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double hr = 0;
            double hi = 0;
            for (int j = 0; j < n; j++) {
                hr += re[i][j] * ur[j] - im[i][j] * ui[j];
                hi += re[i][j] * ui[j] + im[i][j] * ur[j];
            }
            sum += ur[i] * hr + ui[i] * hi;
        }
        return sum;
    }

    private static void fixPhase(double[] ur, double[] ui) {
        int p = 0;
        double best = -1;
        for (int r = 0; r < ur.length; r++) {
            double mod = Math.hypot(ur[r], ui[r]);
            if (mod > best) {
                best = mod;
                p = r;
            }
        }
        // Multiply by conj(u_p)/|u_p|, turning u_p into |u_p|.
        double cr = ur[p] / best;
        double ci = -ui[p] / best;
        for (int r = 0; r < ur.length; r++) {
            double nr = ur[r] * cr - ui[r] * ci;
            double ni = ur[r] * ci + ui[r] * cr;
            ur[r] = nr;
            ui[r] = ni;
        }
        ui[p] = 0;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
