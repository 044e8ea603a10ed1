package io.hqml.quantum.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.target.Target;
import io.hqml.quantum.transpile.core.Layout;
import java.util.SplittableRandom;

/**
 * Checks a transpiled circuit by simulation: a random state of the virtual qubits, embedded on the physical
 * register through the initial layout (ancillas |0>), run through the transpiled circuit, must equal the
 * original circuit's output embedded through the final layout, up to a global phase, to {@link #TOL} per
 * amplitude.
 */
public final class Equivalence {
    public static final double TOL = 1e-9;
    private static final JavaStatevectorEngine ENGINE = new JavaStatevectorEngine();

    private Equivalence() {
    }

    public static void assertEquivalent(Circuit original, TranspileResult r, SplittableRandom rnd, String what) {
        int n = original.numQubits();
        double[] psi = randomState(n, rnd);
        double[] phi = psi.clone();
        ENGINE.apply(original, phi);
        Circuit physical = r.circuit().toCircuit();
        double[] big = embed(psi, r.initialLayout(), physical.numQubits());
        ENGINE.apply(physical, big);
        double[] expected = embed(phi, r.finalLayout(), physical.numQubits());
        assertEqualUpToPhase(expected, big, what);
    }

    /** Every operation in the target's basis and every two-qubit one on a coupling edge in its direction. */
    public static void assertConforms(TranspileResult r, Target t, String what) {
        assertEquals(t.numQubits(), r.circuit().numQubits(), what);
        for (Operation op : r.circuit().ops()) {
            assertTrue(t.supports(op.gate().qasmName()), what + ": " + op + " not in basis " + t.basisGates());
            assertTrue(op.gate().arity() <= 2, what + ": " + op);
            if (op.gate().arity() == 2) {
                assertTrue(t.hasEdge(op.qubit(0), op.qubit(1)), what + ": " + op + " not on a coupling edge");
            }
        }
    }

    public static double[] randomState(int n, SplittableRandom rnd) {
        double[] s = new double[2 << n];
        double norm = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = rnd.nextGaussian();
            norm += s[i] * s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= Math.sqrt(norm);
        }
        return s;
    }

    /** Amplitude of virtual basis state b goes to the physical index with bit layout.physical(v) = bit v of b. */
    static double[] embed(double[] virtualState, Layout layout, int numPhysical) {
        double[] out = new double[2 << numPhysical];
        int dim = virtualState.length / 2;
        for (int b = 0; b < dim; b++) {
            int idx = 0;
            for (int v = 0; v < layout.numVirtual(); v++) {
                if ((b >> v & 1) == 1) {
                    idx |= 1 << layout.physical(v);
                }
            }
            out[2 * idx] = virtualState[2 * b];
            out[2 * idx + 1] = virtualState[2 * b + 1];
        }
        return out;
    }

    public static void assertEqualUpToPhase(double[] expected, double[] got, String what) {
        int k = 0;
        for (int i = 0; i < expected.length / 2; i++) {
            if (Math.hypot(expected[2 * i], expected[2 * i + 1]) > Math.hypot(expected[2 * k], expected[2 * k + 1])) {
                k = i;
            }
        }
        // phase = got[k] / expected[k]
        double er = expected[2 * k], ei = expected[2 * k + 1], gr = got[2 * k], gi = got[2 * k + 1];
        double den = er * er + ei * ei;
        double pr = (gr * er + gi * ei) / den, pi = (gi * er - gr * ei) / den;
        assertEquals(1.0, Math.hypot(pr, pi), TOL, what + ": |phase|");
        double worst = 0;
        for (int i = 0; i < expected.length / 2; i++) {
            double xr = pr * expected[2 * i] - pi * expected[2 * i + 1], xi = pr * expected[2 * i + 1] + pi * expected[2 * i];
            worst = Math.max(worst, Math.hypot(got[2 * i] - xr, got[2 * i + 1] - xi));
        }
        assertTrue(worst <= TOL, what + ": amplitude differs by " + worst);
    }
}
