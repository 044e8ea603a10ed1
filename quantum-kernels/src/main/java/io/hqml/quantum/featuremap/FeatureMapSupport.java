package io.hqml.quantum.featuremap;

import static io.hqml.quantum.circuit.ParamExpr.x;

import io.hqml.quantum.circuit.ParamExpr;

/** Checks and expression helpers the feature maps share. */
final class FeatureMapSupport {
    private FeatureMapSupport() {
    }

    static void checkQubits(String map, int numQubits) {
        if (numQubits < 1) {
            throw new IllegalArgumentException(map + " feature map needs at least 1 qubit, got " + numQubits);
        }
    }

    static void checkReps(String map, int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException(map + " feature map needs reps >= 1, got " + reps);
        }
    }

    /** Bandwidth c must be finite and positive: c = 0 maps every row to one state, c < 0 only mirrors the data. */
    static void checkBandwidth(String map, double c) {
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException(map + " feature map needs a finite bandwidth > 0, got " + c);
        }
    }

    /**
     * Feature i scaled by the bandwidth, {@code c*x[i]} as a ParamExpr product so the template (and its QASM)
     * shows the scaling; plain {@code x[i]} when c = 1, so default templates are exactly the unscaled ones.
     */
    static ParamExpr scaled(int i, double c) {
        return c == 1.0 ? x(i) : x(i).times(c);
    }

    /** A double as short text for describe(): {@code 2} rather than {@code 2.0}. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** {@code ",bandwidth=c"} when c differs from 1, else nothing, so default descriptions stay as they were. */
    static String bandwidthSuffix(double c) {
        return c == 1.0 ? "" : ",bandwidth=" + format(c);
    }
}
