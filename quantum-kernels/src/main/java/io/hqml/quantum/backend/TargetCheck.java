package io.hqml.quantum.backend;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import java.util.List;

/**
 * The checks every backend makes before it accepts a job, so all of them reject the same things with the
 * same typed errors: the job's size against the Target's limits ({@link OverLimitsException}), then each
 * circuit against the Target's basis gates and directed coupling map ({@link InvalidCircuitException}), as
 * IBM rejects non-ISA circuits. The identity is accepted on every device (it is a no-op).
 */
public final class TargetCheck {
    private TargetCheck() {
    }

    /**
     * @param minShots  smallest shot count accepted (0 for simulators that return exact probabilities)
     * @param maxQubits largest circuit the executing engine can hold (the Target may be larger)
     */
    public static void check(Target target, List<Circuit> circuits, int shots, int minShots, int maxQubits) {
        int maxCircuits = target.maxCircuitsPerJob();
        if (circuits.isEmpty() || circuits.size() > maxCircuits) {
            throw new OverLimitsException(OverLimitsException.Limit.CIRCUITS, circuits.size(), 1, maxCircuits);
        }
        if (shots < minShots || shots > target.maxShots()) {
            throw new OverLimitsException(OverLimitsException.Limit.SHOTS, shots, minShots, target.maxShots());
        }
        int qubitLimit = Math.min(target.numQubits(), maxQubits);
        for (int i = 0; i < circuits.size(); i++) {
            if (circuits.get(i).numQubits() > qubitLimit) {
                throw new OverLimitsException(OverLimitsException.Limit.QUBITS, circuits.get(i).numQubits(), 1, qubitLimit);
            }
        }
        for (int i = 0; i < circuits.size(); i++) {
            for (Operation op : circuits.get(i).operations()) {
                checkOperation(target, i, op);
            }
        }
    }

    private static void checkOperation(Target target, int circuit, Operation op) {
        Gate g = op.gate();
        if (g == Gate.I) {
            return;
        }
        if (!target.supports(g.qasmName())) {
            throw new InvalidCircuitException(circuit, "gate '" + g.qasmName() + "' is not a basis gate of target "
                    + target.name() + " " + target.basisGates() + "; transpile the circuit to the target");
        }
        int arity = g.arity();
        for (int a = 0; a < arity; a++) {
            for (int b = a + 1; b < arity; b++) {
                int qa = op.qubit(a), qb = op.qubit(b);
                // Two-qubit gates run in the listed direction only; wider gates need every pair coupled.
                boolean ok = arity == 2 ? target.hasEdge(qa, qb) : target.hasEdge(qa, qb) || target.hasEdge(qb, qa);
                if (!ok) {
                    throw new InvalidCircuitException(circuit, g.qasmName() + " on qubits (" + qa + ", " + qb
                            + ") is not an edge of the coupling map of target " + target.name()
                            + "; route the circuit to the target");
                }
            }
        }
    }
}
