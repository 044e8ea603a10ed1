package io.hqml.quantum.transpile.layout;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.CouplingGraph;

/**
 * A target's calibration as costs for layout decisions: per-qubit mean one-qubit error and readout error,
 * per-edge error of the two-qubit gate translation will use (its better direction), with unknowns resolved:
 * an uncalibrated value counts as 0, an unknown mean two-qubit error as {@value #DEFAULT_TWO_QUBIT_ERROR}.
 */
final class DeviceCosts {
    /** Two-qubit error assumed when the target calibrates none. */
    static final double DEFAULT_TWO_QUBIT_ERROR = 1e-2;

    private final Target t;
    private final CouplingGraph g;
    private final String twoQubitGate;
    private final double meanTwoQubit;
    private final double[] oneQubit;
    private final double[] readout;

    DeviceCosts(Target t, CouplingGraph g) {
        this.t = t;
        this.g = g;
        this.twoQubitGate = twoQubitGate(t);
        double sum = 0;
        int count = 0;
        for (int[] e : t.couplingEdges()) {
            double err = t.instructionError(twoQubitGate, e[0], e[1]);
            if (!Double.isNaN(err)) {
                sum += err;
                count++;
            }
        }
        this.meanTwoQubit = count > 0 ? sum / count : DEFAULT_TWO_QUBIT_ERROR;
        int n = t.numQubits();
        oneQubit = new double[n];
        readout = new double[n];
        for (int q = 0; q < n; q++) {
            double s = 0;
            int k = 0;
            for (String gate : t.basisGates()) {
                Gate g1 = Gate.fromQasmName(gate);
                double err = g1 != null && g1.arity() == 1 ? t.instructionError(gate, q) : Double.NaN;
                if (!Double.isNaN(err)) {
                    s += err;
                    k++;
                }
            }
            oneQubit[q] = k > 0 ? s / k : 0;
            double r = t.readoutError(q);
            readout[q] = Double.isNaN(r) ? 0 : r;
        }
    }

    /** The two-qubit gate the translation will use, for its calibrated errors. */
    private static String twoQubitGate(Target t) {
        for (String g : new String[] {"cx", "cz", "ecr", "ms"}) {
            if (t.supports(g)) {
                return g;
            }
        }
        return "cx";
    }

    double qubit(int p) {
        return oneQubit[p] + readout[p];
    }

    double oneQubitError(int p) {
        return oneQubit[p];
    }

    double readout(int p) {
        return readout[p];
    }

    /** Error of the two-qubit gate on the edge {a, b} in its better direction; the mean when uncalibrated. */
    double edge(int a, int b) {
        double ab = t.instructionError(twoQubitGate, a, b), ba = t.instructionError(twoQubitGate, b, a);
        double e = Double.isNaN(ab) ? ba : Double.isNaN(ba) ? ab : Math.min(ab, ba);
        return Double.isNaN(e) ? meanTwoQubit : e;
    }

    /** Estimated error of one two-qubit gate between physical a and b, SWAPs for the distance included. */
    double pair(int a, int b) {
        int d = g.distance(a, b);
        if (d >= CouplingGraph.UNREACHABLE) {
            return 1e6;
        }
        return d == 1 ? edge(a, b) : (3.0 * (d - 1) + 1) * meanTwoQubit;
    }

    int degreeWithin(int p, int[] set) {
        int k = 0;
        for (int q : set) {
            k += g.adjacent(p, q) ? 1 : 0;
        }
        return k;
    }
}
