package io.hqml.quantum.featuremap;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import java.io.Serializable;

/**
 * Encodes a feature vector as a circuit {@code U(x)} whose state {@code U(x)|0...0>} is the sample's
 * quantum feature. The circuit is a {@link CircuitTemplate} over {@code x}; implementations are immutable
 * and serializable (they are shipped to Spark executors).
 */
public interface FeatureMap extends Serializable {

    /** Qubits the circuit acts on. */
    int numQubits();

    /** Features a row must have (the qubit count for most maps; up to 2^n for amplitude encoding). */
    default int numFeatures() {
        return numQubits();
    }

    /**
     * The circuit with symbolic parameters {@code x[i]}. For most maps {@code x} is the feature row itself;
     * maps whose gate angles are not sums and products of features (amplitude encoding) read the array
     * {@link #templateInput} derives from the row instead.
     */
    CircuitTemplate template();

    /**
     * The array {@link #template()} is bound with for feature row {@code x}: the row itself by default
     * (not copied). Engines and kernels must bind {@code template().bind(templateInput(row))}, never the raw
     * row, so maps with derived angles work everywhere.
     */
    default double[] templateInput(double[] x) {
        return x;
    }

    /** The bound circuit for one feature row. */
    default Circuit circuit(double[] x) {
        checkRow(x);
        return template().bind(templateInput(x));
    }

    /** A human-readable description recorded in lineage, e.g. {@code zz(qubits=2,reps=2,linear)}. */
    String describe();

    /**
     * The circuit as an OpenQASM 3 template over an input array {@code x} (stdgates dialect), e.g.
     * {@code p(2*x[0]) q[0];}. Recorded in lineage so a run says exactly what it executed.
     */
    default String qasmTemplate() {
        return io.hqml.quantum.qasm.QasmExporter.export(template(), io.hqml.quantum.qasm.QasmDialect.STDGATES);
    }

    /** Validates one row: the right length and only finite values. */
    default void checkRow(double[] x) {
        if (x.length != numFeatures()) {
            throw new IllegalArgumentException("feature map on " + numQubits() + " qubits got a row of "
                    + x.length + " features, needs " + numFeatures() + "; reduce or select features to match");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("feature " + i + " is " + x[i]
                        + "; impute or drop non-finite values before encoding");
            }
        }
    }
}
