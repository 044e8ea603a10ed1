package io.hqml.quantum.featuremap;

import io.hqml.quantum.circuit.Circuit;
import java.io.Serializable;

/**
 * Encodes a feature vector as a circuit {@code U(x)} whose state {@code U(x)|0...0>} is the sample's
 * quantum feature. Implementations are immutable and serializable (they are shipped to Spark executors).
 */
public interface FeatureMap extends Serializable {

    /** Qubits the circuit acts on; also the number of features a row must have. */
    int numQubits();

    /** The bound circuit for one feature row. */
    Circuit circuit(double[] x);

    /** A human-readable description recorded in lineage, e.g. {@code zz(qubits=2,reps=2,linear)}. */
    String describe();

    /**
     * The circuit as an OpenQASM 3 template over an input array {@code x} (stdgates dialect), e.g.
     * {@code p(2*x[0]) q[0];}. Recorded in lineage so a run says exactly what it executed.
     */
    String qasmTemplate();

    /** Validates one row: the right length and only finite values. */
    default void checkRow(double[] x) {
        if (x.length != numQubits()) {
            throw new IllegalArgumentException("feature map on " + numQubits() + " qubits got a row of "
                    + x.length + " features; reduce or select features to the qubit count");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("feature " + i + " is " + x[i]
                        + "; impute or drop non-finite values before encoding");
            }
        }
    }
}
