package io.hqml.quantum.featuremap;

import static io.hqml.quantum.featuremap.FeatureMapSupport.scaled;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import java.util.Locale;

/**
 * Angle encoding: {@code reps} rotations {@code R(c x_i)} on qubit i, a product state with no
 * entanglement; {@code c} is the bandwidth (Shaydulin &amp; Wild 2022). Rotations about one axis compose,
 * so the state is {@code prod_i R(reps c x_i)|0>} (RZ: {@code |+>}) and the fidelity kernel has the closed
 * form {@code prod_i cos^2(reps c (x_i - y_i) / 2)}, the classical baseline every entangling map must beat
 * to be worth its qubits.
 */
public final class AngleFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 3L;

    /**
     * The rotation axis. RZ alone would leave |0> unchanged up to a phase (every row the same state), so
     * with RZ the template starts with one H layer, preparing |+>, and RZ(t)|+> is the equator state at
     * azimuth t; the H comes once, not per repetition, so the repetitions still add up to RZ(reps c x).
     */
    public enum Rotation {
        RX(Gate.RX), RY(Gate.RY), RZ(Gate.RZ);

        final Gate gate;

        Rotation(Gate gate) {
            this.gate = gate;
        }

        public static Rotation parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("unknown angle rotation '" + name + "'; use rx, ry or rz");
            }
        }
    }

    private final int numQubits;
    private final int reps;
    private final Rotation rotation;
    private final double bandwidth;
    private final CircuitTemplate template;

    /** Bandwidth 1. */
    public AngleFeatureMap(int numQubits, int reps, Rotation rotation) {
        this(numQubits, reps, rotation, 1.0);
    }

    public AngleFeatureMap(int numQubits, int reps, Rotation rotation, double bandwidth) {
        FeatureMapSupport.checkQubits("angle", numQubits);
        FeatureMapSupport.checkReps("angle", reps);
        FeatureMapSupport.checkBandwidth("angle", bandwidth);
        if (rotation == null) {
            throw new IllegalArgumentException("angle feature map needs a rotation (rx, ry or rz)");
        }
        this.numQubits = numQubits;
        this.reps = reps;
        this.rotation = rotation;
        this.bandwidth = bandwidth;
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        if (rotation == Rotation.RZ) {
            for (int q = 0; q < numQubits; q++) {
                b.add(Gate.H, q);
            }
        }
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                b.add(rotation.gate, scaled(q, bandwidth), q);
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

    public Rotation rotation() {
        return rotation;
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
        return "angle(qubits=" + numQubits + ",reps=" + reps + ",rotation="
                + rotation.name().toLowerCase(Locale.ROOT) + FeatureMapSupport.bandwidthSuffix(bandwidth) + ")";
    }
}
