package io.hqml.quantum.circuit;

import java.io.Serializable;
import java.util.Locale;

/**
 * A gate parameter as an expression over feature values {@code x[i]} and trainable parameters
 * {@code theta[k]}: constants, sums, products and negation, which is what feature maps and ansaetze need
 * (e.g. {@code 2*(pi - x[0])*(pi - x[1])}). Immutable and serializable; evaluation allocates nothing.
 */
public sealed interface ParamExpr extends Serializable {

    double evaluate(double[] x, double[] theta);

    /** OpenQASM 3 text, parenthesised where needed; {@code pi} stays symbolic. */
    String toQasm();

    /** Highest feature index used plus one (0 if none). */
    int featureCount();

    /** Highest theta index used plus one (0 if none). */
    int thetaCount();

    static ParamExpr constant(double value) {
        return new Const(value);
    }

    static ParamExpr pi() {
        return new Const(Math.PI);
    }

    static ParamExpr x(int i) {
        return new Feature(i);
    }

    static ParamExpr theta(int k) {
        return new Theta(k);
    }

    default ParamExpr plus(ParamExpr other) {
        return new Sum(this, other);
    }

    default ParamExpr minus(ParamExpr other) {
        return new Sum(this, new Negate(other));
    }

    default ParamExpr times(ParamExpr other) {
        return new Product(this, other);
    }

    default ParamExpr times(double c) {
        return new Product(new Const(c), this);
    }

    default ParamExpr negate() {
        return new Negate(this);
    }

    record Const(double value) implements ParamExpr {
        public double evaluate(double[] x, double[] theta) {
            return value;
        }

        public String toQasm() {
            if (value == Math.PI) {
                return "pi";
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return String.format(Locale.ROOT, "%.17g", value);
        }

        public int featureCount() {
            return 0;
        }

        public int thetaCount() {
            return 0;
        }
    }

    record Feature(int index) implements ParamExpr {
        public Feature {
            if (index < 0) {
                throw new IllegalArgumentException("feature index must be >= 0, got " + index);
            }
        }

        public double evaluate(double[] x, double[] theta) {
            return x[index];
        }

        public String toQasm() {
            return "x[" + index + "]";
        }

        public int featureCount() {
            return index + 1;
        }

        public int thetaCount() {
            return 0;
        }
    }

    record Theta(int index) implements ParamExpr {
        public Theta {
            if (index < 0) {
                throw new IllegalArgumentException("theta index must be >= 0, got " + index);
            }
        }

        public double evaluate(double[] x, double[] theta) {
            return theta[index];
        }

        public String toQasm() {
            return "theta[" + index + "]";
        }

        public int featureCount() {
            return 0;
        }

        public int thetaCount() {
            return index + 1;
        }
    }

    record Sum(ParamExpr a, ParamExpr b) implements ParamExpr {
        public double evaluate(double[] x, double[] theta) {
            return a.evaluate(x, theta) + b.evaluate(x, theta);
        }

        public String toQasm() {
            return b instanceof Negate n ? "(" + a.toQasm() + " - " + n.a().toQasm() + ")"
                    : "(" + a.toQasm() + " + " + b.toQasm() + ")";
        }

        public int featureCount() {
            return Math.max(a.featureCount(), b.featureCount());
        }

        public int thetaCount() {
            return Math.max(a.thetaCount(), b.thetaCount());
        }
    }

    record Product(ParamExpr a, ParamExpr b) implements ParamExpr {
        public double evaluate(double[] x, double[] theta) {
            return a.evaluate(x, theta) * b.evaluate(x, theta);
        }

        public String toQasm() {
            return a.toQasm() + "*" + b.toQasm();
        }

        public int featureCount() {
            return Math.max(a.featureCount(), b.featureCount());
        }

        public int thetaCount() {
            return Math.max(a.thetaCount(), b.thetaCount());
        }
    }

    record Negate(ParamExpr a) implements ParamExpr {
        public double evaluate(double[] x, double[] theta) {
            return -a.evaluate(x, theta);
        }

        public String toQasm() {
            return "-(" + a.toQasm() + ")";
        }

        public int featureCount() {
            return a.featureCount();
        }

        public int thetaCount() {
            return a.thetaCount();
        }
    }
}
