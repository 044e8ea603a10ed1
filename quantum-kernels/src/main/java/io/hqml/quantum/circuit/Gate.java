package io.hqml.quantum.circuit;

import java.util.Locale;

/**
 * Every gate hqml circuits use, named as in OpenQASM 3 {@code stdgates.inc}. Conventions are Qiskit's:
 * {@code P(t) = diag(1, e^{it})}, {@code RZ(t) = diag(e^{-it/2}, e^{it/2})}, {@code RX(t) = exp(-i t X/2)},
 * {@code RY(t) = exp(-i t Y/2)}, {@code U(th, ph, la) = RZ(ph) RY(th) RZ(la) * e^{i(ph+la)/2}},
 * {@code RXX(t) = exp(-i t X(x)X/2)} (likewise RYY, RZZ), {@code SX = sqrt(X)}. For controlled gates the
 * first qubit(s) are the controls, the last the target.
 *
 * <p>Device-native gates beyond stdgates.inc (angles in radians, as every hqml gate; IonQ's native JSON
 * takes turns, {@code phi / 2pi}). With {@code sigma(phi) = cos(phi) X + sin(phi) Y}:
 * <ul>
 *   <li>{@code ECR} (IBM Eagle): {@code (X(x)I - Y(x)X) / sqrt 2} with the first qubit's operator on the
 *       left, i.e. {@code X_0 * RZX(pi/2)}; Qiskit's {@code ECRGate} matrix and Braket's {@code ecr}.</li>
 *   <li>{@code GPI(phi) = sigma(phi)} and {@code GPI2(phi) = (I - i sigma(phi)) / sqrt 2} (IonQ natives,
 *       Braket's {@code gpi}/{@code gpi2}).</li>
 *   <li>{@code MS(phi0, phi1, theta) = exp(-i theta/2 sigma(phi0)(x)sigma(phi1))}, {@code phi0} on the first
 *       qubit; {@code theta = pi/2} is IonQ's fully entangling MS (Braket's {@code ms}, same argument order).</li>
 * </ul>
 */
public enum Gate {
    I(1, 0, true), X(1, 0, false), Y(1, 0, false), Z(1, 0, true), H(1, 0, false),
    S(1, 0, true), SDG(1, 0, true), T(1, 0, true), TDG(1, 0, true), SX(1, 0, false), SXDG(1, 0, false),
    RX(1, 1, false), RY(1, 1, false), RZ(1, 1, true), P(1, 1, true), U(1, 3, false),
    CX(2, 0, false), CY(2, 0, false), CZ(2, 0, true), SWAP(2, 0, false), CP(2, 1, true),
    CRX(2, 1, false), CRY(2, 1, false), CRZ(2, 1, true), RXX(2, 1, false), RYY(2, 1, false), RZZ(2, 1, true),
    CCX(3, 0, false),
    ECR(2, 0, false), GPI(1, 1, false), GPI2(1, 1, false), MS(2, 3, false);

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
     * The gate that undoes this one, with the parameters given by {@link #inverseParam}: self-inverse gates
     * (including ECR and GPI) map to themselves, S/T/SX to their daggers, rotations, GPI2 and MS to themselves.
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

    /**
     * Parameter {@code i} of the inverse is {@code sign * p[source] + offset}: rotations negate their angle,
     * {@code U(th,ph,la)^-1 = U(-th,-la,-ph)}, {@code GPI(phi)^-1 = GPI(phi)},
     * {@code GPI2(phi)^-1 = GPI2(phi + pi)}, {@code MS(phi0,phi1,theta)^-1 = MS(phi0,phi1,-theta)}.
     */
    public InverseParam inverseParam(int i) {
        return switch (this) {
            case U -> new InverseParam(i == 0 ? 0 : 3 - i, -1, 0);
            case GPI -> new InverseParam(0, 1, 0);
            case GPI2 -> new InverseParam(0, 1, Math.PI);
            case MS -> new InverseParam(i, i == 2 ? -1 : 1, 0);
            default -> new InverseParam(i, -1, 0);
        };
    }

    /** Parameter map of {@link #inverseParam}: {@code sign * p[source] + offset}. */
    public record InverseParam(int source, int sign, double offset) {
    }
}
