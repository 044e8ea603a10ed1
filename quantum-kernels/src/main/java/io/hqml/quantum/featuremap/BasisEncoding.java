package io.hqml.quantum.featuremap;

import static io.hqml.quantum.circuit.ParamExpr.constant;
import static io.hqml.quantum.circuit.ParamExpr.pi;
import static io.hqml.quantum.circuit.ParamExpr.x;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;

/**
 * Basis encoding: a row of bits {@code x_i in {0, 1}} becomes the basis state {@code |b>} with
 * {@code b = sum_i x_i 2^i} (qubit 0 the least significant bit). Templates need symbolic angles, so
 * {@code X^{x_i}} is written {@code U(pi x_i, 0, pi x_i)}: in Qiskit's convention {@code U(pi, 0, pi) = X}
 * and {@code U(0, 0, 0) = I} exactly, with no global phase (RX(pi x_i) would give a phase of -i per bit).
 * Any other value is rejected, since U(pi t, 0, pi t) for other t is no longer a bit. Reps and bandwidth do
 * not apply. Distinct rows give orthogonal states, so its fidelity kernel is the exact-match indicator.
 */
public final class BasisEncoding implements FeatureMap {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final CircuitTemplate template;

    public BasisEncoding(int numQubits) {
        FeatureMapSupport.checkQubits("basis", numQubits);
        this.numQubits = numQubits;
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        for (int q = 0; q < numQubits; q++) {
            ParamExpr angle = pi().times(x(q));
            b.add(Gate.U, new ParamExpr[] {angle, constant(0), angle}, q);
        }
        this.template = b.build();
    }

    /** Length and finiteness as every map, plus every value exactly 0 or 1. */
    @Override
    public void checkRow(double[] x) {
        FeatureMap.super.checkRow(x);
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0.0 && x[i] != 1.0) {
                throw new IllegalArgumentException("basis encoding takes bits 0 or 1, but feature " + i + " is "
                        + x[i] + "; binarise the features first");
            }
        }
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "basis(qubits=" + numQubits + ")";
    }
}
