package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Operation;

/**
 * An independent reference: every gate as a full 2^n x 2^n complex matrix built from Kronecker
 * products of its textbook matrix with identities, then multiplied into the state. Deliberately naive.
 */
public final class DenseReference {
    private DenseReference() {
    }

    /** Complex matrix as [re, im] planes. */
    record M(double[][] re, double[][] im) {
        static M zeros(int d) {
            return new M(new double[d][d], new double[d][d]);
        }

        int dim() {
            return re.length;
        }
    }

    public static double[] run(Circuit c) {
        int dim = 1 << c.numQubits();
        double[] s = new double[2 * dim];
        s[0] = 1;
        for (Operation op : c.operations()) {
            s = multiply(full(op, c.numQubits()), s);
        }
        return s;
    }

    static double[] multiply(M m, double[] s) {
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

    /** The gate's full matrix. Qubit 0 is the rightmost Kronecker factor (least significant bit). */
    static M full(Operation op, int n) {
        if (op.gate().arity() == 1) {
            M u = oneQubit(op);
            M result = identity(1);
            for (int q = n - 1; q >= 0; q--) {
                result = kron(result, q == op.qubit(0) ? u : identity(2));
            }
            return result;
        }
        return twoQubitFull(op, n);
    }

    private static M oneQubit(Operation op) {
        double t = op.angle(), c = Math.cos(t / 2), s = Math.sin(t / 2), r = 1 / Math.sqrt(2);
        return switch (op.gate()) {
            case H -> m(r, 0, r, 0, r, 0, -r, 0);
            case X -> m(0, 0, 1, 0, 1, 0, 0, 0);
            case RX -> m(c, 0, 0, -s, 0, -s, c, 0);
            case RY -> m(c, 0, -s, 0, s, 0, c, 0);
            case RZ -> m(c, -s, 0, 0, 0, 0, c, s);
            case P -> m(1, 0, 0, 0, 0, 0, Math.cos(t), Math.sin(t));
            default -> throw new IllegalArgumentException(op.gate().toString());
        };
    }

    /** Two-qubit gates built by acting on basis states: column b of the matrix is G|b>. */
    private static M twoQubitFull(Operation op, int n) {
        int d = 1 << n, a = op.qubit(0), b = op.qubit(1);
        double t = op.angle();
        M m = M.zeros(d);
        for (int col = 0; col < d; col++) {
            int ba = (col >> a) & 1, bb = (col >> b) & 1;
            int row = col;
            double phase = 0;
            switch (op.gate()) {
                case CX -> row = ba == 1 ? col ^ (1 << b) : col;
                case CZ -> phase = ba == 1 && bb == 1 ? Math.PI : 0;
                case CP -> phase = ba == 1 && bb == 1 ? t : 0;
                case RZZ -> phase = (ba ^ bb) == 1 ? t / 2 : -t / 2;
                default -> throw new IllegalArgumentException(op.gate().toString());
            }
            m.re[row][col] = Math.cos(phase);
            m.im[row][col] = Math.sin(phase);
        }
        return m;
    }

    private static M m(double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
        return new M(new double[][] {{ar, br}, {cr, dr}}, new double[][] {{ai, bi}, {ci, di}});
    }

    private static M identity(int d) {
        M m = M.zeros(d);
        for (int i = 0; i < d; i++) {
            m.re[i][i] = 1;
        }
        return m;
    }

    private static M kron(M x, M y) {
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
