package io.hqml.quantum.qasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The {@code gate} definitions the stdgates exporter writes for ecr, gpi, gpi2 and ms: the importer skips
 * their bodies, so here each body is imported as a circuit (parameters substituted) and its action on every
 * basis state compared with the gate's matrix, exactly (no global phase), to 1e-12.
 */
class NativeGateDefinitionsTest {
    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();

    @Test
    void definitionsEqualTheGates() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 8; trial++) {
            double a = rnd.nextDouble(-4, 4), b = rnd.nextDouble(-4, 4), t = rnd.nextDouble(-4, 4);
            check(QasmExporter.ECR_DEF, new Operation(Gate.ECR, new int[] {0, 1}, new double[0]), new String[0], new double[0]);
            check(QasmExporter.GPI_DEF, Operation.of(Gate.GPI, a, 0), new String[] {"_p"}, new double[] {a});
            check(QasmExporter.GPI2_DEF, Operation.of(Gate.GPI2, a, 0), new String[] {"_p"}, new double[] {a});
            check(QasmExporter.MS_DEF, new Operation(Gate.MS, new int[] {0, 1}, new double[] {a, b, t}),
                    new String[] {"_a", "_b", "_t"}, new double[] {a, b, t});
        }
    }

    private void check(String definition, Operation op, String[] names, double[] values) {
        String body = definition.substring(definition.indexOf('{') + 1, definition.lastIndexOf('}'));
        for (int i = 0; i < names.length; i++) {
            body = body.replace(names[i], "(" + QasmExporter.literal(values[i]) + ")");
        }
        body = body.replace("_q0", "q[0]").replace("_q1", "q[1]");
        int n = op.gate().arity();
        Circuit fromBody = QasmImporter.importCircuit("OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[" + n + "] q;\n" + body);
        Circuit gate = Circuit.builder(n).add(op).build();
        for (int basis = 0; basis < 1 << n; basis++) {
            double[] s1 = new double[2 << n];
            s1[2 * basis] = 1;
            double[] s2 = s1.clone();
            engine.apply(fromBody, s1);
            engine.apply(gate, s2);
            assertArrayEquals(s2, s1, 1e-12, definition + " on |" + basis + ">");
        }
    }
}
