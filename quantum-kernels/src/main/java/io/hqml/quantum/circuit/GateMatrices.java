package io.hqml.quantum.circuit;

/**
 * The unitary of every gate as a dense complex matrix, interleaved row-major:
 * {@code m[2 * (r * d + c)]} is the real part of entry (r, c), {@code d = 2^arity}. Row/column index bit
 * {@code k} is the gate's k-th qubit (so for {@code CX(control, target)} bit 0 is the control): the same
 * little-endian convention as statevectors.
 */
public final class GateMatrices {
    private GateMatrices() {
    }

    public static double[] of(Operation op) {
        int d = 1 << op.gate().arity();
        double[] m = new double[2 * d * d];
        fill(op.gate(), op.params(), m);
        return m;
    }

    /** Writes the matrix into {@code m} (length {@code 2 * 4^arity}); no allocation for 1-qubit gates. */
    public static void fill(Gate gate, double[] p, double[] m) {
        java.util.Arrays.fill(m, 0.0);
        double r = 1 / Math.sqrt(2);
        switch (gate) {
            case I -> one(m, 1, 0, 0, 0, 0, 0, 1, 0);
            case X -> one(m, 0, 0, 1, 0, 1, 0, 0, 0);
            case Y -> one(m, 0, 0, 0, -1, 0, 1, 0, 0);
            case Z -> one(m, 1, 0, 0, 0, 0, 0, -1, 0);
            case H -> one(m, r, 0, r, 0, r, 0, -r, 0);
            case S -> one(m, 1, 0, 0, 0, 0, 0, 0, 1);
            case SDG -> one(m, 1, 0, 0, 0, 0, 0, 0, -1);
            case T -> one(m, 1, 0, 0, 0, 0, 0, r, r);
            case TDG -> one(m, 1, 0, 0, 0, 0, 0, r, -r);
            case SX -> one(m, 0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
            case SXDG -> one(m, 0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5);
            case RX -> {
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                one(m, c, 0, 0, -s, 0, -s, c, 0);
            }
            case RY -> {
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                one(m, c, 0, -s, 0, s, 0, c, 0);
            }
            case RZ -> one(m, Math.cos(p[0] / 2), -Math.sin(p[0] / 2), 0, 0, 0, 0, Math.cos(p[0] / 2), Math.sin(p[0] / 2));
            case P -> one(m, 1, 0, 0, 0, 0, 0, Math.cos(p[0]), Math.sin(p[0]));
            case U -> {
                // U(th, ph, la) = [[cos(th/2), -e^{i la} sin(th/2)], [e^{i ph} sin(th/2), e^{i(ph+la)} cos(th/2)]]
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                one(m, c, 0, -Math.cos(p[2]) * s, -Math.sin(p[2]) * s, Math.cos(p[1]) * s, Math.sin(p[1]) * s,
                        Math.cos(p[1] + p[2]) * c, Math.sin(p[1] + p[2]) * c);
            }
            case CX, CY, CRX, CRY, CRZ -> controlled(gate, p, m);
            case CZ -> diag(m, 4, 0, 0, 0, Math.PI);
            case CP -> diag(m, 4, 0, 0, 0, p[0]);
            case SWAP -> {
                set(m, 4, 0, 0, 1, 0);
                set(m, 4, 1, 2, 1, 0);
                set(m, 4, 2, 1, 1, 0);
                set(m, 4, 3, 3, 1, 0);
            }
            case RZZ -> diag(m, 4, -p[0] / 2, p[0] / 2, p[0] / 2, -p[0] / 2);
            case RXX, RYY -> {
                // exp(-i t/2 P(x)P): cos(t/2) I - i sin(t/2) P(x)P; XX flips both bits with +1, YY with -1 on |00>,|11>.
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                for (int k = 0; k < 4; k++) {
                    set(m, 4, k, k, c, 0);
                    double sign = gate == Gate.RYY && (k == 0 || k == 3) ? -1 : 1;
                    set(m, 4, k ^ 3, k, 0, -s * sign);
                }
            }
            case CCX -> {
                for (int k = 0; k < 8; k++) {
                    int row = (k & 3) == 3 ? k ^ 4 : k;
                    set(m, 8, row, k, 1, 0);
                }
            }
            case GPI -> one(m, 0, 0, Math.cos(p[0]), -Math.sin(p[0]), Math.cos(p[0]), Math.sin(p[0]), 0, 0);
            case GPI2 -> // (I - i sigma(phi)) / sqrt 2: off-diagonals -i e^{-i phi}, -i e^{i phi}
                    one(m, r, 0, -r * Math.sin(p[0]), -r * Math.cos(p[0]), r * Math.sin(p[0]), -r * Math.cos(p[0]), r, 0);
            case ECR -> {
                // (X_0 - X_1 Y_0) / sqrt 2 in the little-endian index (bit 0 = first qubit): Qiskit's ECRGate matrix
                set(m, 4, 0, 1, r, 0);
                set(m, 4, 0, 3, 0, r);
                set(m, 4, 1, 0, r, 0);
                set(m, 4, 1, 2, 0, -r);
                set(m, 4, 2, 1, 0, r);
                set(m, 4, 2, 3, r, 0);
                set(m, 4, 3, 0, 0, -r);
                set(m, 4, 3, 2, r, 0);
            }
            case MS -> {
                // cos(t/2) I - i sin(t/2) sigma(phi0)_0 sigma(phi1)_1; sigma(phi) maps |0> -> e^{i phi}|1>, |1> -> e^{-i phi}|0>
                double c = Math.cos(p[2] / 2), s = Math.sin(p[2] / 2);
                for (int k = 0; k < 4; k++) {
                    set(m, 4, k, k, c, 0);
                    int b0 = k & 1, b1 = k >> 1;
                    double phase = (b0 == 0 ? p[0] : -p[0]) + (b1 == 0 ? p[1] : -p[1]);
                    // entry (k ^ 3, k) = -i s e^{i phase}
                    set(m, 4, k ^ 3, k, s * Math.sin(phase), -s * Math.cos(phase));
                }
            }
            default -> throw new IllegalStateException("no matrix for " + gate);
        }
    }

    /** Control = bit 0, target = bit 1: identity where the control is 0, the target gate where it is 1. */
    private static void controlled(Gate gate, double[] p, double[] m) {
        Gate base = switch (gate) {
            case CX -> Gate.X;
            case CY -> Gate.Y;
            case CRX -> Gate.RX;
            case CRY -> Gate.RY;
            default -> Gate.RZ;
        };
        double[] u = new double[8];
        fill(base, p, u);
        set(m, 4, 0, 0, 1, 0);
        set(m, 4, 2, 2, 1, 0);
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                // target bit a/b sits at index bit 1, control bit (1) at bit 0
                set(m, 4, 1 | (a << 1), 1 | (b << 1), u[2 * (a * 2 + b)], u[2 * (a * 2 + b) + 1]);
            }
        }
    }

    private static void one(double[] m, double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
        m[0] = ar;
        m[1] = ai;
        m[2] = br;
        m[3] = bi;
        m[4] = cr;
        m[5] = ci;
        m[6] = dr;
        m[7] = di;
    }

    private static void diag(double[] m, int d, double... phases) {
        for (int k = 0; k < d; k++) {
            set(m, d, k, k, Math.cos(phases[k]), Math.sin(phases[k]));
        }
    }

    private static void set(double[] m, int d, int r, int c, double re, double im) {
        m[2 * (r * d + c)] = re;
        m[2 * (r * d + c) + 1] = im;
    }
}
