package io.hqml.quantum.ansatz;

import static io.hqml.quantum.circuit.ParamExpr.theta;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.featuremap.EntanglementSpec;
import java.util.List;

/**
 * Qiskit's {@code TwoLocal} layout, which RealAmplitudes and EfficientSU2 are instances of: {@code reps}
 * times (rotation layers, then CX on every entangled pair in order), then a final rotation layer set. A
 * rotation layer applies one gate type to every qubit, qubit 0 first; thetas are numbered in the order the
 * gates appear, which is Qiskit's parameter order.
 */
final class TwoLocal {
    private TwoLocal() {
    }

    static CircuitTemplate build(String name, int numQubits, int reps, EntanglementSpec entanglement,
            List<Gate> rotations) {
        if (numQubits < 1) {
            throw new IllegalArgumentException(name + " needs at least 1 qubit, got " + numQubits);
        }
        if (reps < 0) {
            throw new IllegalArgumentException(name + " needs reps >= 0, got " + reps);
        }
        if (entanglement == null) {
            throw new IllegalArgumentException(name + " needs an entanglement");
        }
        List<int[]> pairs = entanglement.pairs(numQubits);
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        int k = 0;
        for (int r = 0; r <= reps; r++) {
            for (Gate g : rotations) {
                for (int q = 0; q < numQubits; q++) {
                    b.add(g, theta(k++), q);
                }
            }
            if (r < reps) { // Qiskit's final rotation layer has no entangler after it
                for (int[] pair : pairs) {
                    b.add(Gate.CX, pair[0], pair[1]);
                }
            }
        }
        return b.build();
    }
}
