package io.hqml.quantum.transpile.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each optimisation pass on small hand-built circuits (before -> after written out in each test). */
class OptimizationPassesTest {
    private static final Target IBM = Target.builder("ibm", 3).basisGates("rz", "sx", "x", "cz", "ecr", "id").build();
    private static final Target IONQ = Target.builder("ionq", 3).basisGates("gpi", "gpi2", "ms").build();

    private static List<Operation> run(TranspilerPass pass, Target t, Operation... ops) {
        return pass.run(new GateSequence(3, List.of(ops)), new PassContext(t, 0, 3)).ops();
    }

    private static Operation op(Gate g, double angle, int... q) {
        return Operation.of(g, angle, q);
    }

    @Test
    void cancelsAdjacentInversePairsAndChains() {
        // x x x x -> (nothing); cz(0,1) cz(1,0) -> (nothing); ecr ecr -> (nothing); sx on q0 between them blocks
        assertEquals(List.of(), run(new CancelInversePairs(), IBM, op(Gate.X, 0, 0), op(Gate.X, 0, 0), op(Gate.X, 0, 0), op(Gate.X, 0, 0)));
        assertEquals(List.of(), run(new CancelInversePairs(), IBM, op(Gate.CZ, 0, 0, 1), op(Gate.CZ, 0, 1, 0)));
        assertEquals(List.of(), run(new CancelInversePairs(), IBM, op(Gate.ECR, 0, 0, 1), op(Gate.ECR, 0, 0, 1)));
        assertEquals(2, run(new CancelInversePairs(), IBM, op(Gate.ECR, 0, 0, 1), op(Gate.ECR, 0, 1, 0)).size(), "ecr is directed");
        assertEquals(3, run(new CancelInversePairs(), IBM, op(Gate.CZ, 0, 0, 1), op(Gate.SX, 0, 0), op(Gate.CZ, 0, 0, 1)).size());
        // a gate on another qubit in between does not block: cz(0,1) x(2) cz(0,1) -> x(2)
        assertEquals(List.of(op(Gate.X, 0, 2)), run(new CancelInversePairs(), IBM, op(Gate.CZ, 0, 0, 1), op(Gate.X, 0, 2), op(Gate.CZ, 0, 0, 1)));
        // gpi is self-inverse; gpi2(p) gpi2(p + pi) is the identity; ms and its inverse
        assertEquals(List.of(), run(new CancelInversePairs(), IONQ, op(Gate.GPI, 0.3, 1), op(Gate.GPI, 0.3, 1)));
        assertEquals(List.of(), run(new CancelInversePairs(), IONQ, op(Gate.GPI2, 0.3, 1), op(Gate.GPI2, 0.3 + Math.PI, 1)));
        Operation ms = new Operation(Gate.MS, new int[] {0, 2}, new double[] {0.2, 0.5, Math.PI / 2});
        assertEquals(List.of(), run(new CancelInversePairs(), IONQ, ms, ms.inverse()));
        assertEquals(2, run(new CancelInversePairs(), IONQ, ms, ms).size());
    }

    @Test
    void mergesRotationsOnTheSameAxis() {
        // rz(0.5) rz(0.25) q0; rz(1) q1; sx q0; rz(3) q0 rz(3.5) q0 -> rz(0.75) q0; rz(1) q1; sx q0; rz(6.5 - 2pi) q0
        List<Operation> out = run(new MergeRotations(), IBM, op(Gate.RZ, 0.5, 0), op(Gate.RZ, 0.25, 0), op(Gate.RZ, 1, 1),
                op(Gate.SX, 0, 0), op(Gate.RZ, 3, 0), op(Gate.RZ, 3.5, 0));
        assertEquals(List.of(op(Gate.RZ, 0.75, 0), op(Gate.RZ, 1, 1), op(Gate.SX, 0, 0), op(Gate.RZ, 6.5 - 2 * Math.PI, 0)), out);
        // rz(a) rz(-a) -> nothing; rzz on (0,1) then (1,0) merges (symmetric); rx then ry does not
        assertEquals(List.of(), run(new MergeRotations(), IBM, op(Gate.RZ, 0.4, 2), op(Gate.RZ, -0.4, 2)));
        assertEquals(List.of(op(Gate.RZZ, 0.9, 0, 1)), run(new MergeRotations(), IBM, op(Gate.RZZ, 0.4, 0, 1), op(Gate.RZZ, 0.5, 1, 0)));
        assertEquals(2, run(new MergeRotations(), IBM, op(Gate.RX, 0.4, 0), op(Gate.RY, 0.5, 0)).size());
    }

    @Test
    void dropsIdentitiesAtTheStatedTolerance() {
        List<Operation> out = run(new DropIdentities(), IBM, op(Gate.I, 0, 0), op(Gate.RZ, 1e-13, 1), op(Gate.RZ, 2 * Math.PI, 1),
                op(Gate.RZ, 1e-9, 1), op(Gate.CRZ, 2 * Math.PI, 0, 1), op(Gate.CRZ, 4 * Math.PI, 0, 1), op(Gate.P, -2 * Math.PI, 2));
        assertEquals(List.of(op(Gate.RZ, 1e-9, 1), op(Gate.CRZ, 2 * Math.PI, 0, 1)), out,
                "1e-9 is above the 1e-12 tolerance; CRZ(2 pi) is Z on the control");
    }

    @Test
    void resynthesisOnlyShortens() {
        // sx sx -> x; rz sx rz (already minimal) is kept as is; a run multiplying to the identity disappears
        assertEquals(List.of(op(Gate.X, 0, 0)), run(new ResynthesizeOneQubitRuns(), IBM, op(Gate.SX, 0, 0), op(Gate.SX, 0, 0)));
        List<Operation> minimal = List.of(op(Gate.RZ, 0.3, 1), op(Gate.SX, 0, 1), op(Gate.RZ, 0.2, 1));
        assertEquals(minimal, run(new ResynthesizeOneQubitRuns(), IBM, minimal.toArray(new Operation[0])));
        assertEquals(List.of(), run(new ResynthesizeOneQubitRuns(), IBM, op(Gate.SX, 0, 2), op(Gate.RZ, 0.7, 2), op(Gate.RZ, -0.7, 2),
                op(Gate.SX, 0, 2), op(Gate.X, 0, 2)));
        List<Operation> gpis = run(new ResynthesizeOneQubitRuns(), IONQ, op(Gate.GPI2, 0.1, 0), op(Gate.GPI2, 0.4, 0),
                op(Gate.GPI, 1.0, 0), op(Gate.GPI2, -0.3, 0));
        assertTrue(gpis.size() <= 3, gpis.toString());
    }
}
