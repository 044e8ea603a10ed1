package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.circuit.ParamExpr;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes circuits as OpenQASM 3 in a {@link QasmDialect}. Bound angles are printed with 17 significant
 * digits, which round-trips every double exactly. Templates declare their symbols as
 * {@code input array[float[64], n] x;} (and {@code theta}) and print expressions symbolically.
 */
public final class QasmExporter {
    private QasmExporter() {
    }

    /** Gates stdgates.inc lacks, with Qiskit's definitions (exact up to global phase). */
    private static final String SXDG_DEF = "gate sxdg _q0 { s _q0; h _q0; s _q0; }\n";
    private static final String RXX_DEF = "gate rxx(_t) _q0, _q1 { h _q0; h _q1; cx _q0, _q1; rz(_t) _q1; cx _q0, _q1; h _q0; h _q1; }\n";
    private static final String RYY_DEF = "gate ryy(_t) _q0, _q1 { rx(pi/2) _q0; rx(pi/2) _q1; cx _q0, _q1; rz(_t) _q1; cx _q0, _q1; rx(-pi/2) _q0; rx(-pi/2) _q1; }\n";
    private static final String RZZ_DEF = "gate rzz(_t) _q0, _q1 { cx _q0, _q1; rz(_t) _q1; cx _q0, _q1; }\n";
    /**
     * Device-native gates (Gate's Javadoc), exact with no global phase: ECR = X_0 RZX(pi/2) with
     * RZX(t) = H_1 RZZ(t) H_1; GPI(p) = RZ(p) X RZ(-p); GPI2(p) = RZ(p) RX(pi/2) RZ(-p);
     * MS(a, b, t) = (RZ(a) (x) RZ(b)) RXX(t) (RZ(-a) (x) RZ(-b)) with RXX(t) = (H (x) H) RZZ(t) (H (x) H).
     */
    static final String ECR_DEF = "gate ecr _q0, _q1 { h _q1; cx _q0, _q1; rz(pi/2) _q1; cx _q0, _q1; h _q1; x _q0; }\n";
    static final String GPI_DEF = "gate gpi(_p) _q0 { rz(-_p) _q0; x _q0; rz(_p) _q0; }\n";
    static final String GPI2_DEF = "gate gpi2(_p) _q0 { rz(-_p) _q0; rx(pi/2) _q0; rz(_p) _q0; }\n";
    static final String MS_DEF = "gate ms(_a, _b, _t) _q0, _q1 { rz(-_a) _q0; rz(-_b) _q1; h _q0; h _q1; cx _q0, _q1; "
            + "rz(_t) _q1; cx _q0, _q1; h _q0; h _q1; rz(_a) _q0; rz(_b) _q1; }\n";

    public static String export(Circuit c, QasmDialect dialect) {
        List<Line> lines = new ArrayList<>();
        for (Operation op : c.operations()) {
            String[] params = new String[op.gate().numParams()];
            for (int i = 0; i < params.length; i++) {
                params[i] = literal(op.param(i));
            }
            lines.add(new Line(op.gate(), params, op.qubits()));
        }
        return render(c.numQubits(), lines, 0, 0, dialect, null);
    }

    /**
     * A physical circuit (e.g. a transpiled one) on hardware qubits {@code $k}, as IBM requires for ISA
     * circuits, with {@code bit[m] c;} and {@code c[i] = measure $measured[i];} for each entry of
     * {@code measured} (none when it is empty). The register may be wider than {@link Circuit#MAX_QUBITS}.
     */
    public static String exportPhysical(List<Operation> ops, int[] measured, QasmDialect dialect) {
        List<Line> lines = new ArrayList<>();
        for (Operation op : ops) {
            String[] params = new String[op.gate().numParams()];
            for (int i = 0; i < params.length; i++) {
                params[i] = literal(op.param(i));
            }
            lines.add(new Line(op.gate(), params, op.qubits()));
        }
        return render(0, lines, 0, 0, dialect, measured.clone());
    }

    public static String export(CircuitTemplate t, QasmDialect dialect) {
        List<Line> lines = new ArrayList<>();
        for (CircuitTemplate.Op op : t.ops()) {
            String[] params = new String[op.params().length];
            for (int i = 0; i < params.length; i++) {
                params[i] = op.params()[i].toQasm();
            }
            lines.add(new Line(op.gate(), params, op.qubits()));
        }
        return render(t.numQubits(), lines, t.numFeatures(), t.numThetas(), dialect, null);
    }

    /** A double with enough digits to parse back to the same double. */
    static String literal(double v) {
        return new ParamExpr.Const(v).toQasm();
    }

    private record Line(Gate gate, String[] params, int[] qubits) {
    }

    /** {@code measured == null}: a virtual register {@code qubit[n] q;}; else physical qubits and these measurements. */
    private static String render(int n, List<Line> lines, int features, int thetas, QasmDialect dialect, int[] measured) {
        boolean physical = measured != null;
        StringBuilder sb = new StringBuilder("OPENQASM 3.0;\n");
        if (dialect == QasmDialect.STDGATES) {
            sb.append("include \"stdgates.inc\";\n");
            Set<Gate> used = EnumSet.noneOf(Gate.class);
            lines.forEach(l -> used.add(l.gate()));
            if (used.contains(Gate.SXDG)) {
                sb.append(SXDG_DEF);
            }
            if (used.contains(Gate.RXX)) {
                sb.append(RXX_DEF);
            }
            if (used.contains(Gate.RYY)) {
                sb.append(RYY_DEF);
            }
            if (used.contains(Gate.RZZ)) {
                sb.append(RZZ_DEF);
            }
            if (used.contains(Gate.ECR)) {
                sb.append(ECR_DEF);
            }
            if (used.contains(Gate.GPI)) {
                sb.append(GPI_DEF);
            }
            if (used.contains(Gate.GPI2)) {
                sb.append(GPI2_DEF);
            }
            if (used.contains(Gate.MS)) {
                sb.append(MS_DEF);
            }
        }
        if (features > 0) {
            sb.append("input array[float[64], ").append(features).append("] x;\n");
        }
        if (thetas > 0) {
            sb.append("input array[float[64], ").append(thetas).append("] theta;\n");
        }
        if (physical) {
            if (measured.length > 0) {
                sb.append("bit[").append(measured.length).append("] c;\n");
            }
        } else {
            sb.append("qubit[").append(n).append("] q;\n");
        }
        for (Line l : lines) {
            if (dialect.name(l.gate()) == null) {
                decomposeControlledRotation(sb, l, dialect, physical);
            } else {
                gate(sb, dialect.name(l.gate()), l.params(), l.qubits(), physical);
            }
        }
        if (physical) {
            for (int i = 0; i < measured.length; i++) {
                sb.append("c[").append(i).append("] = measure $").append(measured[i]).append(";\n");
            }
        }
        return sb.toString();
    }

    /**
     * CRZ(t) = RZ(t/2)_t CX RZ(-t/2)_t CX; CRY likewise with RY; CRX = H_t CRZ(t) H_t. Exact, no global phase.
     */
    private static void decomposeControlledRotation(StringBuilder sb, Line l, QasmDialect d, boolean physical) {
        int c = l.qubits()[0], t = l.qubits()[1];
        String half = "(" + l.params()[0] + ")/2";
        String rot = l.gate() == Gate.CRY ? "ry" : "rz";
        if (l.gate() == Gate.CRX) {
            gate(sb, "h", new String[0], new int[] {t}, physical);
        }
        gate(sb, rot, new String[] {half}, new int[] {t}, physical);
        gate(sb, d.name(Gate.CX), new String[0], new int[] {c, t}, physical);
        gate(sb, rot, new String[] {"-" + half}, new int[] {t}, physical);
        gate(sb, d.name(Gate.CX), new String[0], new int[] {c, t}, physical);
        if (l.gate() == Gate.CRX) {
            gate(sb, "h", new String[0], new int[] {t}, physical);
        }
    }

    private static void gate(StringBuilder sb, String name, String[] params, int[] qubits, boolean physical) {
        sb.append(name);
        if (params.length > 0) {
            sb.append('(').append(String.join(", ", params)).append(')');
        }
        for (int i = 0; i < qubits.length; i++) {
            sb.append(i == 0 ? " " : ", ");
            if (physical) {
                sb.append('$').append(qubits[i]);
            } else {
                sb.append("q[").append(qubits[i]).append(']');
            }
        }
        sb.append(";\n");
    }
}
