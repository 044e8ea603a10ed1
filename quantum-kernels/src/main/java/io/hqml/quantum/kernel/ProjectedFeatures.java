package io.hqml.quantum.kernel;

import io.hqml.quantum.engine.Engines;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.engine.StatevectorEngine;
import io.hqml.quantum.featuremap.FeatureMap;
import java.io.Serializable;

/**
 * The projected features of Huang et al., Nat. Commun. 12, 2631 (2021): for each
 * qubit {@code k} the one-qubit Pauli expectations of {@code psi(x) = U(x)|0>}, in the order
 * {@code v(x) = (<X_0>, <Y_0>, <Z_0>, <X_1>, <Y_1>, <Z_1>, ...)}, {@code 3n} values in {@code [-1, 1]}.
 * They determine every one-qubit reduced density matrix, {@code rho_k = (I + <X_k> X + <Y_k> Y + <Z_k> Z) / 2},
 * which is all the projected kernel needs; a classical model (linear, RBF, trees) can also be trained on them.
 *
 * <p>States are prepared by a statevector engine and read with its {@code expectations}, in chunks of rows
 * bounded to {@value #CHUNK_DOUBLES} doubles of state, so memory does not grow with the block size.
 */
public final class ProjectedFeatures implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int CHUNK_DOUBLES = 1 << 22;

    private final FeatureMap featureMap;
    // Engines are single-threaded with scratch space: one per deserialized copy (one per Spark task).
    private transient StatevectorEngine engine;

    public ProjectedFeatures(FeatureMap featureMap) {
        this.featureMap = featureMap;
    }

    public FeatureMap featureMap() {
        return featureMap;
    }

    /** Length of a feature vector: three per qubit. */
    public int dimension() {
        return 3 * featureMap.numQubits();
    }

    /** The observables, index {@code 3k + a} for qubit {@code k} and {@code a} = X, Y, Z. */
    public static PauliString[] observables(int numQubits) {
        PauliString[] ps = new PauliString[3 * numQubits];
        for (int k = 0; k < numQubits; k++) {
            ps[3 * k] = PauliString.single(numQubits, k, 'X');
            ps[3 * k + 1] = PauliString.single(numQubits, k, 'Y');
            ps[3 * k + 2] = PauliString.single(numQubits, k, 'Z');
        }
        return ps;
    }

    /** The engine this instance simulates with, created on first use in this JVM copy. */
    public StatevectorEngine engine() {
        if (engine == null) {
            engine = Engines.create();
        }
        return engine;
    }

    /** {@code v(x)} of every row, one array per row. */
    public double[][] features(double[][] rows) {
        int n = featureMap.numQubits(), stride = 2 << n, d = dimension();
        PauliString[] ps = observables(n);
        int chunk = Math.max(1, Math.min(rows.length, CHUNK_DOUBLES / stride));
        double[] states = new double[chunk * stride];
        double[] values = new double[chunk * d];
        double[][] out = new double[rows.length][];
        for (int start = 0; start < rows.length; start += chunk) {
            int count = Math.min(chunk, rows.length - start);
            double[][] part = java.util.Arrays.copyOfRange(rows, start, start + count);
            // The buffer may be longer than this chunk needs: engines write and read only count states.
            engine().prepareStates(featureMap, part, states);
            engine().expectations(states, count, n, ps, values);
            for (int r = 0; r < count; r++) {
                out[start + r] = java.util.Arrays.copyOfRange(values, r * d, (r + 1) * d);
            }
        }
        return out;
    }

    public String describe() {
        return "projected-features[" + featureMap.describe() + "]";
    }
}
