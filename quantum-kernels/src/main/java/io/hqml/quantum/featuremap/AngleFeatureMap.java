package io.hqml.quantum.featuremap;

import static io.hqml.quantum.circuit.ParamExpr.x;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import java.util.Locale;

/**
 * Angle encoding: one rotation {@code R(x_i)} per qubit, a product state with no entanglement. Its
 * fidelity kernel has the closed form {@code prod_i cos^2(reps * (x_i - y_i) / 2)}, the classical
 * baseline every entangling map must beat to be worth its qubits.
 */
public final class AngleFeatureMap implements FeatureMap {
    private static final long serialVersionUID = 2L;

    /** The rotation axis; RZ is excluded because it leaves |0> unchanged up to phase. */
    public enum Rotation {
        RX(Gate.RX), RY(Gate.RY);

        final Gate gate;

        Rotation(Gate gate) {
            this.gate = gate;
        }

        public static Rotation parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("unknown angle rotation '" + name + "'; use rx or ry");
            }
        }
    }

    private final int numQubits;
    private final int reps;
    private final Rotation rotation;
    private final CircuitTemplate template;

    public AngleFeatureMap(int numQubits, int reps, Rotation rotation) {
        if (numQubits < 1) {
            throw new IllegalArgumentException("angle feature map needs at least 1 qubit, got " + numQubits);
        }
        if (reps < 1) {
            throw new IllegalArgumentException("angle feature map needs reps >= 1, got " + reps);
        }
        this.numQubits = numQubits;
        this.reps = reps;
        this.rotation = rotation;
        CircuitTemplate.Builder b = CircuitTemplate.builder(numQubits);
        for (int r = 0; r < reps; r++) {
            for (int q = 0; q < numQubits; q++) {
                b.add(rotation.gate, x(q), q);
            }
        }
        this.template = b.build();
    }

    @Override
    public int numQubits() {
        return numQubits;
    }

    @Override
    public CircuitTemplate template() {
        return template;
    }

    @Override
    public String describe() {
        return "angle(qubits=" + numQubits + ",reps=" + reps + ",rotation="
                + rotation.name().toLowerCase(Locale.ROOT) + ")";
    }
}
