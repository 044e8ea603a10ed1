package io.hqml.quantum.qasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import org.junit.jupiter.api.Test;

/** Hand-written IBM and Braket programs (PROVIDERS.md sections 1, 2, 5) and the importer's features. */
class QasmImporterTest {
    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();

    /** |<Bell|psi>|^2 for (|00> + |11>)/sqrt 2: 1 means the Bell state up to a global phase. */
    private double bellFidelity(Circuit c) {
        double[] s = engine.run(c);
        double re = (s[0] + s[6]) / Math.sqrt(2), im = (s[1] + s[7]) / Math.sqrt(2);
        return re * re + im * im;
    }

    @Test
    void ibmIsaBellPairOnPhysicalQubits() {
        String qasm = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nbit[2] c;\nrz(1.5707963267948966) $0;\nsx $0;\n"
                + "rz(1.5707963267948966) $0;\nrz(1.5707963267948966) $1;\nsx $1;\nrz(1.5707963267948966) $1;\n"
                + "cz $0, $1;\nrz(1.5707963267948966) $1;\nsx $1;\nrz(1.5707963267948966) $1;\n"
                + "c[0] = measure $0;\nc[1] = measure $1;\n";
        Circuit c = QasmImporter.importCircuit(qasm);
        assertEquals(2, c.numQubits());
        assertEquals(10, c.operations().size());
        assertEquals(Gate.CZ, c.operations().get(6).gate());
        assertEquals(1.0, bellFidelity(c), 1e-12);
    }

    @Test
    void braketBellPair() {
        String qasm = "OPENQASM 3.0;\nbit[2] b;\nqubit[2] q;\nh q[0];\ncnot q[0], q[1];\nb[0] = measure q[0];\nb[1] = measure q[1];";
        Circuit c = QasmImporter.importCircuit(qasm);
        assertEquals(Circuit.builder(2).add(Gate.H, 0).add(Gate.CX, 0, 1).build(), c);
        double[] s = engine.run(c);
        assertArrayEquals(new double[] {Math.sqrt(0.5), 0, 0, 0, 0, 0, Math.sqrt(0.5), 0}, s, 1e-15);
    }

    @Test
    void physicalQubitCountIsHighestIndexPlusOne() {
        Circuit c = QasmImporter.importCircuit("OPENQASM 3;\nx $3;\nmeasure $4;\n");
        assertEquals(5, c.numQubits());
        assertEquals(Circuit.builder(5).add(Gate.X, 3).build(), c);
    }

    @Test
    void commentsBarriersMeasurementsBroadcastAndExpressions() {
        String qasm = """
                // header comment
                OPENQASM 3; /* a block
                   comment over lines */ include "stdgates.inc";
                qubit[3] q;
                bit[3] c;
                bit one;
                h q;                       // broadcasts to q[0], q[1], q[2]
                barrier q;
                barrier q[0], q[2];
                barrier;
                rx(-pi/2 + 2*(0.25)) q[1];
                U(pi/2, -(1.5), 3e-2) q[2];
                u3(1, 2, 3) q[0];
                cphase(tau/4) q[0], q[2];
                CX q[2], q[0];
                measure q[0] -> c[0];
                one = measure q[1];
                c = measure q;
                measure q;
                """;
        Circuit c = QasmImporter.importCircuit(qasm);
        Circuit expected = Circuit.builder(3).add(Gate.H, 0).add(Gate.H, 1).add(Gate.H, 2)
                .add(Gate.RX, -Math.PI / 2 + 0.5, 1).u(Math.PI / 2, -1.5, 0.03, 2).u(1, 2, 3, 0)
                .add(Gate.CP, 2 * Math.PI / 4, 0, 2).add(Gate.CX, 2, 0).build();
        assertEquals(expected, c);
    }

    @Test
    void legacyDeclarationsAndSingleQubitRegister() {
        assertEquals(Circuit.builder(2).add(Gate.X, 1).build(),
                QasmImporter.importCircuit("OPENQASM 3.0;\nqreg q[2];\ncreg c[2];\nx q[1];\nmeasure q[1] -> c[1];"));
        assertEquals(Circuit.builder(1).add(Gate.SX, 0).add(Gate.SXDG, 0).build(),
                QasmImporter.importCircuit("qubit q;\nv q;\nvi q[0];"));
    }

    @Test
    void explicitDialectOverridesDetection() {
        String noInclude = "qubit[2] q;\ncx q[0], q[1];\nsdg q[1];";
        assertEquals(Circuit.builder(2).add(Gate.CX, 0, 1).add(Gate.SDG, 1).build(),
                QasmImporter.importCircuit(noInclude, QasmDialect.STDGATES));
        assertThrows(QasmException.class, () -> QasmImporter.importCircuit(noInclude));
    }

    @Test
    void templateExpressionsFoldConstantsAndDivideByReciprocals() {
        String qasm = "OPENQASM 3.0;\ninput array[float[64], 2] x;\ninput array[float[64], 1] theta;\nqubit[1] q;\n"
                + "rz(x[1]/4 - -theta[0]*(2 - 1/2)) q[0];\nrx(pi/2) q[0];\n";
        CircuitTemplate t = QasmImporter.importTemplate(qasm);
        assertEquals(2, t.numFeatures());
        assertEquals(1, t.numThetas());
        assertEquals(ParamExpr.constant(Math.PI / 2), t.ops().get(1).params()[0]);
        Circuit bound = t.bind(new double[] {9, 2.0}, new double[] {0.5});
        assertEquals(2.0 * 0.25 + 0.5 * 1.5, bound.operations().get(0).angle(), 1e-15);
        assertEquals(Math.PI / 2, bound.operations().get(1).angle());
        // Without inputs importTemplate gives a constant template.
        assertEquals(0, QasmImporter.importTemplate("qubit[1] q;\nh q[0];").numFeatures());
    }

    @Test
    void exporterGateDefinitionsAreSkippedByName() {
        Circuit c = Circuit.builder(2).add(Gate.SXDG, 1).add(Gate.RXX, 0.3, 0, 1).add(Gate.RYY, -0.2, 1, 0)
                .add(Gate.RZZ, 1.25, 0, 1).build();
        String qasm = QasmExporter.export(c, QasmDialect.STDGATES);
        assertTrue(qasm.contains("gate rzz(_t) _q0, _q1 {"), qasm);
        assertEquals(c, QasmImporter.importCircuit(qasm));
        String multiLine = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ngate rzz(theta) a, b {\n  cx a, b;\n  rz(theta) b;\n"
                + "  cx a, b;\n}\nqubit[2] q;\nrzz(0.5) q[1], q[0];\n";
        assertEquals(Circuit.builder(2).add(Gate.RZZ, 0.5, 1, 0).build(), QasmImporter.importCircuit(multiLine));
    }

    /** Asserts the program fails with a one-line message naming {@code line} and containing {@code text}. */
    private static void fails(int line, String text, String qasm) {
        QasmException e = assertThrows(QasmException.class, () -> QasmImporter.importTemplate(qasm), qasm);
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().indexOf("; ", ("line " + line + ": ").length()) > 0, "needs a hint: " + e.getMessage());
        assertEquals(line, e.line());
        assertTrue(e instanceof IllegalArgumentException);
    }

    private static final String HEAD = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\n";

    @Test
    void errorsNameTheLineTheProblemAndAFix() {
        fails(4, "unknown gate 'foo'", HEAD + "foo q[0];");
        fails(4, "write cx", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\ncnot q[0], q[1];");
        fails(3, "write cnot", "OPENQASM 3.0;\nqubit[2] q;\ncx q[0], q[1];");
        fails(4, "unknown gate 'cswap'", HEAD + "cswap q[0], q[1], q[1];");
        fails(3, "unknown gate 'crx'", "OPENQASM 3.0;\nqubit[2] q;\ncrx(0.1) q[0], q[1];");
        fails(4, "cx acts on 2 qubit(s), got 1", HEAD + "cx q[0];");
        fails(4, "h acts on 1 qubit(s), got 2", HEAD + "h q[0], q[1];");
        fails(4, "rx takes 1 parameter(s), got 0", HEAD + "rx q[0];");
        fails(4, "h takes 0 parameter(s), got 1", HEAD + "h(0.1) q[0];");
        fails(4, "u takes 3 parameter(s), got 2", HEAD + "u(1, 2) q[0];");
        fails(4, "undeclared qubit register 'r'", HEAD + "h r[0];");
        fails(3, "undeclared qubit register 'q'", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nh q[0];");
        fails(5, "'c' is a bit register", HEAD + "bit[2] c;\nh c[0];");
        fails(4, "q[2] out of range 0..1", HEAD + "h q[2];");
        fails(5, "c[2] out of range 0..1", HEAD + "bit[2] c;\nc[2] = measure q[0];");
        fails(5, "undeclared bit register 'd'", HEAD + "bit[2] c;\nmeasure q[0] -> d[0];");
        fails(4, "unsupported statement 'for'", HEAD + "for uint i in [0:1] { h q[0]; }");
        fails(5, "unsupported statement 'if'", HEAD + "bit[1] c;\nif (c[0]) x q[1];");
        fails(4, "unsupported statement 'reset'", HEAD + "reset q[0];");
        fails(4, "unsupported statement 'delay'", HEAD + "delay[100ns] q[0];");
        fails(4, "unsupported statement '#pragma'", HEAD + "#pragma braket verbatim\nbox { cz q[0], q[1]; }");
        fails(3, "custom gate definition 'bell'", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ngate bell a, b { h a; cx a, b; }");
        fails(3, "gate rzz defined with 0 parameter(s)", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ngate rzz a, b { cx a, b; }");
        fails(4, "gate modifiers", HEAD + "ctrl @ x q[0], q[1];");
        fails(4, "gate modifiers", HEAD + "inv @ s q[0];");
        fails(4, "unknown identifier 'y'", HEAD + "rx(y) q[0];");
        fails(4, "functions are not supported", HEAD + "rx(sin(0.1)) q[0];");
        fails(4, "unsupported operator '**'", HEAD + "rx(2**2) q[0];");
        fails(5, "division by an expression over x or theta", HEAD + "input array[float[64], 1] x;\nrx(1/x[0]) q[0];");
        fails(4, "division by zero", HEAD + "rx(1/0) q[0];");
        fails(5, "x[1] out of range 0..0", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninput array[float[64], 1] x;\nqubit[1] q;\nrx(x[1]) q[0];");
        fails(2, "input array 'alpha' is not x or theta", "OPENQASM 3.0;\ninput array[float[64], 1] alpha;");
        fails(2, "only input arrays", "OPENQASM 3.0;\ninput float[64] alpha;");
        fails(4, "expected ';'", HEAD + "h q[0]\nh q[1];".replace("\nh", " h"));
        fails(4, "uses qubit 0 twice", HEAD + "cx q[0], q[0];");
        fails(4, "physical qubit $0 used with register 'q'", HEAD + "h $0;");
        fails(2, "qubit register declared after physical qubits", "h $0;\nqubit[1] q;");
        fails(4, "a second qubit register 'r'", HEAD + "qubit[1] r;");
        fails(2, "'q' is declared twice", "bit[1] q;\nqubit[1] q;");
        fails(1, "qubit register of size 31", "qubit[31] q;");
        fails(1, "beyond the 30-qubit simulation limit", "x $156;");
        fails(2, "the program uses no qubits", "OPENQASM 3.0;\nbit[2] c;");
        fails(1, "OpenQASM version 2.0 is not supported", "OPENQASM 2.0;\nqubit[1] q;");
        fails(2, "OPENQASM must be the first statement", "qubit[1] q;\nOPENQASM 3.0;");
        fails(2, "cannot include \"qelib1.inc\"", "OPENQASM 3.0;\ninclude \"qelib1.inc\";");
        fails(4, "include \"stdgates.inc\" after the first gate", "OPENQASM 3.0;\nqubit[1] q;\nh q[0];\ninclude \"stdgates.inc\";");
        fails(2, "unterminated /* comment", "OPENQASM 3.0;\n/* open\nqubit[1] q;");
        fails(6, "unknown gate 'bad'", "OPENQASM 3.0;\n/* line 2\nline 3\nline 4 */ qubit[1] q;\n// line 5\nbad q[0];");
        fails(3, "measurement mixes a register", "qubit[2] q;\nbit[2] c;\nc = measure q[0];");
        fails(2, "unexpected character", "qubit[1] q;\nh q[0]; ?");
        fails(4, "rx argument is Infinity", HEAD + "rx(1e999) q[0];");
        QasmException e = assertThrows(QasmException.class, () -> QasmImporter.importCircuit(
                "OPENQASM 3.0;\ninput array[float[64], 1] x;\nqubit[1] q;\nrx(x[0]) q[0];"));
        assertTrue(e.getMessage().startsWith("line 2: ") && e.getMessage().contains("importTemplate"), e.getMessage());
        e = assertThrows(QasmException.class, () -> QasmImporter.importCircuit(HEAD + "rx(1e999) q[0];"));
        assertTrue(e.getMessage().startsWith("line 4: "), e.getMessage());
    }
}
