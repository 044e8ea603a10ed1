package io.hqml.quantum.transpile.synthesis;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes any one-qubit unitary in a {@link OneQubitBasis}: ZYZ Euler angles of the matrix, then the
 * basis's form of {@code RZ(phi) RY(theta) RZ(lambda)} (see there). Exact up to a global phase; angles are
 * wrapped to (-pi, pi] (a 2 pi shift of a one-qubit rotation is a global phase).
 *
 * <p>Tolerance: an angle within {@link #ANGLE_TOL} of a special value (0, pi/2, pi) is treated as that value
 * and a rotation within it of zero is left out. Each such rounding moves the unitary by at most
 * {@code ANGLE_TOL / 2} in operator norm, far below the 1e-9 the transpiler's tests allow per circuit.
 */
public final class OneQubitSynthesizer {
    /** Radians below which an angle counts as its special value (see the class comment). */
    public static final double ANGLE_TOL = 1e-12;

    private OneQubitSynthesizer() {
    }

    /** ZYZ angles {theta, phi, lambda} with {@code u = e^{i alpha} RZ(phi) RY(theta) RZ(lambda)}, theta in [0, pi]. */
    public static double[] zyz(Mat2 u) {
        // Scale to determinant 1: RZ(phi) RY(theta) RZ(lambda) =
        //   [[e^{-i(phi+lam)/2} cos, -e^{-i(phi-lam)/2} sin], [e^{i(phi-lam)/2} sin, e^{i(phi+lam)/2} cos]],
        // so phi+lam = 2 arg(v11) and phi-lam = 2 arg(v10) from the same matrix (taking them from different,
        // unnormalised entries would leave phi and lambda each ambiguous by pi, which is not a global phase).
        double detRe = u.re(0, 0) * u.re(1, 1) - u.im(0, 0) * u.im(1, 1) - (u.re(0, 1) * u.re(1, 0) - u.im(0, 1) * u.im(1, 0));
        double detIm = u.re(0, 0) * u.im(1, 1) + u.im(0, 0) * u.re(1, 1) - (u.re(0, 1) * u.im(1, 0) + u.im(0, 1) * u.re(1, 0));
        double half = -Math.atan2(detIm, detRe) / 2;
        double cr = Math.cos(half), ci = Math.sin(half);
        double v10r = u.re(1, 0) * cr - u.im(1, 0) * ci, v10i = u.re(1, 0) * ci + u.im(1, 0) * cr;
        double v11r = u.re(1, 1) * cr - u.im(1, 1) * ci, v11i = u.re(1, 1) * ci + u.im(1, 1) * cr;
        double cos = Math.hypot(v11r, v11i), sin = Math.hypot(v10r, v10i);
        double theta = 2 * Math.atan2(sin, cos);
        double plus = cos > 1e-15 ? 2 * Math.atan2(v11i, v11r) : 0;
        double minus = sin > 1e-15 ? 2 * Math.atan2(v10i, v10r) : 0;
        return new double[] {theta, (plus + minus) / 2, (plus - minus) / 2};
    }

    /** The run of basis gates on {@code qubit} equal to {@code u} up to a global phase (empty for the identity). */
    public static List<Operation> synthesize(Mat2 u, int qubit, OneQubitBasis basis, boolean hasX) {
        double[] a = zyz(u);
        double theta = a[0], phi = a[1], lambda = a[2];
        List<Operation> out = new ArrayList<>();
        boolean zero = Math.abs(theta) < ANGLE_TOL;
        switch (basis) {
            case ZSX -> {
                if (zero) {
                    rz(out, phi + lambda, qubit);
                } else if (Math.abs(theta - Math.PI / 2) < ANGLE_TOL) {
                    rz(out, lambda - Math.PI / 2, qubit);
                    out.add(Operation.of(Gate.SX, 0, qubit));
                    rz(out, phi + Math.PI / 2, qubit);
                } else if (hasX && Math.abs(theta - Math.PI) < ANGLE_TOL) {
                    out.add(Operation.of(Gate.X, 0, qubit));
                    rz(out, phi - lambda + Math.PI, qubit);
                } else {
                    rz(out, lambda, qubit);
                    out.add(Operation.of(Gate.SX, 0, qubit));
                    rz(out, theta + Math.PI, qubit);
                    out.add(Operation.of(Gate.SX, 0, qubit));
                    rz(out, phi + Math.PI, qubit);
                }
            }
            case ZYZ, ZXZ -> {
                if (zero) {
                    rz(out, phi + lambda, qubit);
                } else {
                    double shift = basis == OneQubitBasis.ZXZ ? Math.PI / 2 : 0;
                    rz(out, lambda - shift, qubit);
                    out.add(Operation.of(basis == OneQubitBasis.ZXZ ? Gate.RX : Gate.RY, wrap(theta), qubit));
                    rz(out, phi + shift, qubit);
                }
            }
            case U -> {
                if (!zero || !isZero(phi + lambda)) {
                    out.add(new Operation(Gate.U, new int[] {qubit}, new double[] {theta, wrap(phi), wrap(lambda)}));
                }
            }
            case GPI -> gpi(out, theta, phi, lambda, qubit);
            default -> throw new IllegalStateException(basis.toString());
        }
        return out;
    }

    /**
     * GPI(x) = RZ(2x) X and GPI2(x) = RZ(x) RX(pi/2) RZ(-x) exactly, so GPI2(p1) GPI(p2) GPI2(p3) =
     * RZ(p1) RY(p1 + p3 - 2 p2) RZ(-p3) up to phase; a Z rotation is GPI(g/2) GPI(0) = RZ(g).
     */
    private static void gpi(List<Operation> out, double theta, double phi, double lambda, int q) {
        if (Math.abs(theta) < ANGLE_TOL) {
            double g = wrap(phi + lambda);
            if (!isZero(g)) {
                out.add(Operation.of(Gate.GPI, 0, q));
                out.add(Operation.of(Gate.GPI, wrap(g / 2), q));
            }
        } else if (Math.abs(theta - Math.PI) < ANGLE_TOL) {
            out.add(Operation.of(Gate.GPI, wrap((phi - lambda + Math.PI) / 2), q));
        } else if (Math.abs(theta - Math.PI / 2) < ANGLE_TOL && isZero(phi + lambda)) {
            out.add(Operation.of(Gate.GPI2, wrap(phi + Math.PI / 2), q));
        } else {
            out.add(Operation.of(Gate.GPI2, wrap(-lambda), q));
            out.add(Operation.of(Gate.GPI, wrap((phi - lambda - theta) / 2), q));
            out.add(Operation.of(Gate.GPI2, wrap(phi), q));
        }
    }

    private static void rz(List<Operation> out, double angle, int q) {
        if (!isZero(angle)) {
            out.add(Operation.of(Gate.RZ, wrap(angle), q));
        }
    }

    /** True when {@code angle} is a multiple of 2 pi to {@link #ANGLE_TOL}. */
    public static boolean isZero(double angle) {
        return Math.abs(wrap(angle)) < ANGLE_TOL;
    }

    /** {@code angle} moved by a multiple of 2 pi into (-pi, pi]. */
    public static double wrap(double angle) {
        double w = Math.IEEEremainder(angle, 2 * Math.PI);
        return w == -Math.PI ? Math.PI : w;
    }
}
