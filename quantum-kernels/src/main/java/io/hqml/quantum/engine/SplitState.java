package io.hqml.quantum.engine;

/**
 * A state held as a short sum of products across a cut between the low qubits {@code [0, cut)} and the high
 * ones: {@code psi(y) = scale * sum_k Q_k(y >> cut) P_k(y mod 2^cut)}, each factor a vector of {@code 2^cut}
 * or {@code 2^(n-cut)} complex numbers. From |0...0>, H layers and diagonal layers keep this form: H on a set
 * of qubits is H on each factor; a diagonal multiplies by {@code exp(i phase)}, and with {@code X} the high
 * qubits its terms pair with low qubits, {@code exp(i phase(y)) = exp(i phase_H(y_high)) * A_c(y_low)} where
 * {@code c = y_high on X}, so each term splits into {@code 2^|X|} terms ({@code A_c} times P, Q times the
 * indicator of c). A ZZ map with a chain of pairs (linear, circular, pairwise entanglement) crosses the cut
 * once or twice: its state after two repetitions has 4 or 16 terms, of which 2 or 4 are non-zero on each row,
 * and {@link #write} produces it at 2 or 4 complex multiply-adds per amplitude, written once, instead of a
 * Walsh-Hadamard transform over the state. Reused: no allocation once sized.
 */
final class SplitState {
    /**
     * Most terms kept, and most non-zero on one row (the write's cost per amplitude); beyond, the caller
     * continues on the written state.
     */
    static final int MAX_TERMS = 16, MAX_ROW_TERMS = 4;
    /**
     * Low qubits per factor: at most 8 (rows of 2^8 amplitudes, so two terms' tables and their companions, 4 KiB
     * each, stay in L1 while rows stream out), and at least 32 rows (the row count bounds the per-row overhead).
     */
    private static final int MAX_CUT = 8, MIN_HIGH = 5;

    private int n, cut, terms;
    private double scale;
    private double[][] low = new double[0][], high = new double[0][];
    private double[][] nextLow = new double[0][], nextHigh = new double[0][];
    private double[][] swapped = new double[0][];
    private double[] lowTable = new double[0], highTable = new double[0], select = new double[0];
    private final PhaseFunction phase = new PhaseFunction();
    private final int[] rowTerms = new int[MAX_TERMS];
    private final double[] rowRe = new double[MAX_TERMS], rowIm = new double[MAX_TERMS];

    /** The cut for n qubits: one row (no high qubits, so one term) up to 11 qubits. */
    static int cut(int n) {
        return n <= HadamardLayer.BLOCK_BITS ? n : Math.min(MAX_CUT, n - MIN_HIGH);
    }

    /** H on all qubits of |0...0>: one term, both factors all ones, times {@code 2^(-n/2)}. */
    void startUniform(int n) {
        this.n = n;
        this.cut = cut(n);
        int lowDoubles = 2 << cut, highDoubles = 2 << (n - cut);
        if (lowTable.length != lowDoubles || highTable.length != highDoubles) {
            low = new double[MAX_TERMS][];
            high = new double[MAX_TERMS][];
            nextLow = new double[MAX_TERMS][];
            nextHigh = new double[MAX_TERMS][];
            swapped = new double[MAX_TERMS][];
            lowTable = new double[lowDoubles];
            highTable = new double[highDoubles];
            select = new double[lowDoubles];
        }
        low[0] = ensure(low[0], lowDoubles);
        high[0] = ensure(high[0], highDoubles);
        for (int k = 0; k < lowDoubles; k += 2) {
            low[0][k] = 1.0;
            low[0][k + 1] = 0.0;
        }
        for (int k = 0; k < highDoubles; k += 2) {
            high[0][k] = 1.0;
            high[0][k + 1] = 0.0;
        }
        terms = 1;
        scale = Math.pow(2, -0.5 * n);
    }

    /**
     * H on the qubits of {@code mask}; false, with the state unchanged, when it would leave more than
     * MAX_ROW_TERMS terms non-zero on a row (H on high qubits mixes the rows that a diagonal kept apart).
     */
    boolean hadamard(int mask) {
        int lowBits = (mask & ((1 << cut) - 1)) << 1, highBits = (mask >>> cut) << 1;
        if (highBits != 0 && terms > MAX_ROW_TERMS) {
            return false;
        }

        for (int k = 0; k < terms; k++) {
            if (lowBits != 0) {
                Butterflies.apply(low[k], 0, low[k].length, lowBits);
            }
            if (highBits != 0) {
                Butterflies.apply(high[k], 0, high[k].length, highBits);
            }
        }
        scale *= Math.pow(2, -0.5 * Integer.bitCount(mask));
        return true;
    }

    /**
     * Multiplies by the layer's phases; false, with the state unchanged, when that needs more than
     * {@code maxTerms} terms.
     */
    boolean diagonal(DiagonalLayer layer, int maxTerms) {
        PhaseFunction f = phase;
        layer.normalise(f);
        int crossing = f.crossingHigh(cut), count = 1 << Math.min(Integer.bitCount(crossing), 30);
        if ((long) terms * count > Math.min(maxTerms, MAX_TERMS)) {
            return false;
        }
        f.table(0, cut, lowTable);
        f.table(cut, n, highTable);
        double kr = Math.cos(f.constant), ki = Math.sin(f.constant);
        int made = 0;
        for (int c = 0; c < count; c++) {
            int assignment = deposit(c, crossing);
            // A_c: the low table times exp(i gamma) on low bit p for each pair (p, q) with q set in the assignment.
            System.arraycopy(lowTable, 0, select, 0, select.length);
            for (int k = 0; k < f.pairs; k++) {
                int p = f.pairA[k], q = f.pairB[k] - cut;
                if (p < cut && q >= 0 && (assignment >> q & 1) == 1) {
                    rotateHalf(select, p, Math.cos(f.pairC[k]), Math.sin(f.pairC[k]));
                }
            }
            for (int t = 0; t < terms; t++) {
                double[] nh = nextHigh[made] = ensure(nextHigh[made], highTable.length);
                boolean nonZero = false;
                double[] q = high[t];
                for (int h = 0; h < highTable.length >> 1; h++) {
                    int j = 2 * h;
                    if ((h & crossing) != assignment) {
                        nh[j] = 0.0;
                        nh[j + 1] = 0.0;
                        continue;
                    }
                    double gr = kr * highTable[j] - ki * highTable[j + 1];
                    double gi = kr * highTable[j + 1] + ki * highTable[j];
                    nh[j] = gr * q[j] - gi * q[j + 1];
                    nh[j + 1] = gr * q[j + 1] + gi * q[j];
                    nonZero |= nh[j] != 0.0 || nh[j + 1] != 0.0;
                }
                if (!nonZero) {
                    continue;
                }
                double[] nl = nextLow[made] = ensure(nextLow[made], select.length);
                double[] p = low[t];
                for (int j = 0; j < select.length; j += 2) {
                    nl[j] = select[j] * p[j] - select[j + 1] * p[j + 1];
                    nl[j + 1] = select[j] * p[j + 1] + select[j + 1] * p[j];
                }
                made++;
            }
        }
        double[][] t = low;
        low = nextLow;
        nextLow = t;
        t = high;
        high = nextHigh;
        nextHigh = t;
        terms = made;
        return true;
    }

    /**
     * Writes the state at {@code s[off ..]}: row by row (2^cut amplitudes, one high index), the row's non-zero
     * terms summed. With a companion table {@code P~ = i P} the sum is a plain linear combination of arrays,
     * {@code row[j] = sum_k (Re q_k P_k[j] + Im q_k P~_k[j])}, computed in a scratch row (the JIT vectorises a
     * loop only when all its arrays share the index) and copied into place.
     */
    void write(double[] s, int off) {
        int lowDoubles = 2 << cut;
        for (int k = 0; k < terms; k++) {
            double[] p = low[k], w = swapped[k] = ensure(swapped[k], lowDoubles);
            for (int j = 0; j < lowDoubles; j += 2) {
                w[j] = -p[j + 1];
                w[j + 1] = p[j];
            }
        }
        double[] row = select;
        for (int h = 0; h < 1 << (n - cut); h++) {
            int count = 0;
            for (int k = 0; k < terms; k++) {
                double qr = high[k][2 * h], qi = high[k][2 * h + 1];
                if (qr != 0.0 || qi != 0.0) {
                    rowTerms[count] = k;
                    rowRe[count] = scale * qr;
                    rowIm[count] = scale * qi;
                    count++;
                }
            }
            int o = off + h * lowDoubles;
            if (count == 0) {
                java.util.Arrays.fill(s, o, o + lowDoubles, 0.0);
                continue;
            }
            int k;
            if (count >= 2) {
                int a = rowTerms[0], b = rowTerms[1];
                combine2(row, rowRe[0], rowIm[0], low[a], swapped[a], rowRe[1], rowIm[1], low[b], swapped[b]);
                k = 2;
            } else {
                int a = rowTerms[0];
                combine1(row, rowRe[0], rowIm[0], low[a], swapped[a]);
                k = 1;
            }
            for (; k < count; k++) {
                int a = rowTerms[k];
                accumulate(row, rowRe[k], rowIm[k], low[a], swapped[a]);
            }
            System.arraycopy(row, 0, s, o, lowDoubles);
        }
    }

    private static void combine1(double[] r, double ar, double ai, double[] p, double[] pw) {
        for (int j = 0; j < r.length; j++) {
            r[j] = ar * p[j] + ai * pw[j];
        }
    }

    private static void combine2(double[] r, double ar, double ai, double[] p, double[] pw, double br, double bi,
                                 double[] q, double[] qw) {
        for (int j = 0; j < r.length; j++) {
            r[j] = ar * p[j] + ai * pw[j] + br * q[j] + bi * qw[j];
        }
    }

    private static void accumulate(double[] r, double ar, double ai, double[] p, double[] pw) {
        for (int j = 0; j < r.length; j++) {
            r[j] += ar * p[j] + ai * pw[j];
        }
    }

    /** Multiplies the entries whose index has bit q set by (cr + i ci). */
    private static void rotateHalf(double[] f, int q, double cr, double ci) {
        int run = 2 << q;
        for (int start = run; start < f.length; start += 2 * run) {
            for (int k = start; k < start + run; k += 2) {
                double ar = f[k], ai = f[k + 1];
                f[k] = ar * cr - ai * ci;
                f[k + 1] = ar * ci + ai * cr;
            }
        }
    }

    /** The bits of c placed, in order, at the set bits of mask (a parallel bit deposit). */
    private static int deposit(int c, int mask) {
        int out = 0;
        for (int m = mask, i = 0; m != 0; m &= m - 1, i++) {
            if ((c >> i & 1) == 1) {
                out |= Integer.lowestOneBit(m);
            }
        }
        return out;
    }

    private static double[] ensure(double[] a, int length) {
        return a != null && a.length == length ? a : new double[length];
    }
}
