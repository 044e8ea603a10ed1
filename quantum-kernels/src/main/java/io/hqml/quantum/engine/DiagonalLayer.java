package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;

/**
 * A run of consecutive diagonal gates folded into one phase function {@code phase(b)} over basis indices;
 * global phases of RZ and RZZ are kept so the fused layer equals the product of the gates exactly.
 *
 * <p>Applied row by row: a row is a block of {@code 2^low} amplitudes ({@code low = min(n, }{@link #LOW_BITS}
 * {@code )}, the Hadamard layer's cache block, so the two fuse). {@link #prepare} writes the phase as
 * {@code const + sum_q c_q b_q + sum_pairs c_pq b_p b_q} (a parity term {@code c (b_p xor b_q)} is
 * {@code c b_p + c b_q - 2c b_p b_q}) and tabulates {@code T[b] = exp(i * terms within the low bits)}. Row h
 * then multiplies by {@code exp(i * highPhase(h)) * T[b] * prod_p exp(i bitPhase_p(h) b_p)}, the last product
 * over the low bits p paired with a high bit ("crossing" bits): no trigonometry per amplitude, one or two
 * complex products per amplitude to form the row's factor and one to apply it.
 */
final class DiagonalLayer {
    /** Low bits per row: equal to the Hadamard layer's block, so the diagonal runs on each block in cache. */
    static final int LOW_BITS = HadamardLayer.BLOCK_BITS;

    // Term kinds as added: bit set, parity of two bits odd, both bits set.
    private static final int BIT = 0, PARITY = 1, BOTH = 2;

    private int size;
    private int[] kind = new int[16];
    private int[] qubitA = new int[16];
    private int[] qubitB = new int[16];
    private double[] coefficient = new double[16];
    private double constant;

    private final RowPhases prepared = new RowPhases();

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
    void add(Gate gate, int qa, int qb, double t) {
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

    /** The layer's phase on basis state {@code b}: the reference the tests check the passes against. */
    double phase(int b) {
        double phase = constant;
        for (int t = 0; t < size; t++) {
            boolean a = (b >> qubitA[t] & 1) == 1, c = (b >> qubitB[t] & 1) == 1;
            boolean on = switch (kind[t]) {
                case BIT -> a;
                case PARITY -> a != c;
                default -> a && c;
            };
            phase += on ? coefficient[t] : 0.0;
        }
        return phase;
    }

    /** Rows of 2^rowBits(n) amplitudes are the unit of the row methods. */
    static int rowBits(int n) {
        return Math.min(n, LOW_BITS);
    }

    /**
     * Tabulates the layer for an n-qubit state; a no-op when neither n nor the terms changed since the last
     * call (a ZZ map's repetitions repeat the same layer).
     */
    void prepare(int n) {
        prepared.prepare(n, this);
    }

    /** Writes the layer's phase in normal form into {@code f}. */
    void normalise(PhaseFunction f) {
        f.clear();
        f.constant = constant;
        for (int t = 0; t < size; t++) {
            switch (kind[t]) {
                case BIT -> f.bit[qubitA[t]] += coefficient[t];
                case BOTH -> f.addPair(qubitA[t], qubitB[t], coefficient[t]);
                default -> {
                    f.bit[qubitA[t]] += coefficient[t];
                    f.bit[qubitB[t]] += coefficient[t];
                    f.addPair(qubitA[t], qubitB[t], -2 * coefficient[t]);
                }
            }
        }
    }

    /** Multiplies every amplitude of the state at {@code s[off ..]} by {@code exp(i phase(b))}, one pass. */
    void apply(double[] s, int off, int n) {
        if (size == 1) {
            applySingleTerm(s, off, n);
            return;
        }
        prepare(n);
        for (int h = 0; h < 1 << (n - prepared.low); h++) {
            prepared.finishRow(s, off, h, 0, 1.0);
        }
    }

    /** {@link #apply(double[], int, int)} on a whole array. */
    void apply(double[] s, int n) {
        apply(s, 0, n);
    }

    /** Writes {@code uniform * exp(i phase(b))} at every amplitude (the layer applied to a uniform state). */
    void apply(double[] s, int n, double uniform) {
        fill(s, 0, n, uniform, 0);
    }

    /**
     * The subset of {@code candidates} (qubits) whose Hadamards {@link #fill} can take over: low qubits that no
     * term pairs with a high qubit. On those the row factor is constant, so H commutes with it and is applied
     * once to the table instead of to every row. Needs {@link #prepare}.
     */
    int absorbableHadamards(int candidates) {
        return candidates & ((1 << prepared.low) - 1) & ~prepared.crossingBits();
    }

    /**
     * Writes {@code scale * H_Q exp(i phase)} (H unnormalised, on the qubits of {@code hadamards}, which must
     * come from {@link #absorbableHadamards}) over the state at {@code s[off ..]}: the layer applied to the
     * uniform state, write-only, followed by those Hadamards.
     */
    void fill(double[] s, int off, int n, double scale, int hadamards) {
        prepare(n);
        double[] base = prepared.fillTable(hadamards);
        for (int h = 0; h < 1 << (n - prepared.low); h++) {
            prepared.rowFactor(h, scale, base, s, off + (h << (prepared.low + 1)));
        }
    }

    /**
     * Row h (amplitudes {@code h * 2^low ..}): H (unnormalised) on the qubits of {@code lowQubits} (a subset of
     * qubits 0-2), then times {@code scale * exp(i phase(b))}, in one pass over the row. Needs {@link #prepare}.
     */
    void finishRow(double[] s, int off, int h, int lowQubits, double scale) {
        prepared.finishRow(s, off, h, lowQubits, scale);
    }

    /** One gate (RZ, P, CZ, CP, RZZ alone): two phase values, no table. */
    private void applySingleTerm(double[] s, int off, int n) {
        double ir = Math.cos(constant), ii = Math.sin(constant);
        double ar = Math.cos(constant + coefficient[0]), ai = Math.sin(constant + coefficient[0]);
        int ma = 1 << qubitA[0], mb = 1 << qubitB[0];
        for (int b = 0; b < 1 << n; b++) {
            boolean on = switch (kind[0]) {
                case BIT -> (b & ma) != 0;
                case PARITY -> ((b & ma) != 0) != ((b & mb) != 0);
                default -> (b & ma) != 0 && (b & mb) != 0;
            };
            double fr = on ? ar : ir, fi = on ? ai : ii;
            if (fr == 1.0 && fi == 0.0) {
                continue;
            }
            int p = off + (b << 1);
            double xr = s[p], xi = s[p + 1];
            s[p] = fr * xr - fi * xi;
            s[p + 1] = fr * xi + fi * xr;
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
