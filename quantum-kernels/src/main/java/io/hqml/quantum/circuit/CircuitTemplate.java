package io.hqml.quantum.circuit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A circuit whose gate parameters are expressions over features {@code x} and trainable parameters
 * {@code theta} ({@link ParamExpr}). Feature maps and ansaetze are templates; binding values gives a
 * {@link Circuit}. Engines take the template plus a block of rows, so the structure is analysed once per
 * block and only parameters change per row.
 */
public final class CircuitTemplate implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One templated gate application. */
    public record Op(Gate gate, int[] qubits, ParamExpr[] params) implements Serializable {
        public Op {
            if (params.length != gate.numParams()) {
                throw new IllegalArgumentException(gate + " takes " + gate.numParams() + " parameter(s), got " + params.length);
            }
            qubits = qubits.clone();
            params = params.clone();
        }

        /** Qubit i without copying. */
        public int qubit(int i) {
            return qubits[i];
        }

        public Op inverse() {
            ParamExpr[] inv = new ParamExpr[params.length];
            for (int i = 0; i < params.length; i++) {
                Gate.InverseParam m = gate.inverseParam(i);
                ParamExpr p = m.sign() < 0 ? params[m.source()].negate() : params[m.source()];
                inv[i] = m.offset() == 0 ? p : new ParamExpr.Sum(p, ParamExpr.constant(m.offset()));
            }
            return new Op(gate.inverse(), qubits, inv);
        }
    }

    private final int numQubits;
    private final List<Op> ops;
    private final int numFeatures;
    private final int numThetas;

    private CircuitTemplate(int numQubits, List<Op> ops) {
        this.numQubits = numQubits;
        this.ops = List.copyOf(ops);
        int f = 0, t = 0;
        for (Op op : ops) {
            for (ParamExpr p : op.params()) {
                f = Math.max(f, p.featureCount());
                t = Math.max(t, p.thetaCount());
            }
        }
        this.numFeatures = f;
        this.numThetas = t;
    }

    public static Builder builder(int numQubits) {
        return new Builder(numQubits);
    }

    public int numQubits() {
        return numQubits;
    }

    public List<Op> ops() {
        return ops;
    }

    /** Features the template reads ({@code x[0..numFeatures-1]}). */
    public int numFeatures() {
        return numFeatures;
    }

    /** Trainable parameters the template reads. */
    public int numThetas() {
        return numThetas;
    }

    /** Binds features (and no thetas). */
    public Circuit bind(double[] x) {
        return bind(x, new double[0]);
    }

    public Circuit bind(double[] x, double[] theta) {
        if (x.length < numFeatures || theta.length < numThetas) {
            throw new IllegalArgumentException("template needs " + numFeatures + " features and " + numThetas
                    + " thetas, got " + x.length + " and " + theta.length);
        }
        Circuit.Builder b = Circuit.builder(numQubits);
        for (Op op : ops) {
            double[] values = new double[op.params().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = op.params()[i].evaluate(x, theta);
            }
            b.add(new Operation(op.gate(), op.qubits(), values));
        }
        return b.build();
    }

    /** The adjoint template: inverse ops in reverse order, parameters negated symbolically. */
    public CircuitTemplate inverse() {
        List<Op> inv = new ArrayList<>(ops.size());
        for (int i = ops.size() - 1; i >= 0; i--) {
            inv.add(ops.get(i).inverse());
        }
        return new CircuitTemplate(numQubits, inv);
    }

    public CircuitTemplate compose(CircuitTemplate next) {
        if (next.numQubits != numQubits) {
            throw new IllegalArgumentException("cannot compose templates on " + numQubits + " and " + next.numQubits + " qubits");
        }
        List<Op> all = new ArrayList<>(ops);
        all.addAll(next.ops);
        return new CircuitTemplate(numQubits, all);
    }

    /** Accumulates templated operations, validating qubits. */
    public static final class Builder {
        private final int numQubits;
        private final List<Op> ops = new ArrayList<>();

        private Builder(int numQubits) {
            if (numQubits < 1 || numQubits > Circuit.MAX_QUBITS) {
                throw new IllegalArgumentException("template needs 1.." + Circuit.MAX_QUBITS + " qubits, got " + numQubits);
            }
            this.numQubits = numQubits;
        }

        public Builder add(Gate gate, ParamExpr[] params, int... qubits) {
            for (int q : qubits) {
                if (q < 0 || q >= numQubits) {
                    throw new IllegalArgumentException("qubit " + q + " out of range 0.." + (numQubits - 1));
                }
            }
            if (qubits.length != gate.arity()) {
                throw new IllegalArgumentException(gate + " acts on " + gate.arity() + " qubit(s), got " + qubits.length);
            }
            ops.add(new Op(gate, qubits, params));
            return this;
        }

        /** A one-parameter gate. */
        public Builder add(Gate gate, ParamExpr angle, int... qubits) {
            return add(gate, new ParamExpr[] {angle}, qubits);
        }

        /** A gate without parameters. */
        public Builder add(Gate gate, int... qubits) {
            return add(gate, new ParamExpr[0], qubits);
        }

        public CircuitTemplate build() {
            return new CircuitTemplate(numQubits, ops);
        }
    }
}
