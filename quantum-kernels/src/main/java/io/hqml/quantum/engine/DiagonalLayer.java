package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Operation;

/**
 * A run of consecutive diagonal gates folded into one phase function {@code phase(b)} over basis
 * indices. Each gate contributes a term {@code coefficient * [mask condition on b]}; global phases of
 * RZ and RZZ are kept so the fused layer equals the product of the gates exactly.
 */
final class DiagonalLayer {
    // Term kinds: bit set, parity of two bits odd, both bits set; plus a constant for global phases.
    private static final int BIT = 0, PARITY = 1, BOTH = 2;

    private int size;
    private double[] factorScratch = new double[0];
    private double[] tableScratch = new double[0];
    private int[] kind = new int[16];
    private int[] qubitA = new int[16];
    private int[] qubitB = new int[16];
    private double[] coefficient = new double[16];
    private double constant;

    void clear() {
        size = 0;
        constant = 0.0;
    }

    boolean isEmpty() {
        return size == 0 && constant == 0.0;
    }

    /** Folds one diagonal gate into the layer. */
    void add(Operation op) {
        add(op.gate(), op.qubit(0), op.gate().arity() > 1 ? op.qubit(1) : 0,
                op.gate().numParams() > 0 ? op.angle() : 0.0);
    }

    /** Folds one diagonal gate on qubits {@code qa} (and {@code qb}) with angle {@code t}; no allocation. */
    void add(io.hqml.quantum.circuit.Gate gate, int qa, int qb, double t) {
        switch (gate) {
            case I -> {
            }
            case Z -> term(BIT, qa, 0, Math.PI);
            case S -> term(BIT, qa, 0, Math.PI / 2);
            case SDG -> term(BIT, qa, 0, -Math.PI / 2);
            case T -> term(BIT, qa, 0, Math.PI / 4);
            case TDG -> term(BIT, qa, 0, -Math.PI / 4);
            case CRZ -> { // control set: RZ(t) on target = e^{-it/2} on control, e^{it} more where target also set
                term(BIT, qa, 0, -t / 2);
                term(BOTH, qa, qb, t);
            }
            case P -> term(BIT, qa, 0, t);
            case RZ -> { // diag(e^{-it/2}, e^{it/2}) = e^{-it/2} * diag(1, e^{it})
                constant -= t / 2;
                term(BIT, qa, 0, t);
            }
            case CZ -> term(BOTH, qa, qb, Math.PI);
            case CP -> term(BOTH, qa, qb, t);
            case RZZ -> { // e^{-it/2} on even parity, e^{it/2} on odd = e^{-it/2} * (e^{it} on odd)
                constant -= t / 2;
                term(PARITY, qa, qb, t);
            }
            default -> throw new IllegalArgumentException(gate + " is not diagonal");
        }
    }

    /** Adds {@code e^{it}} on basis states where bits {@code a} and {@code b} differ (CX P CX). */
    void addParityPhase(int a, int b, double t) {
        term(PARITY, a, b, t);
    }

    /** The layer's phase on basis state {@code b}: a reference used by tests and table building. */
    double phase(int b) {
        double phase = constant;
        for (int t = 0; t < size; t++) {
            if (active(t, b)) {
                phase += coefficient[t];
            }
        }
        return phase;
    }

    private boolean active(int t, int b) {
        boolean a = (b >> qubitA[t] & 1) == 1;
        return switch (kind[t]) {
            case BIT -> a;
            case PARITY -> a != ((b >> qubitB[t] & 1) == 1);
            default -> a && (b >> qubitB[t] & 1) == 1;
        };
    }

    /**
     * Multiplies amplitude b of {@code s} by {@code exp(i phase(b))} in one pass, without trigonometry per
     * amplitude. The index splits into {@code L} low bits and the high rest. Terms within the low bits
     * give a table {@code lowTable[b_low]}, built once; terms within the high bits give one factor per high
     * index. A term with one bit on each side (an entangling pair across the split) contributes, for a fixed
     * high index, a constant plus a per-low-bit phase: {@code c(b_a xor h_b) = c h_b + b_a c (1 - 2 h_b)}
     * and {@code c b_a h_b}. Those per-bit phases form a separable table built by doubling (2^L complex
     * products per high index, i.e. one per amplitude). Per amplitude: at most two complex products.
     */
    void apply(double[] s, int n) {
        apply(s, n, Double.NaN);
    }

    /**
     * As {@link #apply(double[], int)}; when {@code uniform} is a number the input state is taken to be
     * {@code uniform} at every amplitude (the H layer from |0> before a ZZ map's first diagonal), so the pass
     * only writes.
     */
    void apply(double[] s, int n, double uniform) {
        boolean fromUniform = !Double.isNaN(uniform);
        if (size == 1 && !fromUniform) {
            applySingleTerm(s);
            return;
        }
        prepare(n);
        for (int h = 0; h < 1 << (n - preparedLow); h++) {
            applyRow(s, h, uniform);
        }
    }

    /** Low bits of the prepared split; rows of 2^low amplitudes are the unit of {@link #applyRow}. */
    private int preparedLow;
    private double[] preparedTable;
    private int crossingBits;
    private double[] bitPhase = new double[0];

    /** Builds the low table and the crossing summary for an n-qubit state; then rows can be applied in any order. */
    void prepare(int n) {
        int low = Math.min(n, LOW_BITS);
        preparedLow = low;
        preparedTable = table(1 << low);
        if (factorScratch.length != 2 << low) {
            factorScratch = new double[2 << low];
        }
        if (bitPhase.length != low) {
            bitPhase = new double[low];
        }
        crossingBits = 0;
        for (int t = 0; t < size; t++) {
            if (isCrossing(t, low)) {
                crossingBits |= 1 << (qubitA[t] < low ? qubitA[t] : qubitB[t]);
            }
        }
    }

    /** Rows are blocks of 2^{@link #LOW_BITS} amplitudes (or the whole state when smaller). */
    static int rowBits(int n) {
        return Math.min(n, LOW_BITS);
    }

    /**
     * Multiplies row h (amplitudes {@code h * 2^low .. (h+1) * 2^low - 1}) by the layer's phases; with a
     * {@code uniform} number the row's input is taken to be that value (write-only). Needs {@link #prepare}.
     */
    void applyRow(double[] s, int h, double uniform) {
        int low = preparedLow, lowDim = 1 << low;
        double[] lowTable = preparedTable, factor = factorScratch;
        double highPhase = highTerms(h << low, low, bitPhase);
        double hr = Math.cos(highPhase), hi = Math.sin(highPhase);
        if (crossingBits == 0) {
            scaled(lowTable, hr, hi, factor, lowDim);
        } else if (Integer.bitCount(crossingBits) <= 2) {
            // Few crossing bits: scale the table, then rotate the entries with each crossing bit set.
            scaled(lowTable, hr, hi, factor, lowDim);
            for (int q = 0; q < low; q++) {
                if ((crossingBits >> q & 1) == 1 && bitPhase[q] != 0.0) {
                    rotateHalf(factor, q, lowDim, Math.cos(bitPhase[q]), Math.sin(bitPhase[q]));
                }
            }
        } else {
            separable(bitPhase, low, lowTable, hr, hi, factor);
        }
        int base = h << (low + 1);
        if (!Double.isNaN(uniform)) {
            for (int k = 0; k < 2 * lowDim; k++) {
                s[base + k] = factor[k] * uniform;
            }
        } else {
            for (int k = 0; k < 2 * lowDim; k += 2) {
                double fr = factor[k], fi = factor[k + 1];
                double xr = s[base + k], xi = s[base + k + 1];
                s[base + k] = fr * xr - fi * xi;
                s[base + k + 1] = fr * xi + fi * xr;
            }
        }
    }

    /**
     * Phase of the terms not inside the low table for high index bits {@code hb}; crossing terms leave their
     * per-low-bit phase in {@code bitPhase} (see the class comment on the split).
     */
    private double highTerms(int hb, int low, double[] bitPhase) {
        double highPhase = constant;
        java.util.Arrays.fill(bitPhase, 0.0);
        for (int t = 0; t < size; t++) {
            boolean aLow = qubitA[t] < low, bLow = kind[t] == BIT || qubitB[t] < low;
            if (aLow && bLow) {
                continue; // in the low table
            }
            if (!aLow && (kind[t] == BIT || !bLow)) {
                highPhase += active(t, hb) ? coefficient[t] : 0.0;
                continue;
            }
            int lowQ = aLow ? qubitA[t] : qubitB[t];
            int highQ = aLow ? qubitB[t] : qubitA[t];
            boolean highSet = (hb >> highQ & 1) == 1;
            double c = coefficient[t];
            if (kind[t] == PARITY) {
                highPhase += highSet ? c : 0.0;
                bitPhase[lowQ] += highSet ? -c : c;
            } else if (highSet) {
                bitPhase[lowQ] += c;
            }
        }
        return highPhase;
    }

    private static void scaled(double[] table, double hr, double hi, double[] out, int dim) {
        for (int k = 0; k < 2 * dim; k += 2) {
            out[k] = table[k] * hr - table[k + 1] * hi;
            out[k + 1] = table[k] * hi + table[k + 1] * hr;
        }
    }

    /** Multiplies the entries whose index has bit q set by (cr + i ci), run by run. */
    private static void rotateHalf(double[] f, int q, int dim, double cr, double ci) {
        int run = 2 << q;
        for (int base = run; base < 2 * dim; base += 2 * run) {
            for (int k = base; k < base + run; k += 2) {
                double ar = f[k], ai = f[k + 1];
                f[k] = ar * cr - ai * ci;
                f[k + 1] = ar * ci + ai * cr;
            }
        }
    }

    /** One gate (RZ, P, CZ, CP, RZZ alone): two phase values, no table. */
    private void applySingleTerm(double[] s) {
        double inactive = constant, activePhase = constant + coefficient[0];
        double ir = Math.cos(inactive), ii = Math.sin(inactive);
        double ar = Math.cos(activePhase), ai = Math.sin(activePhase);
        int dim = s.length >> 1;
        for (int b = 0; b < dim; b++) {
            boolean on = active(0, b);
            double fr = on ? ar : ir, fi = on ? ai : ii;
            if (fr == 1.0 && fi == 0.0) {
                continue;
            }
            int p = b << 1;
            double xr = s[p], xi = s[p + 1];
            s[p] = fr * xr - fi * xi;
            s[p + 1] = fr * xi + fi * xr;
        }
    }

    /** Low bits per table: 2^12 complex entries (64 KiB) stay in L2 while the state streams past; equal to the Hadamard layer's cache block so the two can fuse. */
    static final int LOW_BITS = 12;

    private boolean isCrossing(int t, int low) {
        return kind[t] != BIT && (qubitA[t] < low) != (qubitB[t] < low);
    }

    /**
     * {@code exp(i * phase of the terms entirely inside the low bits)} for every low index, built by
     * doubling without trigonometry per entry. Each term belongs to its highest qubit q. With L the table
     * over the bits below q: the upper half (bit q set) is L times {@code exp(i (c_q + sum of q's parity
     * coefficients))}, then times {@code exp(-i c)} where a parity partner bit is set (the pair becomes even)
     * and {@code exp(i c)} where a BOTH partner bit is set; the lower half is L times {@code exp(i c)} where a
     * parity partner bit is set (the pair is odd).
     */
    private double[] table(int lowDim) {
        int low = Integer.numberOfTrailingZeros(lowDim);
        if (tableScratch.length != 2 * lowDim) {
            tableScratch = new double[2 * lowDim];
        }
        double[] table = tableScratch;
        table[0] = 1.0;
        table[1] = 0.0;
        for (int q = 0; q < low; q++) {
            int half = 1 << q;
            double shift = 0;
            for (int t = 0; t < size; t++) {
                if (owner(t) == q && inside(t, low) && kind[t] != BOTH) {
                    shift += coefficient[t];
                }
            }
            double cr = Math.cos(shift), ci = Math.sin(shift);
            for (int k = 0; k < half; k++) {
                double ar = table[2 * k], ai = table[2 * k + 1];
                table[2 * (k + half)] = ar * cr - ai * ci;
                table[2 * (k + half) + 1] = ar * ci + ai * cr;
            }
            for (int t = 0; t < size; t++) {
                if (kind[t] == BIT || owner(t) != q || !inside(t, low)) {
                    continue;
                }
                int partner = qubitA[t] == q ? qubitB[t] : qubitA[t];
                double c = coefficient[t];
                if (kind[t] == PARITY) {
                    rotateRange(table, 0, half, partner, Math.cos(c), Math.sin(c));
                    rotateRange(table, half, half, partner, Math.cos(c), -Math.sin(c));
                } else {
                    rotateRange(table, half, half, partner, Math.cos(c), Math.sin(c));
                }
            }
        }
        return table;
    }

    private int owner(int t) {
        return kind[t] == BIT ? qubitA[t] : Math.max(qubitA[t], qubitB[t]);
    }

    private boolean inside(int t, int low) {
        return qubitA[t] < low && (kind[t] == BIT || qubitB[t] < low);
    }

    /** Multiplies entries {@code start .. start+count-1} whose index has bit j set by (cr + i ci). */
    private static void rotateRange(double[] f, int start, int count, int j, double cr, double ci) {
        int run = 1 << j;
        for (int base = start + run; base < start + count; base += 2 * run) {
            for (int k = base; k < base + run; k++) {
                double ar = f[2 * k], ai = f[2 * k + 1];
                f[2 * k] = ar * cr - ai * ci;
                f[2 * k + 1] = ar * ci + ai * cr;
            }
        }
    }

    /** out[b] = base[b] * (hr + i hi) * prod_{q in b} exp(i bitPhase[q]), by doubling over the bits. */
    private static void separable(double[] bitPhase, int low, double[] base, double hr, double hi, double[] out) {
        out[0] = hr;
        out[1] = hi;
        int filled = 1;
        for (int q = 0; q < low; q++) {
            double cr = Math.cos(bitPhase[q]), ci = Math.sin(bitPhase[q]);
            for (int k = 0; k < filled; k++) {
                double ar = out[2 * k], ai = out[2 * k + 1];
                out[2 * (k + filled)] = ar * cr - ai * ci;
                out[2 * (k + filled) + 1] = ar * ci + ai * cr;
            }
            filled <<= 1;
        }
        for (int k = 0; k < filled; k++) {
            double ar = out[2 * k], ai = out[2 * k + 1], br = base[2 * k], bi = base[2 * k + 1];
            out[2 * k] = ar * br - ai * bi;
            out[2 * k + 1] = ar * bi + ai * br;
        }
    }

    private void term(int k, int qa, int qb, double coef) {
        if (size == kind.length) {
            int n = size * 2;
            kind = java.util.Arrays.copyOf(kind, n);
            qubitA = java.util.Arrays.copyOf(qubitA, n);
            qubitB = java.util.Arrays.copyOf(qubitB, n);
            coefficient = java.util.Arrays.copyOf(coefficient, n);
        }
        kind[size] = k;
        qubitA[size] = qa;
        qubitB[size] = qb;
        coefficient[size] = coef;
        size++;
    }
}
