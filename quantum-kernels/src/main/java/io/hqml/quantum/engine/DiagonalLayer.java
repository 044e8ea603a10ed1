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
        if (size == 1) {
            applySingleTerm(s);
            return;
        }
        int low = Math.min(n, LOW_BITS);
        int lowDim = 1 << low, highDim = 1 << (n - low);
        double[] lowTable = table(lowDim);
        double[] bitPhase = new double[low];
        double[] factor = new double[2 * lowDim];
        boolean crossing = false;
        for (int t = 0; t < size; t++) {
            crossing |= isCrossing(t, low);
        }
        for (int h = 0; h < highDim; h++) {
            double highPhase = constant;
            java.util.Arrays.fill(bitPhase, 0.0);
            int hb = h << low;
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
            double hr = Math.cos(highPhase), hi = Math.sin(highPhase);
            double[] rowTable = lowTable;
            if (crossing) {
                separable(bitPhase, low, lowTable, hr, hi, factor);
                rowTable = factor;
                hr = 1.0;
                hi = 0.0;
            }
            int base = h << (low + 1);
            for (int k = 0; k < 2 * lowDim; k += 2) {
                double fr = rowTable[k] * hr - rowTable[k + 1] * hi;
                double fi = rowTable[k] * hi + rowTable[k + 1] * hr;
                double xr = s[base + k], xi = s[base + k + 1];
                s[base + k] = fr * xr - fi * xi;
                s[base + k + 1] = fr * xi + fi * xr;
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

    /** Low bits per table: 2^11 complex entries (32 KiB) stay in L1/L2 while the state streams past. */
    private static final int LOW_BITS = 11;

    private boolean isCrossing(int t, int low) {
        return kind[t] != BIT && (qubitA[t] < low) != (qubitB[t] < low);
    }

    /** {@code exp(i * phase of the terms entirely inside the low bits)} for every low index. */
    private double[] table(int lowDim) {
        int low = Integer.numberOfTrailingZeros(lowDim);
        double[] table = new double[2 * lowDim];
        for (int b = 0; b < lowDim; b++) {
            double phase = 0;
            for (int t = 0; t < size; t++) {
                boolean inside = qubitA[t] < low && (kind[t] == BIT || qubitB[t] < low);
                if (inside && active(t, b)) {
                    phase += coefficient[t];
                }
            }
            table[2 * b] = Math.cos(phase);
            table[2 * b + 1] = Math.sin(phase);
        }
        return table;
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
