package io.hqml.quantum.transpile.optimization;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import io.hqml.quantum.transpile.synthesis.OneQubitSynthesizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes operations that are the identity up to a global phase (Qiskit's {@code RemoveIdentityEquivalent}):
 * {@code id}; rx, ry, rz, p, rzz, rxx, ryy and ms whose angle is a multiple of 2 pi; controlled rotations
 * (crx, cry, crz) at a multiple of 4 pi (at 2 pi they are a Z on the control); cp at a multiple of 2 pi;
 * {@code u(0, phi, -phi)}. "Multiple" is to {@link OneQubitSynthesizer#ANGLE_TOL} radians. Never adds an operation.
 */
public final class DropIdentities implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        List<Operation> out = new ArrayList<>(in.size());
        for (Operation op : in.ops()) {
            if (!isIdentity(op)) {
                out.add(op);
            }
        }
        return in.with(out);
    }

    static boolean isIdentity(Operation op) {
        return switch (op.gate()) {
            case I -> true;
            case RX, RY, RZ, P, RZZ, RXX, RYY, CP -> OneQubitSynthesizer.isZero(op.angle());
            case CRX, CRY, CRZ -> OneQubitSynthesizer.isZero(op.angle() / 2);
            case MS -> OneQubitSynthesizer.isZero(op.param(2));
            case U -> OneQubitSynthesizer.isZero(op.param(0)) && OneQubitSynthesizer.isZero(op.param(1) + op.param(2));
            default -> false;
        };
    }
}
