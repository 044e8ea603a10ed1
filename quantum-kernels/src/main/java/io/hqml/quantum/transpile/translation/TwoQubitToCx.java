package io.hqml.quantum.transpile.translation;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.synthesis.TwoQubitIdentities;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps each two-qubit gate the target executes on an allowed direction and writes every other one with CX
 * and one-qubit gates ({@link TwoQubitIdentities}); {@link CxToNative} then maps CX to the native gate.
 * Gates unchanged by exchanging their qubits ({@code cz, swap, cp, rzz, rxx, ryy}, and {@code ms} with its
 * phases exchanged) are turned around when only the reverse edge exists, or when it is better calibrated.
 */
public final class TwoQubitToCx implements TranspilerPass {
    private static final Set<Gate> SYMMETRIC = Set.of(Gate.CZ, Gate.SWAP, Gate.CP, Gate.RZZ, Gate.RXX, Gate.RYY);

    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Target t = context.target();
        List<Operation> out = new ArrayList<>(in.size());
        for (Operation op : in.ops()) {
            if (op.gate().arity() != 2 || op.gate() == Gate.CX) {
                out.add(op);
                continue;
            }
            int a = op.qubit(0), b = op.qubit(1);
            boolean symmetric = SYMMETRIC.contains(op.gate()) || op.gate() == Gate.MS;
            if (symmetric && t.supports(op.gate().qasmName()) && reversedIsBetter(t, op.gate().qasmName(), a, b)) {
                out.add(reversed(op));
            } else if (t.supports(op.gate().qasmName()) && t.hasEdge(a, b)) {
                out.add(op);
            } else if (symmetric && t.supports(op.gate().qasmName()) && t.hasEdge(b, a)) {
                out.add(reversed(op));
            } else {
                out.addAll(TwoQubitIdentities.toCx(op));
            }
        }
        return in.with(out);
    }

    /** A symmetric gate on its qubits in the other order (MS with its two phases exchanged). */
    private static Operation reversed(Operation op) {
        double[] p = op.gate() == Gate.MS ? new double[] {op.param(1), op.param(0), op.param(2)} : op.params();
        return new Operation(op.gate(), new int[] {op.qubit(1), op.qubit(0)}, p);
    }

    /**
     * For a symmetric gate: true when only {@code (b, a)} is allowed, or both are and {@code (b, a)} has the
     * lower calibrated error (an uncalibrated direction never wins over a calibrated one).
     */
    static boolean reversedIsBetter(Target t, String gate, int a, int b) {
        if (!t.hasEdge(b, a)) {
            return false;
        }
        if (!t.hasEdge(a, b)) {
            return true;
        }
        double ab = t.calibration().gate(gate, a, b) == null ? Double.NaN : t.calibration().gate(gate, a, b).error();
        double ba = t.calibration().gate(gate, b, a) == null ? Double.NaN : t.calibration().gate(gate, b, a).error();
        return !Double.isNaN(ba) && (Double.isNaN(ab) || ba < ab);
    }
}
