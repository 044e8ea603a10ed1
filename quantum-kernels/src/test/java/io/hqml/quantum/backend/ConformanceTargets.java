package io.hqml.quantum.backend;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import io.hqml.quantum.target.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The devices the backend conformance suite runs on, and random circuits that fit them. A restricted device
 * (line coupling, six basis gates, finite limits) so that non-ISA circuits and oversize jobs exist to be rejected.
 */
public final class ConformanceTargets {
    /** Basis gates of the conformance device. */
    public static final List<String> BASIS = List.of("cx", "h", "ry", "rz", "sx", "x");
    public static final int QUBITS = 4;
    public static final int MAX_SHOTS = 100_000;
    public static final int MAX_CIRCUITS = 20;

    private ConformanceTargets() {
    }

    /** 4 qubits on a line 0-1-2-3 coupled both ways, no calibration (noise-free). */
    public static Target ideal() {
        return builder().build();
    }

    /**
     * The same device with a calibration: T1 60 us, T2 40 us, readout P(0|1) = 0.04 and P(1|0) = 0.02 on every
     * qubit; CX error 0.03 over 300 ns, one-qubit gates error 0.002 over 35 ns, RZ virtual (error 0, 0 ns).
     */
    public static Target noisy() {
        List<QubitProperties> qubits = Collections.nCopies(QUBITS, new QubitProperties(60, 40, 0.04, 0.02));
        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        for (String g : List.of("h", "ry", "sx", "x", "rz")) {
            Map<List<Integer>, GateProperties> byQubit = new LinkedHashMap<>();
            for (int q = 0; q < QUBITS; q++) {
                byQubit.put(List.of(q), g.equals("rz") ? new GateProperties(0, 0) : new GateProperties(0.002, 35));
            }
            gates.put(g, byQubit);
        }
        Map<List<Integer>, GateProperties> cx = new LinkedHashMap<>();
        for (int[] e : edges()) {
            cx.put(List.of(e[0], e[1]), new GateProperties(0.03, 300));
        }
        gates.put("cx", cx);
        return builder().calibration(new CalibrationSnapshot("conformance-line-4@noisy", "2026-01-01T00:00:00Z",
                qubits, gates)).build();
    }

    private static Target.Builder builder() {
        return Target.builder("conformance-line-4", QUBITS).basisGates(BASIS).couplingEdges(edges())
                .maxShots(MAX_SHOTS).maxCircuitsPerJob(MAX_CIRCUITS);
    }

    private static List<int[]> edges() {
        List<int[]> e = new ArrayList<>();
        for (int q = 0; q + 1 < QUBITS; q++) {
            e.add(new int[] {q, q + 1});
            e.add(new int[] {q + 1, q});
        }
        return e;
    }

    /** A random circuit of {@code length} gates from {@link #BASIS} on neighbouring qubits of the line. */
    public static Circuit randomCircuit(int n, int length, SplittableRandom rnd) {
        Circuit.Builder b = Circuit.builder(n);
        for (int k = 0; k < length; k++) {
            int q = rnd.nextInt(n);
            switch (rnd.nextInt(6)) {
                case 0 -> b.add(Gate.H, q);
                case 1 -> b.add(Gate.SX, q);
                case 2 -> b.add(Gate.X, q);
                case 3 -> b.add(Gate.RY, rnd.nextDouble(-Math.PI, Math.PI), q);
                case 4 -> b.add(Gate.RZ, rnd.nextDouble(-Math.PI, Math.PI), q);
                default -> {
                    if (n > 1) {
                        int a = rnd.nextInt(n - 1);
                        boolean down = rnd.nextBoolean();
                        b.add(Gate.CX, down ? a + 1 : a, down ? a : a + 1);
                    }
                }
            }
        }
        return b.build();
    }
}
