package io.hqml.quantum.transpile.analysis;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;

/**
 * The estimated success probability of a physical circuit on a target: the product of {@code 1 - error}
 * over its operations and over the readout of the measured qubits, errors from the target's calibration
 * (a crude but standard figure of merit: it ignores idle decoherence and crosstalk). Operations and
 * qubits without a calibrated error count as perfect and are counted in {@link Estimate#uncalibrated()}.
 */
public final class SuccessProbability {
    private SuccessProbability() {
    }

    /** Probability and the number of operations and readouts that had no calibrated error. */
    public record Estimate(double probability, int uncalibrated) {
    }

    /** {@code measured}: the physical qubits read out at the end. */
    public static Estimate estimate(GateSequence physical, Target t, int[] measured) {
        double p = 1;
        int unknown = 0;
        for (Operation op : physical.ops()) {
            double e = t.instructionError(op.gate().qasmName(), op.qubits());
            if (Double.isNaN(e)) {
                unknown++;
            } else {
                p *= 1 - e;
            }
        }
        for (int q : measured) {
            double e = t.readoutError(q);
            if (Double.isNaN(e)) {
                unknown++;
            } else {
                p *= 1 - e;
            }
        }
        return new Estimate(p, unknown);
    }
}
