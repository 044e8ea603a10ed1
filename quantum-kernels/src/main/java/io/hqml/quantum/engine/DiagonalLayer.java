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
    private int[] maskA = new int[16];
    private int[] maskB = new int[16];
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
        double t = op.gate().numParams() > 0 ? op.angle() : 0.0;
        switch (op.gate()) {
            case I -> {
            }
            case Z -> term(BIT, op.qubit(0), 0, Math.PI);
            case S -> term(BIT, op.qubit(0), 0, Math.PI / 2);
            case SDG -> term(BIT, op.qubit(0), 0, -Math.PI / 2);
            case T -> term(BIT, op.qubit(0), 0, Math.PI / 4);
            case TDG -> term(BIT, op.qubit(0), 0, -Math.PI / 4);
            case CRZ -> { // control set: RZ(t) on target = e^{-it/2} on control, e^{it} more where target also set
                term(BIT, op.qubit(0), 0, -t / 2);
                term(BOTH, op.qubit(0), op.qubit(1), t);
            }
            case P -> term(BIT, op.qubit(0), 0, t);
            case RZ -> { // diag(e^{-it/2}, e^{it/2}) = e^{-it/2} * diag(1, e^{it})
                constant -= t / 2;
                term(BIT, op.qubit(0), 0, t);
            }
            case CZ -> term(BOTH, op.qubit(0), op.qubit(1), Math.PI);
            case CP -> term(BOTH, op.qubit(0), op.qubit(1), t);
            case RZZ -> { // e^{-it/2} on even parity, e^{it/2} on odd = e^{-it/2} * (e^{it} on odd)
                constant -= t / 2;
                term(PARITY, op.qubit(0), op.qubit(1), t);
            }
            default -> throw new IllegalArgumentException(op.gate() + " is not diagonal");
        }
    }

    /** Adds {@code e^{it}} on basis states where bits {@code a} and {@code b} differ (CX P CX). */
    void addParityPhase(int a, int b, double t) {
        term(PARITY, a, b, t);
    }

    double phase(int b) {
        double phase = constant;
        for (int t = 0; t < size; t++) {
            boolean active = switch (kind[t]) {
                case BIT -> (b & maskA[t]) != 0;
                case PARITY -> ((b & maskA[t]) != 0) != ((b & maskB[t]) != 0);
                default -> (b & maskA[t]) != 0 && (b & maskB[t]) != 0;
            };
            if (active) {
                phase += coefficient[t];
            }
        }
        return phase;
    }

    private void term(int k, int qa, int qb, double coef) {
        if (size == kind.length) {
            int n = size * 2;
            kind = java.util.Arrays.copyOf(kind, n);
            maskA = java.util.Arrays.copyOf(maskA, n);
            maskB = java.util.Arrays.copyOf(maskB, n);
            coefficient = java.util.Arrays.copyOf(coefficient, n);
        }
        kind[size] = k;
        maskA[size] = 1 << qa;
        maskB[size] = 1 << qb;
        coefficient[size] = coef;
        size++;
    }
}
