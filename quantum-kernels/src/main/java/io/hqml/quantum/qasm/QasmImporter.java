package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.qasm.QasmParser.ParsedOp;

/**
 * Reads OpenQASM 3 back into circuits: everything {@link QasmExporter} writes, in both dialects, plus the
 * hand-written subset of PROVIDERS.md section 5.
 *
 * <p>Accepted: {@code OPENQASM 3;}/{@code 3.0}, {@code include "stdgates.inc";}, {@code //} and
 * {@code /* *}{@code /} comments, one qubit register ({@code qubit[n] q;}, {@code qubit q;},
 * {@code qreg q[n];}) or physical qubits {@code $k} (qubit count = highest index + 1), bit registers,
 * measurements ({@code c[i] = measure q[i];}, {@code c = measure q;}, {@code measure q[i] -> c[i];},
 * {@code measure q[i];}) and {@code barrier}, which are ignored, the {@code gate} definitions the exporter
 * writes for {@code sxdg, rxx, ryy, rzz, ecr, gpi, gpi2, ms} (recognised by name, body skipped), and every
 * gate of the dialect.
 * A whole-register operand broadcasts ({@code h q;}). Gate arguments are expressions over numbers,
 * {@code pi}, {@code + - * /}, unary minus and parentheses; templates may also read the input arrays
 * {@code input array[float[64], n] x;} and {@code theta}.
 *
 * <p>Dialect: {@code include "stdgates.inc"} selects {@link QasmDialect#STDGATES} (which also accepts the
 * builtins {@code U}, {@code CX} and the aliases {@code u3, u1, phase, cphase}; u3/u1 equal U/P up to a
 * global phase); without it names are Braket built-ins. Round trips are exact ({@code equals}, bit-exact
 * angles) except for CRX/CRY/CRZ through Braket: the exporter decomposes them and they are not re-fused, so
 * they come back as their component gates, exact as a unitary (no global phase) but not as a gate list.
 *
 * <p>Anything else (unknown gates, wrong qubit or parameter counts, undeclared registers, indices out of
 * range, {@code for}/{@code if}/{@code reset}/..., other gate definitions, {@code ctrl@} and other modifiers)
 * raises a {@link QasmException} naming the line, the problem and a fix.
 */
public final class QasmImporter {
    private static final double[] NONE = new double[0];

    private QasmImporter() {
    }

    /** A bound circuit, dialect detected from the include line. */
    public static Circuit importCircuit(String qasm) {
        return importCircuit(qasm, null);
    }

    /** A bound circuit in the given dialect (null: detect); programs that declare inputs are rejected. */
    public static Circuit importCircuit(String qasm, QasmDialect dialect) {
        QasmParser parser = new QasmParser(qasm, dialect, false);
        Circuit.Builder b = Circuit.builder(parser.parse());
        for (ParsedOp op : parser.ops()) {
            double[] values = new double[op.params().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = op.params()[i].evaluate(NONE, NONE);
            }
            try {
                b.add(new Operation(op.gate(), op.qubits(), values));
            } catch (IllegalArgumentException e) {
                throw new QasmException(op.line(), e.getMessage(), "fix the gate's arguments");
            }
        }
        return b.build();
    }

    /** A template over the input arrays {@code x} and {@code theta}, dialect detected from the include line. */
    public static CircuitTemplate importTemplate(String qasm) {
        return importTemplate(qasm, null);
    }

    /** A template in the given dialect (null: detect). A program without inputs gives a constant template. */
    public static CircuitTemplate importTemplate(String qasm, QasmDialect dialect) {
        QasmParser parser = new QasmParser(qasm, dialect, true);
        CircuitTemplate.Builder b = CircuitTemplate.builder(parser.parse());
        for (ParsedOp op : parser.ops()) {
            for (ParamExpr p : op.params()) {
                if (p instanceof ParamExpr.Const c && !Double.isFinite(c.value())) {
                    throw new QasmException(op.line(), op.gate().qasmName() + " argument is " + c.value(),
                            "gate arguments must be finite");
                }
            }
            b.add(op.gate(), op.params(), op.qubits());
        }
        return b.build();
    }
}
