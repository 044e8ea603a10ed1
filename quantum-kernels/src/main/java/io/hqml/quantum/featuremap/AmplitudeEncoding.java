package io.hqml.quantum.featuremap;

import static io.hqml.quantum.circuit.ParamExpr.x;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;

/**
 * Amplitude encoding: the state {@code sum_b a_b |b>} with {@code a = x / ||x||} zero-padded to
 * {@code 2^n} amplitudes, feature i the amplitude of basis state i (qubit 0 the least significant bit).
 * Real amplitudes of either sign; rows need a non-zero norm. Scaling x does not change the state, so no
 * bandwidth applies.
 *
 * <p>Circuit: the real-amplitude case of Mottonen et al., "Transformation of quantum states using
 * uniformly controlled rotations", QIC 5, 467 (2005) (quant-ph/0407010): for k = 0..n-1, a uniformly
 * controlled RY on qubit {@code t = n-1-k} controlled by qubits {@code t+1..n-1} splits each block's
 * weight between its halves with {@code alpha_p = 2 atan2(||upper half||, ||lower half||)}; on the last
 * qubit the halves are single amplitudes and {@code 2 atan2(a_1, a_0)} also fixes their signs (the norms
 * above are non-negative, so no phase gates are needed). Each uniformly controlled RY with k controls is
 * {@code 2^k} RY gates alternating with {@code 2^k} CX gates whose controls follow the Gray code, with
 * angles {@code theta = 2^-k M^T alpha}, {@code M_pi = (-1)^{p . gray(i)}}: {@code 2^n - 1} RY and
 * {@code 2^n - 2} CX gates in all, the same for every row.
 *
 * <p>The RY angles are not sums and products of features, so the template reads them from
 * {@link #templateInput(double[])}: the row followed by the {@code 2^n - 1} angles, the angles at
 * {@code x[numFeatures() + j]} in gate order. Binding the raw row instead therefore fails loudly (too few
 * parameters) rather than preparing a wrong state.
 */
public final class AmplitudeEncoding implements FeatureMap {
    private static final long serialVersionUID = 1L;
    /** The circuit has 2^(n+1) gates; beyond this it is the wrong tool. */
    public static final int MAX_QUBITS = 20;

    private final int numQubits;
    private final int numFeatures;
    private final CircuitTemplate template;

    /** All {@code 2^n} amplitudes are features. */
    public AmplitudeEncoding(int numQubits) {
        this(numQubits, checkedDim(numQubits));
    }

    public AmplitudeEncoding(int numQubits, int numFeatures) {
        int dim = checkedDim(numQubits);
        if (numFeatures < 1 || numFeatures > dim) {
            throw new IllegalArgumentException("amplitude encoding on " + numQubits + " qubit(s) takes 1.." + dim
                    + " features, got " + numFeatures + "; use " + qubitsFor(Math.max(1, numFeatures)) + " qubit(s)");
        }
        this.numQubits = numQubits;
        this.numFeatures = numFeatures;
        this.template = build();
    }

    private static int checkedDim(int numQubits) {
        if (numQubits < 1 || numQubits > MAX_QUBITS) {
            throw new IllegalArgumentException("amplitude encoding needs 1.." + MAX_QUBITS + " qubits, got " + numQubits);
        }
        return 1 << numQubits;
    }

    /** The fewest qubits whose 2^n amplitudes hold {@code numFeatures} values (at least 1). */
    public static int qubitsFor(int numFeatures) {
        if (numFeatures < 1) {
            throw new IllegalArgumentException("amplitude encoding needs at least 1 feature, got " + numFeatures);
        }
        int n = 1;
        while ((1L << n) < numFeatures) {
            n++;
        }
        return n;
    }

    private CircuitTemplate build() {
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        int angle = numFeatures;
        for (int k = 0; k < numQubits; k++) {
            int target = numQubits - 1 - k, patterns = 1 << k;
            for (int i = 0; i < patterns; i++) {
                b.add(Gate.RY, x(angle++), target);
                if (k > 0) {
                    int changed = Integer.numberOfTrailingZeros(gray(i) ^ gray((i + 1) % patterns));
                    b.add(Gate.CX, target + 1 + changed, target);
                }
            }
        }
        return b.build();
    }

    private static int gray(int i) {
        return i ^ (i >> 1);
    }

    /** The row followed by the 2^n - 1 RY angles, level by level (target qubit n-1 first). */
    @Override
    public double[] templateInput(double[] x) {
        int dim = 1 << numQubits;
        double[] out = new double[numFeatures + dim - 1];
        System.arraycopy(x, 0, out, 0, numFeatures);
        // Angles depend only on ratios; dividing by the largest |x_i| keeps squares from under/overflowing.
        double max = 0;
        for (int i = 0; i < numFeatures; i++) {
            max = Math.max(max, Math.abs(x[i]));
        }
        if (!(max > 0)) {
            throw zeroNorm();
        }
        double[] a = new double[dim];
        for (int i = 0; i < numFeatures; i++) {
            a[i] = x[i] / max;
        }
        int at = numFeatures;
        for (int k = 0; k < numQubits; k++) {
            int target = numQubits - 1 - k, patterns = 1 << k, half = 1 << target;
            double[] alpha = new double[patterns];
            for (int p = 0; p < patterns; p++) {
                int start = p << (target + 1);
                alpha[p] = target == 0 ? 2 * Math.atan2(a[start + 1], a[start])
                        : 2 * Math.atan2(norm(a, start + half, half), norm(a, start, half));
            }
            double[] w = walshHadamard(alpha);
            for (int i = 0; i < patterns; i++) {
                out[at++] = w[gray(i)] / patterns;
            }
        }
        return out;
    }

    private static double norm(double[] a, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) {
            s += a[i] * a[i];
        }
        return Math.sqrt(s);
    }

    /** w[g] = sum_p (-1)^{popcount(p & g)} v[p], in place on a copy (length a power of two). */
    private static double[] walshHadamard(double[] v) {
        double[] w = v.clone();
        for (int len = 1; len < w.length; len <<= 1) {
            for (int i = 0; i < w.length; i += len << 1) {
                for (int j = i; j < i + len; j++) {
                    double u = w[j], t = w[j + len];
                    w[j] = u + t;
                    w[j + len] = u - t;
                }
            }
        }
        return w;
    }

    /** Length and finiteness as every map, plus a non-zero norm. */
    @Override
    public void checkRow(double[] x) {
        FeatureMap.super.checkRow(x);
        for (double v : x) {
            if (v != 0) {
                return;
            }
        }
        throw zeroNorm();
    }

    private static IllegalArgumentException zeroNorm() {
        return new IllegalArgumentException("amplitude encoding needs a feature row with non-zero norm; "
                + "every feature is 0, so x/||x|| is undefined (drop or shift such rows)");
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    @Override
    public int numFeatures() {
        return numFeatures;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "amplitude(qubits=" + numQubits + ",features=" + numFeatures + ")";
    }
}
