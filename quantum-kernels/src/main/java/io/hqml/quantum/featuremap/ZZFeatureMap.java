package io.hqml.quantum.featuremap;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;

/**
 * The second-order Pauli-Z evolution map of Havlicek et al., Nature 567, 209 (2019), gate for gate as
 * Qiskit's {@code ZZFeatureMap}: per repetition, H on every qubit, {@code P(2 x_i)} on qubit i, and for
 * each entangled pair (i, j) {@code CX(i,j) P(2 (pi - x_i)(pi - x_j)) on j, CX(i,j)}.
 */
public final class ZZFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final int reps;
    private final Entanglement entanglement;

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
    public Circuit circuit(double[] x) {
        checkRow(x);
        Circuit.Builder b = Circuit.builder(numQubits);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.H, q);
            }
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.P, 2.0 * x[q], q);
            }
            for (int[] pair : entanglement.pairs(numQubits)) {
                int i = pair[0], j = pair[1];
                b.add(Gate.CX, i, j);
                b.add(Gate.P, 2.0 * (Math.PI - x[i]) * (Math.PI - x[j]), j);
                b.add(Gate.CX, i, j);
            }
        }
        return b.build();
    }

    @Override
    public String qasmTemplate() {
        StringBuilder sb = QasmTemplates.header(numQubits);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                sb.append("h q[").append(q).append("];\n");
            }
            for (int q = 0; q < numQubits; q++) {
                sb.append("p(2*x[").append(q).append("]) q[").append(q).append("];\n");
            }
            for (int[] pair : entanglement.pairs(numQubits)) {
                int i = pair[0], j = pair[1];
                String cx = "cx q[" + i + "], q[" + j + "];\n";
                sb.append(cx).append("p(2*(pi - x[").append(i).append("])*(pi - x[").append(j).append("])) q[")
                        .append(j).append("];\n").append(cx);
            }
        }
        return sb.toString();
    }

    @Override
    public String describe() {
        return "zz(qubits=" + numQubits + ",reps=" + reps + ",entanglement=" + entanglement.label() + ")";
    }
}
