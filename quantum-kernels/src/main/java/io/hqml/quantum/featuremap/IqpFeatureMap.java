package io.hqml.quantum.featuremap;

import static io.hqml.quantum.featuremap.FeatureMapSupport.scaled;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;

/**
 * The IQP embedding (Shepherd &amp; Bremner 2009; Havlicek et al. 2019; the "IQP" kernel of Shaydulin &amp;
 * Wild 2022): {@code |phi(x)> = (U_Z(x) H^n)^reps |0>} with the diagonal
 * <pre>
 *   U_Z(x) = exp(-i sum_i c x_i Z_i - i sum_{(i,j) in pairs} c^2 x_i x_j Z_i Z_j),
 * </pre>
 * written exactly (no global phase) as {@code RZ(2 c x_i)} on each qubit followed by
 * {@code RZZ(2 c^2 x_i x_j)} on each pair; {@code c} is the bandwidth. Shaydulin &amp; Wild use reps = 2
 * and every pair (full entanglement), each unordered pair counted once. Their {@code exp(+i ...)} sign gives
 * the complex-conjugate state, so the fidelity kernel is the same. The state equals Qiskit's Z+ZZ
 * {@link ZZFeatureMap} with {@link ZZFeatureMap.DataMap#PRODUCT} up to a global phase; this class uses the
 * native diagonal rotations so the circuit is the textbook exponential itself.
 */
public final class IqpFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final int reps;
    private final EntanglementSpec entanglement;
    private final double bandwidth;
    private final CircuitTemplate template;

    /** Bandwidth 1. */
    public IqpFeatureMap(int numQubits, int reps, EntanglementSpec entanglement) {
        this(numQubits, reps, entanglement, 1.0);
    }

    public IqpFeatureMap(int numQubits, int reps, EntanglementSpec entanglement, double bandwidth) {
        FeatureMapSupport.checkQubits("iqp", numQubits);
        FeatureMapSupport.checkReps("iqp", reps);
        FeatureMapSupport.checkBandwidth("iqp", bandwidth);
        if (entanglement == null) {
            throw new IllegalArgumentException("iqp feature map needs an entanglement");
        }
        this.numQubits = numQubits;
        this.reps = reps;
        this.entanglement = entanglement;
        this.bandwidth = bandwidth;
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.H, q);
            }
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.RZ, scaled(q, bandwidth).times(2), q);
            }
            for (int[] pair : entanglement.pairs(numQubits)) {
                int i = pair[0], j = pair[1];
                b.add(Gate.RZZ, scaled(i, bandwidth).times(scaled(j, bandwidth)).times(2), i, j);
            }
        }
        this.template = b.build();
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    public int reps() {
        return reps;
    }

    public EntanglementSpec entanglement() {
        return entanglement;
    }

    public double bandwidth() {
        return bandwidth;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "iqp(qubits=" + numQubits + ",reps=" + reps + ",entanglement=" + entanglement.label()
                + FeatureMapSupport.bandwidthSuffix(bandwidth) + ")";
    }
}
