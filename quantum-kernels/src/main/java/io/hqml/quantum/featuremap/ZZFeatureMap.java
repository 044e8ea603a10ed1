package io.hqml.quantum.featuremap;

import static io.hqml.quantum.circuit.ParamExpr.pi;
import static io.hqml.quantum.circuit.ParamExpr.x;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;

/**
 * The second-order Pauli-Z evolution map of Havlicek et al., Nature 567, 209 (2019), gate for gate as
 * Qiskit's {@code ZZFeatureMap}: per repetition, H on every qubit, {@code P(2 x_i)} on qubit i, and for
 * each entangled pair (i, j) {@code CX(i,j) P(2 (pi - x_i)(pi - x_j)) on j, CX(i,j)}.
 */
public final class ZZFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 2L;

    private final int numQubits;
    private final int reps;
    private final Entanglement entanglement;
    private final CircuitTemplate template;

    public ZZFeatureMap(int numQubits, int reps, Entanglement entanglement) {
        if (numQubits < 1) {
            throw new IllegalArgumentException("zz feature map needs at least 1 qubit, got " + numQubits);
        }
        if (reps < 1) {
            throw new IllegalArgumentException("zz feature map needs reps >= 1, got " + reps);
        }
        this.numQubits = numQubits;
        this.reps = reps;
        this.entanglement = entanglement;
        this.template = build();
    }

    private CircuitTemplate build() {
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.H, q);
            }
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.P, x(q).times(2), q);
            }
            for (int[] pair : entanglement.pairs(numQubits)) {
                int i = pair[0], j = pair[1];
                ParamExpr phi = pi().minus(x(i)).times(pi().minus(x(j))).times(2);
                b.add(Gate.CX, i, j);
                b.add(Gate.P, phi, j);
                b.add(Gate.CX, i, j);
            }
        }
        return b.build();
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    public int reps() {
        return reps;
    }

    public Entanglement entanglement() {
        return entanglement;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "zz(qubits=" + numQubits + ",reps=" + reps + ",entanglement=" + entanglement.label() + ")";
    }
}
