package io.hqml.nativeengine;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.GateMatrices;
import java.util.ArrayList;
import java.util.List;

/**
 * A gate sequence compiled once into the op program the native kernels interpret (see hqmlsim.h), plus the
 * recipe that turns one row's gate angles into that program's parameters. Fusion, decided here once per
 * template: runs of 1-qubit gates on one qubit become one 2x2; runs of Hadamards on distinct qubits become
 * one cache-blocked layer, fused with a diagonal run that follows; runs of diagonal gates (and the
 * {@code CX(a,b) P(t)_b CX(a,b)} pairs of ZZ maps) become one phase pass. From |0>, a leading full Hadamard
 * layer and diagonal are written directly.
 */
final class NativeProgram {
    static final int OP_MAT1 = 1, OP_CMAT1 = 2, OP_MAT2 = 3, OP_X = 4, OP_CX = 5, OP_SWAP = 6, OP_CCX = 7,
            OP_HLAYER = 8, OP_DIAG = 9, OP_UNIFORM_DIAG = 10, OP_UNIFORM = 11;
    static final int TERM_BIT = 0, TERM_PARITY = 1, TERM_BOTH = 2;

    /** Writes one op's parameters for a row, given the row's gate angles (gate i's at offsets[i]). */
    private interface Emitter {
        int width();

        void emit(double[] angles, int[] offsets, double[] out, int at);
    }

    private final int numQubits;
    private final int[] program;
    private final List<Emitter> emitters;
    private final int[] offsets;
    private final int numAngles;
    private final int stride;

    private NativeProgram(int numQubits, int[] program, List<Emitter> emitters, int[] offsets, int numAngles) {
        this.numQubits = numQubits;
        this.program = program;
        this.emitters = emitters;
        this.offsets = offsets;
        this.numAngles = numAngles;
        int w = 0;
        for (Emitter e : emitters) {
            w += e.width();
        }
        this.stride = Math.max(1, w);
    }

    int numQubits() {
        return numQubits;
    }

    int[] program() {
        return program;
    }

    /** Doubles of parameters per row. */
    int stride() {
        return stride;
    }

    /** Length of the per-row angle array: gate i's parameters start at {@link #angleOffset(int)}. */
    int numAngles() {
        return numAngles;
    }

    int angleOffset(int gate) {
        return offsets[gate];
    }

    /** Fills row r's parameters (at {@code r * stride()}) from that row's gate angles. */
    void emit(double[] angles, double[] out, int r) {
        int at = r * stride;
        for (Emitter e : emitters) {
            e.emit(angles, offsets, out, at);
            at += e.width();
        }
    }

    /**
     * Compiles gates given as parallel lists.
     *
     * @param fromZero the state is |0...0> before the first gate (state preparation), enabling direct writes
     */
    static NativeProgram compile(int numQubits, List<Gate> gates, List<int[]> qubits, boolean fromZero) {
        int count = gates.size();
        int[] offsets = new int[count];
        int total = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = total;
            total += gates.get(i).numParams();
        }
        List<Integer> prog = new ArrayList<>();
        List<Emitter> emitters = new ArrayList<>();
        int i = 0;
        while (i < count) {
            Gate g = gates.get(i);
            int[] q = qubits.get(i);
            int run = sameQubitRun(gates, qubits, i);
            if (run >= 2) {
                prog.add(OP_MAT1);
                prog.add(q[0]);
                emitters.add(new Mat1(i, gates.subList(i, i + run).toArray(Gate[]::new)));
                i += run;
            } else if (g == Gate.H) {
                int mask = 0;
                while (i < count && gates.get(i) == Gate.H && (mask & (1 << qubits.get(i)[0])) == 0) {
                    mask |= 1 << qubits.get(i)[0];
                    i++;
                }
                boolean atStart = fromZero && prog.isEmpty();
                int end = diagonalRunEnd(gates, qubits, i);
                if (atStart && mask == (1 << numQubits) - 1 && end > i) {
                    i = addDiagonal(OP_UNIFORM_DIAG, gates, qubits, i, end, prog, emitters);
                } else if (atStart) {
                    prog.add(OP_UNIFORM);
                    prog.add(mask);
                } else {
                    prog.add(OP_HLAYER);
                    prog.add(mask);
                    prog.add(end > i ? 1 : 0);
                    if (end > i) {
                        i = addDiagonal(OP_DIAG, gates, qubits, i, end, prog, emitters);
                    }
                }
            } else if (diagonalRunEnd(gates, qubits, i) > i) {
                i = addDiagonal(OP_DIAG, gates, qubits, i, diagonalRunEnd(gates, qubits, i), prog, emitters);
            } else {
                switch (g) {
                    case X -> add(prog, OP_X, q[0]);
                    case CX -> add(prog, OP_CX, q[0], q[1]);
                    case SWAP -> add(prog, OP_SWAP, q[0], q[1]);
                    case CCX -> add(prog, OP_CCX, q[0], q[1], q[2]);
                    case CY, CRX, CRY -> {
                        add(prog, OP_CMAT1, q[0], q[1]);
                        emitters.add(new ControlledMat1(i, g == Gate.CY ? Gate.Y : g == Gate.CRX ? Gate.RX : Gate.RY));
                    }
                    default -> {
                        if (g.arity() == 1) { // H/Y/SX/SXDG/RX/RY/U and any other 1-qubit gate: its 2x2
                            add(prog, OP_MAT1, q[0]);
                            emitters.add(new Mat1(i, new Gate[] {g}));
                        } else if (g.arity() == 2) { // RXX/RYY and any other 2-qubit gate: its 4x4
                            add(prog, OP_MAT2, q[0], q[1]);
                            emitters.add(new Mat2(i, g));
                        } else {
                            throw new IllegalArgumentException("the native engine has no kernel for " + g);
                        }
                    }
                }
                i++;
            }
        }
        int[] p = new int[prog.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = prog.get(k);
        }
        return new NativeProgram(numQubits, p, List.copyOf(emitters), offsets, total);
    }

    private static void add(List<Integer> prog, int... values) {
        for (int v : values) {
            prog.add(v);
        }
    }

    /** Length of the run of 1-qubit gates on the qubit of gate i (1 when it is not a 1-qubit gate). */
    private static int sameQubitRun(List<Gate> gates, List<int[]> qubits, int i) {
        if (gates.get(i).arity() != 1) {
            return 1;
        }
        int q = qubits.get(i)[0], j = i + 1;
        while (j < gates.size() && gates.get(j).arity() == 1 && qubits.get(j)[0] == q) {
            j++;
        }
        return j - i;
    }

    /** End (exclusive) of the run of diagonal gates and parity patterns starting at i (i when none). */
    private static int diagonalRunEnd(List<Gate> gates, List<int[]> qubits, int i) {
        int j = i;
        while (j < gates.size()) {
            if (isParityPhase(gates, qubits, j)) {
                j += 3;
            } else if (gates.get(j).diagonal()) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** CX(a,b) P(t) on b CX(a,b) = e^{it} where bits a and b differ: a diagonal in disguise. */
    private static boolean isParityPhase(List<Gate> gates, List<int[]> qubits, int i) {
        if (i + 2 >= gates.size()) {
            return false;
        }
        int[] a = qubits.get(i), p = qubits.get(i + 1), b = qubits.get(i + 2);
        return gates.get(i) == Gate.CX && gates.get(i + 2) == Gate.CX && gates.get(i + 1) == Gate.P
                && a[0] == b[0] && a[1] == b[1] && p[0] == a[1];
    }

    private static int addDiagonal(int opcode, List<Gate> gates, List<int[]> qubits, int from, int to, List<Integer> prog,
                                   List<Emitter> emitters) {
        Diagonal d = new Diagonal();
        int j = from;
        while (j < to) {
            if (isParityPhase(gates, qubits, j)) {
                d.term(TERM_PARITY, qubits.get(j)[0], qubits.get(j)[1], j + 1, 1, 0);
                j += 3;
            } else {
                d.gate(gates.get(j), qubits.get(j), j);
                j++;
            }
        }
        prog.add(opcode);
        prog.add(d.kinds.size());
        for (int t = 0; t < d.kinds.size(); t++) {
            prog.add(d.kinds.get(t));
            prog.add(d.qa.get(t));
            prog.add(d.qb.get(t));
        }
        emitters.add(d);
        return to;
    }

    /** 2x2 product of a run of 1-qubit gates (later gates multiply from the left). */
    private static final class Mat1 implements Emitter {
        private final int first;
        private final Gate[] gates;
        private final double[] m = new double[8], acc = new double[8], tmp = new double[8], p = new double[3];

        Mat1(int first, Gate[] gates) {
            this.first = first;
            this.gates = gates;
        }

        @Override
        public int width() {
            return 8;
        }

        @Override
        public void emit(double[] angles, int[] offsets, double[] out, int at) {
            for (int k = 0; k < gates.length; k++) {
                for (int a = 0; a < gates[k].numParams(); a++) {
                    p[a] = angles[offsets[first + k] + a];
                }
                GateMatrices.fill(gates[k], p, k == 0 ? acc : m);
                if (k > 0) {
                    multiply(m, acc, tmp);
                    System.arraycopy(tmp, 0, acc, 0, 8);
                }
            }
            System.arraycopy(acc, 0, out, at, 8);
        }

        /** c = a b for 2x2 complex matrices, interleaved row-major. */
        private static void multiply(double[] a, double[] b, double[] c) {
            for (int r = 0; r < 2; r++) {
                for (int col = 0; col < 2; col++) {
                    double re = 0, im = 0;
                    for (int k = 0; k < 2; k++) {
                        double ar = a[4 * r + 2 * k], ai = a[4 * r + 2 * k + 1];
                        double br = b[4 * k + 2 * col], bi = b[4 * k + 2 * col + 1];
                        re += ar * br - ai * bi;
                        im += ar * bi + ai * br;
                    }
                    c[4 * r + 2 * col] = re;
                    c[4 * r + 2 * col + 1] = im;
                }
            }
        }
    }

    /** The target matrix of CY / CRX / CRY. */
    private static final class ControlledMat1 implements Emitter {
        private final int gate;
        private final Gate target;
        private final double[] m = new double[8], p = new double[1];

        ControlledMat1(int gate, Gate target) {
            this.gate = gate;
            this.target = target;
        }

        @Override
        public int width() {
            return 8;
        }

        @Override
        public void emit(double[] angles, int[] offsets, double[] out, int at) {
            p[0] = target.numParams() > 0 ? angles[offsets[gate]] : 0.0;
            GateMatrices.fill(target, p, m);
            System.arraycopy(m, 0, out, at, 8);
        }
    }

    /** The 4x4 of a two-qubit gate (basis bit 0 = first qubit), as the Java engine's general kernel takes it. */
    private static final class Mat2 implements Emitter {
        private final int gate;
        private final Gate kind;
        private final double[] m = new double[32], p;

        Mat2(int gate, Gate kind) {
            this.gate = gate;
            this.kind = kind;
            this.p = new double[Math.max(1, kind.numParams())];
        }

        @Override
        public int width() {
            return 32;
        }

        @Override
        public void emit(double[] angles, int[] offsets, double[] out, int at) {
            for (int k = 0; k < kind.numParams(); k++) {
                p[k] = angles[offsets[gate] + k];
            }
            GateMatrices.fill(kind, p, m);
            System.arraycopy(m, 0, out, at, 32);
        }
    }

    /**
     * A fused diagonal: terms (kind, qa, qb) whose coefficients, and a global constant, are affine in one gate
     * angle each ({@code a * angle + b}); global phases of RZ and RZZ are kept so the layer equals the product
     * of its gates exactly. Parameters: constant, then one coefficient per term.
     */
    private static final class Diagonal implements Emitter {
        final List<Integer> kinds = new ArrayList<>(), qa = new ArrayList<>(), qb = new ArrayList<>();
        final List<double[]> coef = new ArrayList<>(); // {gate or -1, a, b}
        final List<double[]> constant = new ArrayList<>();

        void term(int kind, int a, int b, int gate, double slope, double offset) {
            kinds.add(kind);
            qa.add(a);
            qb.add(b);
            coef.add(new double[] {gate, slope, offset});
        }

        void gate(Gate g, int[] q, int index) {
            int a = q[0], b = q.length > 1 ? q[1] : q[0];
            switch (g) {
                case I -> {
                }
                case Z -> term(TERM_BIT, a, a, -1, 0, Math.PI);
                case S -> term(TERM_BIT, a, a, -1, 0, Math.PI / 2);
                case SDG -> term(TERM_BIT, a, a, -1, 0, -Math.PI / 2);
                case T -> term(TERM_BIT, a, a, -1, 0, Math.PI / 4);
                case TDG -> term(TERM_BIT, a, a, -1, 0, -Math.PI / 4);
                case P -> term(TERM_BIT, a, a, index, 1, 0);
                case RZ -> { // diag(e^{-it/2}, e^{it/2}) = e^{-it/2} diag(1, e^{it})
                    constant.add(new double[] {index, -0.5, 0});
                    term(TERM_BIT, a, a, index, 1, 0);
                }
                case CZ -> term(TERM_BOTH, a, b, -1, 0, Math.PI);
                case CP -> term(TERM_BOTH, a, b, index, 1, 0);
                case CRZ -> { // control set: e^{-it/2} on it, e^{it} more where the target is also set
                    term(TERM_BIT, a, a, index, -0.5, 0);
                    term(TERM_BOTH, a, b, index, 1, 0);
                }
                case RZZ -> { // e^{-it/2} * (e^{it} where the parity is odd)
                    constant.add(new double[] {index, -0.5, 0});
                    term(TERM_PARITY, a, b, index, 1, 0);
                }
                default -> throw new IllegalArgumentException(g + " is not diagonal");
            }
        }

        @Override
        public int width() {
            return 1 + kinds.size();
        }

        @Override
        public void emit(double[] angles, int[] offsets, double[] out, int at) {
            double c = 0;
            for (double[] k : constant) {
                c += value(k, angles, offsets);
            }
            out[at] = c;
            for (int t = 0; t < coef.size(); t++) {
                out[at + 1 + t] = value(coef.get(t), angles, offsets);
            }
        }

        private static double value(double[] k, double[] angles, int[] offsets) {
            return k[0] < 0 ? k[2] : k[1] * angles[offsets[(int) k[0]]] + k[2];
        }
    }
}
