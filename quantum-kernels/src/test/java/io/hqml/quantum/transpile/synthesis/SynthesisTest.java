package io.hqml.quantum.transpile.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.transpile.Equivalence;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One-qubit Euler synthesis and the two-qubit identities, checked on random states up to a global phase. */
class SynthesisTest {
    private static final JavaStatevectorEngine ENGINE = new JavaStatevectorEngine();
    private static final Set<String> ALLOWED = Set.of("rz", "sx", "x", "ry", "rx", "u", "gpi", "gpi2");

    /** Random one-qubit runs, plus the special angles 0, pi/2, pi and a pure Z rotation. */
    private static List<List<Operation>> runs(SplittableRandom rnd) {
        List<List<Operation>> runs = new java.util.ArrayList<>(List.of(
                List.of(Operation.of(Gate.I, 0, 0)), List.of(Operation.of(Gate.X, 0, 0)), List.of(Operation.of(Gate.SX, 0, 0)),
                List.of(Operation.of(Gate.H, 0, 0)), List.of(Operation.of(Gate.RZ, 0.7, 0)), List.of(Operation.of(Gate.Y, 0, 0)),
                List.of(Operation.of(Gate.RY, Math.PI / 2, 0)), List.of(Operation.of(Gate.GPI2, 0.4, 0)),
                List.of(Operation.of(Gate.SX, 0, 0), Operation.of(Gate.SX, 0, 0))));
        Gate[] one = {Gate.X, Gate.Y, Gate.Z, Gate.H, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.SX, Gate.SXDG, Gate.RX, Gate.RY,
            Gate.RZ, Gate.P, Gate.GPI, Gate.GPI2};
        for (int k = 0; k < 40; k++) {
            List<Operation> run = new java.util.ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(5); i++) {
                Gate g = one[rnd.nextInt(one.length)];
                run.add(Operation.of(g, rnd.nextDouble(-7, 7), 0));
            }
            if (k % 5 == 0) {
                run.add(new Operation(Gate.U, new int[] {0}, new double[] {rnd.nextDouble(-4, 4), rnd.nextDouble(-4, 4), rnd.nextDouble(-4, 4)}));
            }
            runs.add(run);
        }
        return runs;
    }

    @ParameterizedTest
    @EnumSource(OneQubitBasis.class)
    void everyOneQubitUnitarySynthesises(OneQubitBasis basis) {
        SplittableRandom rnd = new SplittableRandom(basis.ordinal() + 10);
        Set<String> names = switch (basis) {
            case ZSX -> Set.of("rz", "sx", "x");
            case ZYZ -> Set.of("rz", "ry");
            case ZXZ -> Set.of("rz", "rx");
            case U -> Set.of("u");
            case GPI -> Set.of("gpi", "gpi2");
        };
        for (List<Operation> run : runs(rnd)) {
            for (boolean hasX : new boolean[] {true, false}) {
                List<Operation> out = OneQubitSynthesizer.synthesize(Mat2.ofRun(run), 0, basis, hasX);
                for (Operation op : out) {
                    assertTrue(names.contains(op.gate().qasmName()) && (hasX || op.gate() != Gate.X), basis + " emitted " + op);
                }
                assertTrue(out.size() <= (basis == OneQubitBasis.ZSX ? 5 : 3), basis + " " + out);
                assertSame(run, out, 1, rnd, basis + " " + run + " -> " + out);
            }
        }
        // the identity needs nothing; pi/2 and pi rotations need one gate where the basis allows it
        assertEquals(List.of(), OneQubitSynthesizer.synthesize(Mat2.identity(), 0, basis, true));
        if (basis == OneQubitBasis.ZSX) {
            assertEquals(List.of(Operation.of(Gate.X, 0, 0)), OneQubitSynthesizer.synthesize(Mat2.of(Operation.of(Gate.X, 0, 0)), 0, basis, true));
            assertEquals(List.of(Operation.of(Gate.SX, 0, 0)), OneQubitSynthesizer.synthesize(Mat2.of(Operation.of(Gate.SX, 0, 0)), 0, basis, true));
        }
        if (basis == OneQubitBasis.GPI) {
            assertEquals(1, OneQubitSynthesizer.synthesize(Mat2.of(Operation.of(Gate.GPI2, 0.4, 0)), 0, basis, true).size());
            assertEquals(1, OneQubitSynthesizer.synthesize(Mat2.of(Operation.of(Gate.Y, 0, 0)), 0, basis, true).size());
            assertEquals(2, OneQubitSynthesizer.synthesize(Mat2.of(Operation.of(Gate.RZ, 0.9, 0)), 0, basis, true).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void everyMultiQubitGateHasAnExactCxIdentity(Gate g) {
        if (g.arity() < 2) {
            return;
        }
        SplittableRandom rnd = new SplittableRandom(g.ordinal());
        double[][] angles = {{Math.PI / 2, 0.3, Math.PI / 2}, {-Math.PI / 2, 1.1, -Math.PI / 2}, {0.4, -2.0, 0.7}, {5.0, 2.5, -3.3}};
        for (double[] a : angles) {
            double[] p = java.util.Arrays.copyOf(a, g.numParams());
            if (g == Gate.MS) {
                p = new double[] {a[1], a[0], a[2]};
            }
            int[] q = g.arity() == 2 ? new int[] {2, 0} : new int[] {1, 2, 0};
            Operation op = new Operation(g, q, p);
            List<Operation> cx = TwoQubitIdentities.toCx(op);
            for (Operation o : cx) {
                assertTrue(o.gate().arity() == 1 || o.gate() == Gate.CX, g + " identity uses " + o);
            }
            assertSame(List.of(op), cx, 3, rnd, g + " " + java.util.Arrays.toString(p));
        }
    }

    @Test
    void rxxAtQuarterTurnsNeedsOneCx() {
        for (double t : new double[] {Math.PI / 2, -Math.PI / 2, 3 * Math.PI / 2}) {
            List<Operation> cx = TwoQubitIdentities.toCx(Operation.of(Gate.RXX, t, 0, 1));
            assertEquals(1, cx.stream().filter(o -> o.gate() == Gate.CX).count(), "RXX(" + t + ")");
            List<Operation> ms = TwoQubitIdentities.toCx(new Operation(Gate.MS, new int[] {0, 1}, new double[] {0.3, -1.2, t}));
            assertEquals(1, ms.stream().filter(o -> o.gate() == Gate.CX).count(), "MS(.., " + t + ")");
        }
    }

    @Test
    void cxWithEveryNativeGateInBothOrders() {
        SplittableRandom rnd = new SplittableRandom(99);
        for (Gate nat : new Gate[] {Gate.CX, Gate.CZ, Gate.ECR, Gate.MS}) {
            for (int[] q : new int[][] {{0, 1}, {1, 0}}) {
                List<Operation> ops = TwoQubitIdentities.cxWith(nat, q[0], q[1]);
                assertEquals(1, ops.stream().filter(o -> o.gate().arity() == 2).count());
                assertTrue(ops.stream().allMatch(o -> o.gate().arity() == 1 || o.gate() == nat));
                assertSame(List.of(Operation.of(Gate.CX, 0, q[0], q[1])), ops, 2, rnd, "CX via " + nat);
            }
        }
        assertSame(List.of(Operation.of(Gate.CX, 0, 0, 1)), TwoQubitIdentities.reversedCx(0, 1), 2, rnd, "reversed CX");
    }

    /** Both lists act equally on random states of {@code n} qubits, up to a global phase. */
    static void assertSame(List<Operation> a, List<Operation> b, int n, SplittableRandom rnd, String what) {
        for (int k = 0; k < 3; k++) {
            double[] psi = Equivalence.randomState(n, rnd);
            double[] x = psi.clone(), y = psi.clone();
            ENGINE.apply(circuit(a, n), x);
            ENGINE.apply(circuit(b, n), y);
            Equivalence.assertEqualUpToPhase(x, y, what);
        }
    }

    private static Circuit circuit(List<Operation> ops, int n) {
        Circuit.Builder b = Circuit.builder(n);
        ops.forEach(b::add);
        return b.build();
    }
}
