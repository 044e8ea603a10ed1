package io.hqml.quantum.circuit;

import java.util.Locale;

/**
 * Every gate hqml circuits use, named as in OpenQASM 3 {@code stdgates.inc}. Conventions are Qiskit's:
 * {@code P(t) = diag(1, e^{it})}, {@code RZ(t) = diag(e^{-it/2}, e^{it/2})}, {@code RX(t) = exp(-i t X/2)},
 * {@code RY(t) = exp(-i t Y/2)}, {@code U(th, ph, la) = RZ(ph) RY(th) RZ(la) * e^{i(ph+la)/2}},
 * {@code RXX(t) = exp(-i t X(x)X/2)} (likewise RYY, RZZ), {@code SX = sqrt(X)}. For controlled gates the
 * first qubit(s) are the controls, the last the target.
 */
public enum Gate {
    I(1, 0, true), X(1, 0, false), Y(1, 0, false), Z(1, 0, true), H(1, 0, false),
    S(1, 0, true), SDG(1, 0, true), T(1, 0, true), TDG(1, 0, true), SX(1, 0, false), SXDG(1, 0, false),
    RX(1, 1, false), RY(1, 1, false), RZ(1, 1, true), P(1, 1, true), U(1, 3, false),
    CX(2, 0, false), CY(2, 0, false), CZ(2, 0, true), SWAP(2, 0, false), CP(2, 1, true),
    CRX(2, 1, false), CRY(2, 1, false), CRZ(2, 1, true), RXX(2, 1, false), RYY(2, 1, false), RZZ(2, 1, true),
    CCX(3, 0, false);

    private final int arity;
    private final int numParams;
    private final boolean diagonal;

    Gate(int arity, int numParams, boolean diagonal) {
        this.arity = arity;
        this.numParams = numParams;
        this.diagonal = diagonal;
    }

    /** Number of qubits the gate acts on. */
    public int arity() {
        return arity;
    }

    /** Number of angle parameters (0, 1, or 3 for U). */
    public int numParams() {
        return numParams;
    }

    /** True when the gate's matrix is diagonal in the computational basis (runs of them can be fused). */
    public boolean diagonal() {
        return diagonal;
    }

    /** The OpenQASM 3 {@code stdgates.inc} name ({@code id} for the identity). */
    public String qasmName() {
        return this == I ? "id" : name().toLowerCase(Locale.ROOT);
    }

    /** Looks a gate up by its stdgates name, or returns null. */
    public static Gate fromQasmName(String name) {
        for (Gate g : values()) {
            if (g.qasmName().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /**
     * The gate that undoes this one, with the parameter map given by {@link #inverseParams}: self-inverse
     * gates map to themselves, S/T/SX to their daggers, rotations to themselves with negated angles.
     */
    public Gate inverse() {
        return switch (this) {
            case S -> SDG;
            case SDG -> S;
            case T -> TDG;
            case TDG -> T;
            case SX -> SXDG;
            case SXDG -> SX;
            default -> this;
        };
    }

    /** Parameters of the inverse: negated angles; for U, {@code U(th,ph,la)^-1 = U(-th,-la,-ph)}. */
    public int[] inverseParamOrder() {
        return this == U ? new int[] {0, 2, 1} : new int[] {0};
    }
}
