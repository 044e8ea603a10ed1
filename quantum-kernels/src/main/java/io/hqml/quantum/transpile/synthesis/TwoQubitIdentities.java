package io.hqml.quantum.transpile.synthesis;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact identities (up to a global phase) that write gates with CX and one-qubit gates, and CX with a
 * device's native two-qubit gate. Lists are in circuit order (first applied first). Derivations, with
 * {@code RZX(t) = exp(-i t/2 Z_a X_b)} and {@code CX(a,b) = e^{i pi/4} RZ_a(pi/2) RX_b(pi/2) RZX(-pi/2)}:
 * <ul>
 *   <li>{@code ECR = X_a RZX(pi/2)} (Gate's definition) and {@code RZX(-pi/2) = ECR X_a}, so
 *       {@code CX = [x a; ecr a,b; rz(pi/2) a; rx(pi/2) b]} and {@code ECR = [x a; cx a,b; rz(-pi/2) a; rx(-pi/2) b]}.</li>
 *   <li>{@code RZX(-pi/2) = H_a RXX(-pi/2) H_a} and {@code MS(pi, 0, pi/2) = exp(+i pi/4 X X) = RXX(-pi/2)}, so
 *       {@code CX = [h a; ms(pi, 0, pi/2) a,b; h a; rz(pi/2) a; rx(pi/2) b]}.</li>
 *   <li>{@code CX(a,b) = H_a H_b CX(b,a) H_a H_b}; {@code CZ = H_b CX H_b}; {@code CY = S_b CX Sdg_b}.</li>
 *   <li>Controlled rotations and phases: {@code CRZ(t) = [rz(t/2) b; cx; rz(-t/2) b; cx]}, CRY likewise with
 *       RY, {@code CRX = H_b CRZ H_b}, {@code CP(t) = [p(t/2) a; cx; p(-t/2) b; cx; p(t/2) b]}.</li>
 *   <li>{@code RZZ(t) = [cx; rz(t) b; cx]}, {@code RXX = (H H) RZZ (H H)}, {@code RYY = (RX(pi/2) RX(pi/2)) RZZ
 *       (RX(-pi/2) RX(-pi/2))}; {@code SWAP = [cx a,b; cx b,a; cx a,b]}.</li>
 *   <li>{@code MS(p0, p1, t) = (RZ(p0) RZ(p1)) RXX(t) (RZ(-p0) RZ(-p1))} since {@code RZ(p) X RZ(-p) = sigma(p)}.</li>
 *   <li>CCX: the textbook six-CX Toffoli (Nielsen and Chuang, fig. 4.9).</li>
 * </ul>
 */
public final class TwoQubitIdentities {
    private static final double HALF_PI = Math.PI / 2;

    private TwoQubitIdentities() {
    }

    /** {@code op} (a two- or three-qubit gate other than CX) written with CX and one-qubit gates. */
    public static List<Operation> toCx(Operation op) {
        Ops o = new Ops();
        int a = op.qubit(0), b = op.qubit(1);
        double t = op.gate().numParams() > 0 ? op.param(0) : 0;
        switch (op.gate()) {
            case CX -> o.cx(a, b);
            case CZ -> o.one(Gate.H, b).cx(a, b).one(Gate.H, b);
            case CY -> o.one(Gate.SDG, b).cx(a, b).one(Gate.S, b);
            case SWAP -> o.cx(a, b).cx(b, a).cx(a, b);
            case CP -> o.rot(Gate.P, t / 2, a).cx(a, b).rot(Gate.P, -t / 2, b).cx(a, b).rot(Gate.P, t / 2, b);
            case CRZ -> o.rot(Gate.RZ, t / 2, b).cx(a, b).rot(Gate.RZ, -t / 2, b).cx(a, b);
            case CRY -> o.rot(Gate.RY, t / 2, b).cx(a, b).rot(Gate.RY, -t / 2, b).cx(a, b);
            case CRX -> o.one(Gate.H, b).rot(Gate.RZ, t / 2, b).cx(a, b).rot(Gate.RZ, -t / 2, b).cx(a, b).one(Gate.H, b);
            case RZZ -> o.cx(a, b).rot(Gate.RZ, t, b).cx(a, b);
            case RXX -> rxx(o, t, a, b);
            case RYY -> o.rot(Gate.RX, HALF_PI, a).rot(Gate.RX, HALF_PI, b).cx(a, b).rot(Gate.RZ, t, b).cx(a, b)
                    .rot(Gate.RX, -HALF_PI, a).rot(Gate.RX, -HALF_PI, b);
            case ECR -> o.one(Gate.X, a).cx(a, b).rot(Gate.RZ, -HALF_PI, a).rot(Gate.RX, -HALF_PI, b);
            case MS -> {
                o.rot(Gate.RZ, -op.param(0), a).rot(Gate.RZ, -op.param(1), b);
                rxx(o, op.param(2), a, b);
                o.rot(Gate.RZ, op.param(0), a).rot(Gate.RZ, op.param(1), b);
            }
            case CCX -> {
                int c = op.qubit(2);
                o.one(Gate.H, c).cx(b, c).one(Gate.TDG, c).cx(a, c).one(Gate.T, c).cx(b, c).one(Gate.TDG, c).cx(a, c)
                        .one(Gate.T, b).one(Gate.T, c).one(Gate.H, c).cx(a, b).one(Gate.T, a).one(Gate.TDG, b).cx(a, b);
            }
            default -> throw new IllegalArgumentException(op.gate() + " is not a multi-qubit gate");
        }
        return o.ops;
    }

    /**
     * RXX(t) with two CX; with one when {@code t = -pi/2} ({@code H_a [cx; rz(-pi/2) a; rx(-pi/2) b] H_a}, from
     * {@code RXX(-pi/2) = H_a RZX(-pi/2) H_a}) or {@code t = pi/2} (the same between {@code Z_a}'s, which flip its sign).
     */
    private static void rxx(Ops o, double t, int a, int b) {
        double w = OneQubitSynthesizer.wrap(t);
        boolean minus = Math.abs(w + HALF_PI) < OneQubitSynthesizer.ANGLE_TOL;
        boolean plus = Math.abs(w - HALF_PI) < OneQubitSynthesizer.ANGLE_TOL;
        if (minus || plus) {
            if (plus) {
                o.one(Gate.Z, a);
            }
            // RZX(-pi/2) = e^{-i pi/4} RX_b(-pi/2) RZ_a(-pi/2) CX
            o.one(Gate.H, a).cx(a, b).rot(Gate.RZ, -HALF_PI, a).rot(Gate.RX, -HALF_PI, b).one(Gate.H, a);
            if (plus) {
                o.one(Gate.Z, a);
            }
            return;
        }
        o.one(Gate.H, a).one(Gate.H, b).cx(a, b).rot(Gate.RZ, t, b).cx(a, b).one(Gate.H, a).one(Gate.H, b);
    }

    /** CX(a, b) with the native {@code gate} (cx, cz, ecr or ms) run as {@code gate(a, b)}. */
    public static List<Operation> cxWith(Gate gate, int a, int b) {
        Ops o = new Ops();
        switch (gate) {
            case CX -> o.cx(a, b);
            case CZ -> o.one(Gate.H, b).add(Gate.CZ, new double[0], a, b).one(Gate.H, b);
            case ECR -> o.one(Gate.X, a).add(Gate.ECR, new double[0], a, b).rot(Gate.RZ, HALF_PI, a).rot(Gate.RX, HALF_PI, b);
            case MS -> o.one(Gate.H, a).add(Gate.MS, new double[] {Math.PI, 0, HALF_PI}, a, b).one(Gate.H, a)
                    .rot(Gate.RZ, HALF_PI, a).rot(Gate.RX, HALF_PI, b);
            default -> throw new IllegalArgumentException(gate + " is not a native two-qubit gate hqml targets");
        }
        return o.ops;
    }

    /** CX(a, b) when only {@code (b, a)} may run: Hadamards on both sides of CX(b, a). */
    public static List<Operation> reversedCx(int a, int b) {
        return new Ops().one(Gate.H, a).one(Gate.H, b).cx(b, a).one(Gate.H, a).one(Gate.H, b).ops;
    }

    /** A small list builder. */
    private static final class Ops {
        final List<Operation> ops = new ArrayList<>();

        Ops one(Gate g, int q) {
            ops.add(Operation.of(g, 0, q));
            return this;
        }

        Ops rot(Gate g, double angle, int q) {
            ops.add(Operation.of(g, angle, q));
            return this;
        }

        Ops cx(int a, int b) {
            ops.add(Operation.of(Gate.CX, 0, a, b));
            return this;
        }

        Ops add(Gate g, double[] params, int... q) {
            ops.add(new Operation(g, q, params));
            return this;
        }
    }
}
