package io.hqml.quantum.transpile.optimization;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.core.WireStacks;
import io.hqml.quantum.transpile.synthesis.OneQubitSynthesizer;
import java.util.Set;

/**
 * Merges adjacent rotations about the same axis on the same qubits into one: {@code rz(a) rz(b) = rz(a+b)},
 * likewise rx, ry, p and the two-qubit rzz, rxx, ryy (either qubit order: they are symmetric). The sum is
 * wrapped to (-pi, pi] (a 2 pi shift of these is a global phase, or nothing for p); a sum within
 * {@link OneQubitSynthesizer#ANGLE_TOL} of zero removes both. Never adds an operation.
 */
public final class MergeRotations implements TranspilerPass {
    private static final Set<Gate> MERGEABLE = Set.of(Gate.RZ, Gate.RX, Gate.RY, Gate.P, Gate.RZZ, Gate.RXX, Gate.RYY);

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        WireStacks w = new WireStacks(in.numQubits());
        for (Operation op : in.ops()) {
            int j = MERGEABLE.contains(op.gate()) ? w.adjacentBefore(op) : -1;
            if (j < 0 || w.get(j).gate() != op.gate()) {
                w.add(op);
                continue;
            }
            double sum = OneQubitSynthesizer.wrap(w.get(j).angle() + op.angle());
            if (Math.abs(sum) < OneQubitSynthesizer.ANGLE_TOL) {
                w.remove(j);
            } else {
                w.replace(j, new Operation(op.gate(), w.get(j).qubits(), new double[] {sum}));
            }
        }
        return in.with(w.result());
    }
}
