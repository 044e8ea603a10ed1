package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;

/**
 * An independent reference: every gate's textbook matrix (written here, not taken from the engine's
 * GateMatrices), embedded into the full 2^n x 2^n space by acting on basis states, then multiplied into
 * the state. Deliberately naive: O(4^n) per gate.
 */
public final class DenseReference {
    private DenseReference() {
    }

    /** Complex matrix as [re, im] planes. */
    public record M(double[][] re, double[][] im) {
        static M zeros(int d) {
            return new M(new double[d][d], new double[d][d]);
        }

        public int dim() {
            return re.length;
        }
    }

    public static double[] run(Circuit c) {
        double[] s = new double[2 << c.numQubits()];
        s[0] = 1;
        return apply(c, s);
    }

    public static double[] apply(Circuit c, double[] state) {
        double[] s = state.clone();
        for (Operation op : c.operations()) {
            s = multiply(full(op, c.numQubits()), s);
        }
        return s;
    }

    /** |psi_b|^2 for every basis state. */
    public static double[] probabilities(double[] psi) {
        double[] p = new double[psi.length / 2];
        for (int b = 0; b < p.length; b++) {
            p[b] = psi[2 * b] * psi[2 * b] + psi[2 * b + 1] * psi[2 * b + 1];
        }
        return p;
    }

    public static double[] multiply(M m, double[] s) {
        int d = m.dim();
        double[] out = new double[2 * d];
        for (int i = 0; i < d; i++) {
            double re = 0, im = 0;
            for (int j = 0; j < d; j++) {
                re += m.re[i][j] * s[2 * j] - m.im[i][j] * s[2 * j + 1];
                im += m.re[i][j] * s[2 * j + 1] + m.im[i][j] * s[2 * j];
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
        return out;
    }

    /** The operation's full matrix: local matrix on the gate's qubits, identity elsewhere. */
    public static M full(Operation op, int n) {
        M local = local(op);
        int d = 1 << n, k = op.gate().arity();
        int mask = 0;
        for (int i = 0; i < k; i++) {
            mask |= 1 << op.qubit(i);
        }
        M out = M.zeros(d);
        for (int row = 0; row < d; row++) {
            for (int col = 0; col < d; col++) {
                if ((row & ~mask) != (col & ~mask)) {
                    continue;
                }
                int lr = 0, lc = 0;
                for (int i = 0; i < k; i++) {
                    lr |= ((row >> op.qubit(i)) & 1) << i;
                    lc |= ((col >> op.qubit(i)) & 1) << i;
                }
                out.re[row][col] = local.re[lr][lc];
                out.im[row][col] = local.im[lr][lc];
            }
        }
        return out;
    }

    /** Local matrix; local index bit i is the gate's i-th qubit. */
    static M local(Operation op) {
        Gate g = op.gate();
        double t = g.numParams() > 0 ? op.param(0) : 0;
        return switch (g) {
            case CX -> controlled(pauli('X'));
            case CY -> controlled(pauli('Y'));
            case CZ -> controlled(pauli('Z'));
            case CP -> controlled(one(Gate.P, new double[] {t}));
            case CRX -> controlled(one(Gate.RX, new double[] {t}));
            case CRY -> controlled(one(Gate.RY, new double[] {t}));
            case CRZ -> controlled(one(Gate.RZ, new double[] {t}));
            case RXX -> pauliRotation('X', t);
            case RYY -> pauliRotation('Y', t);
            case RZZ -> pauliRotation('Z', t);
            case SWAP -> permutation(4, b -> ((b & 1) << 1) | (b >> 1));
            case CCX -> permutation(8, b -> (b & 3) == 3 ? b ^ 4 : b);
            // (X_0 - X_1 Y_0) / sqrt 2; kron(a, b) puts b on the gate's first qubit (local bit 0)
            case ECR -> scale(combine(kron(pauli('I'), pauli('X')), 1, kron(pauli('X'), pauli('Y')), -1), 1 / Math.sqrt(2), 0);
            // cos(t/2) I - i sin(t/2) sigma(phi0)_0 sigma(phi1)_1
            case MS -> combine(kron(pauli('I'), pauli('I')), Math.cos(op.param(2) / 2),
                    scale(kron(sigma(op.param(1)), sigma(op.param(0))), 0, -1), Math.sin(op.param(2) / 2));
            default -> one(g, g.numParams() > 0 ? op.params() : new double[0]);
        };
    }

    static M one(Gate g, double[] p) {
        double r = 1 / Math.sqrt(2);
        if (g == Gate.U) { // Qiskit: RZ(phi) RY(theta) RZ(lambda) e^{i(phi+lambda)/2}
            M u = mul(mul(one(Gate.RZ, new double[] {p[1]}), one(Gate.RY, new double[] {p[0]})), one(Gate.RZ, new double[] {p[2]}));
            return scale(u, Math.cos((p[1] + p[2]) / 2), Math.sin((p[1] + p[2]) / 2));
        }
        double t = p.length > 0 ? p[0] : 0, c = Math.cos(t / 2), s = Math.sin(t / 2);
        return switch (g) {
            case GPI -> sigma(t);
            case GPI2 -> scale(combine(pauli('I'), 1, scale(sigma(t), 0, -1), 1), 1 / Math.sqrt(2), 0);
            case I -> m2(1, 0, 0, 0, 0, 0, 1, 0);
            case X, Y, Z -> pauli(g.name().charAt(0));
            case H -> m2(r, 0, r, 0, r, 0, -r, 0);
            case S -> m2(1, 0, 0, 0, 0, 0, 0, 1);
            case SDG -> m2(1, 0, 0, 0, 0, 0, 0, -1);
            case T -> m2(1, 0, 0, 0, 0, 0, Math.cos(Math.PI / 4), Math.sin(Math.PI / 4));
            case TDG -> m2(1, 0, 0, 0, 0, 0, Math.cos(Math.PI / 4), -Math.sin(Math.PI / 4));
            case SX -> m2(0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
            case SXDG -> m2(0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5);
            case RX -> m2(c, 0, 0, -s, 0, -s, c, 0);
            case RY -> m2(c, 0, -s, 0, s, 0, c, 0);
            case RZ -> m2(c, -s, 0, 0, 0, 0, c, s);
            case P -> m2(1, 0, 0, 0, 0, 0, Math.cos(t), Math.sin(t));
            default -> throw new IllegalArgumentException(g.toString());
        };
    }

    public static M pauli(char p) {
        return switch (p) {
            case 'X' -> m2(0, 0, 1, 0, 1, 0, 0, 0);
            case 'Y' -> m2(0, 0, 0, -1, 0, 1, 0, 0);
            case 'Z' -> m2(1, 0, 0, 0, 0, 0, -1, 0);
            default -> m2(1, 0, 0, 0, 0, 0, 1, 0);
        };
    }

    /** IonQ's sigma(phi) = cos(phi) X + sin(phi) Y. */
    static M sigma(double phi) {
        return combine(pauli('X'), Math.cos(phi), pauli('Y'), Math.sin(phi));
    }

    /** {@code ca * a + cb * b} for real coefficients. */
    static M combine(M a, double ca, M b, double cb) {
        int d = a.dim();
        M out = M.zeros(d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out.re[i][j] = ca * a.re[i][j] + cb * b.re[i][j];
                out.im[i][j] = ca * a.im[i][j] + cb * b.im[i][j];
            }
        }
        return out;
    }

    /** exp(-i t/2 P(x)P) = cos(t/2) I - i sin(t/2) P(x)P. */
    static M pauliRotation(char p, double t) {
        M pp = kron(pauli(p), pauli(p));
        M out = M.zeros(4);
        double c = Math.cos(t / 2), s = Math.sin(t / 2);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out.re[i][j] = (i == j ? c : 0) + s * pp.im[i][j];
                out.im[i][j] = -s * pp.re[i][j];
            }
        }
        return out;
    }

    /** Control is local bit 0, target local bit 1. */
    static M controlled(M u) {
        M out = M.zeros(4);
        out.re[0][0] = 1;
        out.re[2][2] = 1;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                out.re[1 | (a << 1)][1 | (b << 1)] = u.re[a][b];
                out.im[1 | (a << 1)][1 | (b << 1)] = u.im[a][b];
            }
        }
        return out;
    }

    static M permutation(int d, java.util.function.IntUnaryOperator f) {
        M out = M.zeros(d);
        for (int b = 0; b < d; b++) {
            out.re[f.applyAsInt(b)][b] = 1;
        }
        return out;
    }

    static M m2(double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
        return new M(new double[][] {{ar, br}, {cr, dr}}, new double[][] {{ai, bi}, {ci, di}});
    }

    public static M mul(M a, M b) {
        int d = a.dim();
        M out = M.zeros(d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    out.re[i][j] += a.re[i][k] * b.re[k][j] - a.im[i][k] * b.im[k][j];
                    out.im[i][j] += a.re[i][k] * b.im[k][j] + a.im[i][k] * b.re[k][j];
                }
            }
        }
        return out;
    }

    static M scale(M a, double cr, double ci) {
        int d = a.dim();
        M out = M.zeros(d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out.re[i][j] = a.re[i][j] * cr - a.im[i][j] * ci;
                out.im[i][j] = a.re[i][j] * ci + a.im[i][j] * cr;
            }
        }
        return out;
    }

    public static M kron(M x, M y) {
        int dx = x.dim(), dy = y.dim();
        M out = M.zeros(dx * dy);
        for (int i = 0; i < dx; i++) {
            for (int j = 0; j < dx; j++) {
                for (int k = 0; k < dy; k++) {
                    for (int l = 0; l < dy; l++) {
                        out.re[i * dy + k][j * dy + l] = x.re[i][j] * y.re[k][l] - x.im[i][j] * y.im[k][l];
                        out.im[i * dy + k][j * dy + l] = x.re[i][j] * y.im[k][l] + x.im[i][j] * y.re[k][l];
                    }
                }
            }
        }
        return out;
    }
}
