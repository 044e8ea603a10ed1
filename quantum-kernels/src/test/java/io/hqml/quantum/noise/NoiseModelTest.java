package io.hqml.quantum.noise;

import static io.hqml.quantum.density.DensityTestSupport.assertValidState;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.density.DensityMatrixEngine;
import io.hqml.quantum.density.DensityTestSupport;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.JavaStatevectorEngineTest;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseModelTest {
    private static final double TOL = 1e-12;
    private final DensityMatrixEngine engine = new DensityMatrixEngine();
    private final NoiseModel model = NoiseModel.fromCalibration(CalibrationSnapshotTest.fixture());

    /** Qiskit's conversion written out from the fixture's numbers (T1, T2 in us; t in us). */
    private static double expectedDepol(double error, double t, double[][] t1t2) {
        double fPro = 1;
        for (double[] q : t1t2) {
            fPro *= (1 + 2 * Math.exp(-t / q[1]) + Math.exp(-t / q[0])) / 4;
        }
        int d = 1 << t1t2.length;
        double fRelax = (d * fPro + 1) / (d + 1);
        return d * (error - (1 - fRelax)) / (d * fRelax - 1);
    }

    @Test
    void fixtureGivesTheExpectedChannels() {
        List<NoiseModel.AppliedChannel> sx = model.channelsAfter(Operation.of(Gate.SX, 0, 0));
        assertEquals(2, sx.size());
        Depolarizing dep = assertInstanceOf(Depolarizing.class, sx.get(0).channel());
        assertEquals(expectedDepol(0.00025, 0.036, new double[][] {{100, 80}}), dep.p(), TOL);
        assertTrue(dep.p() < 2 * 0.00025, "relaxation explains part of the error");
        ThermalRelaxation tr = assertInstanceOf(ThermalRelaxation.class, sx.get(1).channel());
        assertEquals(List.of(100.0, 80.0, 0.036), List.of(tr.t1(), tr.t2(), tr.duration()));

        List<NoiseModel.AppliedChannel> cx = model.channelsAfter(Operation.of(Gate.CX, 0, 0, 1));
        assertEquals(3, cx.size());
        Depolarizing dep2 = assertInstanceOf(Depolarizing.class, cx.get(0).channel());
        assertEquals(2, dep2.arity());
        assertArrayEquals(new int[] {0, 1}, cx.get(0).qubits());
        assertEquals(expectedDepol(0.008, 0.3, new double[][] {{100, 80}, {150, 120}}), dep2.p(), TOL);
        assertArrayEquals(new int[] {0}, cx.get(1).qubits());
        assertArrayEquals(new int[] {1}, cx.get(2).qubits());
        assertEquals(150.0, ((ThermalRelaxation) cx.get(2).channel()).t1());

        // qubit 2 reports T1 = 0.05 ms and T2 = 130 us > 2 T1: truncated to 100 us; cx(1,2) lasts 0.4 us
        ThermalRelaxation q2 = (ThermalRelaxation) model.channelsAfter(Operation.of(Gate.CX, 0, 1, 2)).get(2).channel();
        assertEquals(List.of(50.0, 100.0), List.of(q2.t1(), q2.t2()));
        assertEquals(0.4, q2.duration(), 1e-15);
        assertEquals(0.0, q2.lambda(), TOL);

        assertTrue(model.channelsAfter(Operation.of(Gate.RZ, 0.3, 0)).isEmpty(), "rz: zero error and length");
        assertTrue(model.channelsAfter(Operation.of(Gate.CX, 0, 0, 2)).isEmpty(), "uncalibrated pair");
        assertTrue(model.channelsAfter(Operation.of(Gate.H, 0, 0)).isEmpty(), "not a basis gate");
        assertEquals(new ReadoutError(0.03, 0.01), model.readoutError(0));
        assertEquals(new ReadoutError(0.05, 0.05), model.readoutError(2));
        assertNull(model.readoutError(3));
        assertEquals("fake_small@2025-06-16T09:05:17+00:00", model.calibrationId());
    }

    @Test
    void depolarizingPlusRelaxationReproducesTheReportedGateError() {
        // 1 - F_avg of the whole post-gate noise, from its Pauli transfer matrix: F_pro = sum_P Tr(P L(P)) / d^3
        assertEquals(0.00025, infidelity(Operation.of(Gate.SX, 0, 0), 1), TOL);
        assertEquals(0.008, infidelity(Operation.of(Gate.CX, 0, 0, 1), 2), TOL);
        assertEquals(0.012, infidelity(Operation.of(Gate.CX, 0, 1, 2), 2), TOL);
    }

    private double infidelity(Operation op, int k) {
        int n = 3;
        int d = 1 << k;
        int[] q = op.qubits();
        double sum = 0;
        for (int x = 0; x < d; x++) {
            for (int z = 0; z < d; z++) {
                int xm = 0, zm = 0;
                for (int j = 0; j < k; j++) {
                    xm |= (x >> j & 1) << q[j];
                    zm |= (z >> j & 1) << q[j];
                }
                PauliString p = new PauliString(n, xm, zm);
                double[] m = DensityTestSupport.pauliMatrix(p);
                for (NoiseModel.AppliedChannel ch : model.channelsAfter(op)) {
                    ch.channel().apply(m, n, ch.qubits());
                }
                // Tr(P L(P)) on the register = 2^(n-k) Tr_k(P_k L(P_k))
                sum += engine.expectation(m, n, p) / (1 << (n - k));
            }
        }
        double fPro = sum / ((double) d * d * d);
        return 1 - (d * fPro + 1) / (d + 1);
    }

    @Test
    void conversionWithoutRelaxationAndQiskitTruncations() {
        assertEquals(2 * 0.001, NoiseModel.depolarizingParameter(0.001, 1, 1), TOL);
        assertEquals(4 * 0.01 / 3, NoiseModel.depolarizingParameter(0.01, 2, 1), TOL);
        assertEquals(4.0 / 3, NoiseModel.depolarizingParameter(0.9, 1, 1), TOL);
        assertEquals(16.0 / 15, NoiseModel.depolarizingParameter(0.95, 2, 1), TOL);
        assertEquals(0.0, NoiseModel.depolarizingParameter(0.001, 1, 0.998), "relaxation explains it all");

        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        gates.put("x", Map.of(List.of(0), new GateProperties(0.001, 50)));
        gates.put("cz", Map.of(List.of(0, 1), new GateProperties(0.01, Double.NaN)));
        CalibrationSnapshot s = new CalibrationSnapshot("s", "t", List.of(QubitProperties.unknown(),
                new QubitProperties(Double.NaN, Double.NaN, 0.0, 0.0)), gates);
        NoiseModel m = NoiseModel.fromCalibration(s);
        List<NoiseModel.AppliedChannel> x = m.channelsAfter(Operation.of(Gate.X, 0, 0));
        assertEquals(1, x.size(), "no T1/T2: depolarizing only");
        assertEquals(0.002, ((Depolarizing) x.get(0).channel()).p(), TOL);
        assertEquals(0.04 / 3, ((Depolarizing) m.channelsAfter(Operation.of(Gate.CZ, 0, 0, 1)).get(0).channel()).p(), TOL);
        assertNull(m.readoutError(0));
        assertNull(m.readoutError(1));
    }

    @Test
    void noisyBellStateFidelityIsBelowOneAndAboveTheHandBound() {
        // ISA Bell circuit: H = rz(pi/2) sx rz(pi/2) up to phase, then cx(0,1); the target state comes from the
        // statevector engine so the global phase does not matter.
        Circuit bell = Circuit.builder(2).add(Gate.RZ, Math.PI / 2, 0).add(Gate.SX, 0).add(Gate.RZ, Math.PI / 2, 0)
                .add(Gate.CX, 0, 1).build();
        double[] psi = new JavaStatevectorEngine().run(bell);
        double[] rho = engine.run(bell, model);
        double f = DensityMatrixEngine.fidelity(rho, 2, psi);
        // Bound: each channel is a mixture "do nothing with probability w, something else otherwise", so
        // F >= product of the w's. Depolarizing: w = 1 - p with p <= d e/(d-1) (subtracting relaxation only
        // lowers p). T1/T2 relaxation with T2 <= T1 is Qiskit's mixture of identity, Z and reset with
        // p_reset = 1 - e^{-t/T1}, p_z = (1 - p_reset)(1 - e^{t/T1 - t/T2})/2, so w = 1 - p_reset - p_z.
        double bound = (1 - 2 * 0.00025) * (1 - 4 * 0.008 / 3)
                * identityWeight(100, 80, 0.036) * identityWeight(100, 80, 0.3) * identityWeight(150, 120, 0.3);
        assertTrue(f < 1 - 1e-3, "fidelity " + f);
        assertTrue(f > bound, "fidelity " + f + " below bound " + bound);
        assertTrue(bound > 0.98, "bound " + bound);
        assertValidState(rho, 2, TOL);

        // readout: confusion matrices of q0 (0.03, 0.01) and q1 (0.04, 0.02) applied independently
        double[] ideal = engine.probabilities(rho, 2);
        double[] measured = engine.measuredProbabilities(rho, 2, model);
        double p00 = ideal[0] * 0.99 * 0.98 + ideal[1] * 0.03 * 0.98 + ideal[2] * 0.99 * 0.04 + ideal[3] * 0.03 * 0.04;
        assertEquals(p00, measured[0], TOL);
        assertEquals(1.0, measured[0] + measured[1] + measured[2] + measured[3], TOL);
        assertTrue(measured[1] + measured[2] > ideal[1] + ideal[2]);
    }

    private static double identityWeight(double t1, double t2, double t) {
        double pReset = 1 - Math.exp(-t / t1);
        double pZ = (1 - pReset) * (1 - Math.exp(t / t1 - t / t2)) / 2;
        return 1 - pReset - pZ;
    }

    @Test
    void randomNoisyCircuitsKeepValidStates() {
        SplittableRandom rnd = new SplittableRandom(31);
        int n = 3;
        List<QubitProperties> qubits = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            double t1 = rnd.nextDouble(20, 200);
            qubits.add(new QubitProperties(t1, rnd.nextDouble(5, 2 * t1), rnd.nextDouble(0.05), rnd.nextDouble(0.05)));
        }
        Map<String, Map<List<Integer>, GateProperties>> gates = new LinkedHashMap<>();
        for (Gate g : Gate.values()) {
            if (g.arity() > 2) {
                continue;
            }
            Map<List<Integer>, GateProperties> byQubits = new LinkedHashMap<>();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (g.arity() == 1 && b == 0) {
                        byQubits.put(List.of(a), new GateProperties(rnd.nextDouble(0.01), rnd.nextDouble(20, 60)));
                    } else if (g.arity() == 2 && a != b) {
                        byQubits.put(List.of(a, b), new GateProperties(rnd.nextDouble(0.05), rnd.nextDouble(100, 600)));
                    }
                }
            }
            gates.put(g.qasmName(), byQubits);
        }
        NoiseModel noisy = NoiseModel.fromCalibration(new CalibrationSnapshot("r", "t", qubits, gates));
        for (int trial = 0; trial < 5; trial++) {
            Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 30, rnd);
            double[] rho = engine.run(c, noisy);
            assertValidState(rho, n, 1e-12);
            assertTrue(DensityMatrixEngine.fidelity(rho, n, new JavaStatevectorEngine().run(c)) < 1);
        }
        double[] big = engine.run(JavaStatevectorEngineTest.randomCircuit(7, 40, rnd), noisy);
        assertEquals(1.0, DensityMatrixEngine.trace(big, 7), 1e-12);
    }

    @Test
    void idealModelHasNoChannels() {
        NoiseModel ideal = NoiseModel.ideal();
        assertTrue(ideal.isIdeal());
        assertTrue(ideal.channelsAfter(Operation.of(Gate.CX, 0, 0, 1)).isEmpty());
        assertNull(ideal.readoutError(0));
        assertTrue(!model.isIdeal());
        double[] rho = engine.run(Circuit.builder(2).add(Gate.H, 0).build(), ideal);
        assertArrayEquals(engine.probabilities(rho, 2), engine.measuredProbabilities(rho, 2, ideal));
    }
}
