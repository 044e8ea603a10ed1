package io.hqml.quantum.engine;

import java.util.Arrays;

/**
 * A diagonal layer's phase in normal form: {@code phase(b) = constant + sum_q bit[q] b_q + sum_k pair[k]
 * b_{a_k} b_{b_k}} ({@code a_k < b_k}), a parity term {@code c (b_p xor b_q)} being {@code c b_p + c b_q - 2c
 * b_p b_q}. Tables of {@code exp(i phase)} over a range of bits are built by doubling, without trigonometry per
 * entry. Mutable and reused: one per engine, no allocation once sized.
 */
final class PhaseFunction {
    double constant;
    final double[] bit = new double[32];
    int pairs;
    int[] pairA = new int[16], pairB = new int[16];
    double[] pairC = new double[16];
    private final double[] partner = new double[32];
    private double[] multiplier = new double[0];

    void clear() {
        constant = 0.0;
        Arrays.fill(bit, 0.0);
        pairs = 0;
    }

    /** True when {@code other} is the same function of n bits, coefficient for coefficient. */
    boolean sameAs(PhaseFunction other, int n) {
        if (pairs != other.pairs || !same(constant, other.constant)) {
            return false;
        }
        for (int q = 0; q < n; q++) {
            if (!same(bit[q], other.bit[q])) {
                return false;
            }
        }
        for (int k = 0; k < pairs; k++) {
            if (pairA[k] != other.pairA[k] || pairB[k] != other.pairB[k] || !same(pairC[k], other.pairC[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(double x, double y) {
        return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
    }

    void addPair(int p, int q, double c) {
        if (pairs == pairA.length) {
            pairA = Arrays.copyOf(pairA, 2 * pairs);
            pairB = Arrays.copyOf(pairB, 2 * pairs);
            pairC = Arrays.copyOf(pairC, 2 * pairs);
        }
        pairA[pairs] = Math.min(p, q);
        pairB[pairs] = Math.max(p, q);
        pairC[pairs] = c;
        pairs++;
    }

    /** Bits below {@code cut} paired with a bit at or above it (the crossing low bits), as a mask. */
    int crossingLow(int cut) {
        int m = 0;
        for (int k = 0; k < pairs; k++) {
            if (pairA[k] < cut && pairB[k] >= cut) {
                m |= 1 << pairA[k];
            }
        }
        return m;
    }

    /** High bits (as a mask of bit - cut) paired with a bit below {@code cut}. */
    int crossingHigh(int cut) {
        int m = 0;
        for (int k = 0; k < pairs; k++) {
            if (pairA[k] < cut && pairB[k] >= cut) {
                m |= 1 << (pairB[k] - cut);
            }
        }
        return m;
    }

    /**
     * {@code out[2k], out[2k+1] = exp(i (sum_{q in [lo, hi)} bit[q] k_{q-lo} + sum of the pairs within [lo, hi)))}
     * for {@code k < 2^(hi-lo)}, constant excluded. The half with bit q set is the half below times
     * {@code exp(i bit[q]) prod_{pairs (p, q)} exp(i c_pq b_p)}: a factor of the partner bits only, tabulated
     * over the bits from the lowest partner up (two values for a chain's neighbour), so one complex product per
     * entry, two for a dense graph.
     */
    void table(int lo, int hi, double[] out) {
        if (multiplier.length < 2 << (hi - lo)) {
            multiplier = new double[2 << (hi - lo)];
        }
        double[] t = out, m = multiplier;
        t[0] = 1.0;
        t[1] = 0.0;
        for (int q = 0; q < hi - lo; q++) {
            Arrays.fill(partner, 0, q, 0.0);
            int lowest = q;
            for (int k = 0; k < pairs; k++) {
                if (pairB[k] == q + lo && pairA[k] >= lo) {
                    partner[pairA[k] - lo] += pairC[k];
                    lowest = Math.min(lowest, pairA[k] - lo);
                }
            }
            // m[j] for j < 2^(q - lowest): the factor on entries whose bits lowest .. q-1 are j.
            m[0] = Math.cos(bit[q + lo]);
            m[1] = Math.sin(bit[q + lo]);
            int filled = 1;
            for (int p = lowest; p < q; p++) {
                double cr = Math.cos(partner[p]), ci = Math.sin(partner[p]);
                for (int j = 0; j < filled; j++) {
                    double ar = m[2 * j], ai = m[2 * j + 1];
                    m[2 * (j + filled)] = ar * cr - ai * ci;
                    m[2 * (j + filled) + 1] = ar * ci + ai * cr;
                }
                filled <<= 1;
            }
            int half = 1 << q, run = 1 << lowest;
            for (int j = 0; j < filled; j++) {
                double cr = m[2 * j], ci = m[2 * j + 1];
                for (int k = j * run; k < (j + 1) * run; k++) {
                    double ar = t[2 * k], ai = t[2 * k + 1];
                    t[2 * (k + half)] = ar * cr - ai * ci;
                    t[2 * (k + half) + 1] = ar * ci + ai * cr;
                }
            }
        }
    }
}
