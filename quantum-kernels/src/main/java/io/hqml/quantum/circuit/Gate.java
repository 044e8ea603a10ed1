package io.hqml.quantum.circuit;

/**
 * The gates the skeleton's feature maps use, named as in OpenQASM 3 {@code stdgates.inc}.
 *
 * <p>Conventions (Qiskit's): {@code P(t) = diag(1, e^{it})}, {@code RZ(t) = diag(e^{-it/2}, e^{it/2})},
 * {@code RX(t) = exp(-i t X/2)}, {@code RY(t) = exp(-i t Y/2)}, {@code RZZ(t) = exp(-i t Z(x)Z/2)};
 * for two-qubit gates the first qubit is the control.
 */
public enum Gate {
    H(1, 0, false),
    X(1, 0, false),
    RX(1, 1, false),
    RY(1, 1, false),
    RZ(1, 1, true),
    P(1, 1, true),
    CX(2, 0, false),
    CZ(2, 0, true),
    CP(2, 1, true),
    RZZ(2, 1, true);

    private final int arity;
    private final int angles;
    private final boolean diagonal;

    Gate(int arity, int angles, boolean diagonal) {
        this.arity = arity;
        this.angles = angles;
        this.diagonal = diagonal;
    }

    /** Number of qubits the gate acts on. */
    public int arity() {
        return arity;
    }

    /** Number of angle parameters (0 or 1). */
    public int angles() {
        return angles;
    }

    /** True when the gate's matrix is diagonal in the computational basis (so runs of them can be fused). */
    public boolean diagonal() {
        return diagonal;
    }

    /** The OpenQASM 3 stdgates name. */
    public String qasmName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
