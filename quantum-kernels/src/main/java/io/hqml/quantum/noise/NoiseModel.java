package io.hqml.quantum.noise;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which channels follow each gate, and the readout error of each qubit: the basic device noise model of
 * Qiskit Aer ({@code NoiseModel.from_backend}), built from a {@link CalibrationSnapshot}.
 *
 * <p>After a gate {@code g} on qubits {@code Q} that the snapshot calibrates (matched by stdgates name and
 * the exact ordered qubit tuple; anything else is ideal):
 * <ol>
 *   <li>{@link Depolarizing} on {@code Q} with parameter {@link #depolarizingParameter} of the gate error;</li>
 *   <li>{@link ThermalRelaxation} for the gate duration on each qubit of {@code Q}, in order.</li>
 * </ol>
 * Readout error is applied to measured probabilities only ({@code DensityMatrixEngine.measuredProbabilities}).
 *
 * <p>Calibration gaps, handled as Qiskit Aer does: a missing T1 or T2 is infinite (no such decay); T2 above
 * {@code 2 T1} is truncated to {@code 2 T1}; a missing or zero duration means no relaxation; a missing
 * gate error means no depolarizing; missing readout probabilities mean none. Immutable and thread-safe.
 */
public final class NoiseModel {
    private static final NoiseModel IDEAL = new NoiseModel("ideal", Map.of(), new ReadoutError[0]);

    /** One channel applied to the given qubits of the register. */
    public record AppliedChannel(KrausChannel channel, int[] qubits) {
        public AppliedChannel {
            qubits = qubits.clone();
        }

        @Override
        public int[] qubits() {
            return qubits.clone();
        }
    }

    private record Key(String gate, List<Integer> qubits) {
    }

    private final String calibrationId;
    private final Map<Key, List<AppliedChannel>> afterGate;
    private final ReadoutError[] readout;

    private NoiseModel(String calibrationId, Map<Key, List<AppliedChannel>> afterGate, ReadoutError[] readout) {
        this.calibrationId = calibrationId;
        this.afterGate = afterGate;
        this.readout = readout;
    }

    /** No channels and no readout error: the density-matrix engine then computes the exact ideal state. */
    public static NoiseModel ideal() {
        return IDEAL;
    }

    /** The basic device model of {@code snapshot} (see the class comment). */
    public static NoiseModel fromCalibration(CalibrationSnapshot snapshot) {
        Map<Key, List<AppliedChannel>> after = new HashMap<>();
        for (Map.Entry<String, Map<List<Integer>, GateProperties>> g : snapshot.gates().entrySet()) {
            for (Map.Entry<List<Integer>, GateProperties> e : g.getValue().entrySet()) {
                List<AppliedChannel> channels = channelsFor(g.getKey(), e.getKey(), e.getValue(), snapshot);
                if (!channels.isEmpty()) {
                    after.put(new Key(g.getKey(), e.getKey()), List.copyOf(channels));
                }
            }
        }
        ReadoutError[] readout = new ReadoutError[snapshot.numQubits()];
        for (int q = 0; q < readout.length; q++) {
            QubitProperties p = snapshot.qubits().get(q);
            double p01 = Double.isNaN(p.probMeas0Prep1()) ? 0 : p.probMeas0Prep1();
            double p10 = Double.isNaN(p.probMeas1Prep0()) ? 0 : p.probMeas1Prep0();
            readout[q] = p01 == 0 && p10 == 0 ? null : new ReadoutError(p01, p10);
        }
        return new NoiseModel(snapshot.id(), Map.copyOf(after), readout);
    }

    private static List<AppliedChannel> channelsFor(String gate, List<Integer> qubits, GateProperties props,
                                                    CalibrationSnapshot snapshot) {
        int k = qubits.size();
        int[] q = new int[k];
        List<AppliedChannel> relax = new ArrayList<>();
        // process fidelity of the relaxation channels together: a product over the gate's qubits
        double relaxProcessFidelity = 1;
        for (int i = 0; i < k; i++) {
            q[i] = qubits.get(i);
            double duration = props.durationNs();
            if (!(duration > 0)) {
                continue;
            }
            QubitProperties p = snapshot.qubits().get(q[i]);
            double t1 = Double.isNaN(p.t1Us()) ? Double.POSITIVE_INFINITY : p.t1Us();
            double t2 = Double.isNaN(p.t2Us()) ? Double.POSITIVE_INFINITY : Math.min(p.t2Us(), 2 * t1);
            if (t1 == Double.POSITIVE_INFINITY && t2 == Double.POSITIVE_INFINITY) {
                continue;
            }
            double t = duration / 1000; // ns -> us, the unit of T1 and T2
            relax.add(new AppliedChannel(new ThermalRelaxation(t1, t2, t), new int[] {q[i]}));
            // PTM diagonal of T1/T2 relaxation: (1, e^{-t/T2}, e^{-t/T2}, e^{-t/T1}); F_pro = trace / 4
            relaxProcessFidelity *= (1 + 2 * Math.exp(-t / t2) + Math.exp(-t / t1)) / 4;
        }
        List<AppliedChannel> out = new ArrayList<>();
        double error = props.error();
        if (!Double.isNaN(error) && error > 0) {
            int d = 1 << k;
            double relaxFidelity = (d * relaxProcessFidelity + 1) / (d + 1);
            double p = depolarizingParameter(error, k, relaxFidelity);
            if (p > 0) {
                if (k > 2) {
                    throw new IllegalArgumentException("gate " + gate + " on " + qubits + " has a gate error but "
                            + "depolarizing noise is supported on 1 or 2 qubits only; drop that calibration entry");
                }
                out.add(new AppliedChannel(new Depolarizing(p, k), q));
            }
        }
        out.addAll(relax);
        return out;
    }

    /**
     * The depolarizing parameter that, followed by the gate's relaxation, reproduces the reported gate error.
     * Exactly Qiskit Aer's {@code _device_depolarizing_error}: the reported error {@code e} is the average gate
     * infidelity of the whole gate; the depolarizing channel {@code (1-p) id + p D} composed with relaxation of
     * average fidelity {@code F_r} has {@code F = F_r - p (d F_r - 1) / d}, so
     * {@code p = d (e - (1 - F_r)) / (d F_r - 1)}. Without relaxation ({@code F_r = 1}) this is
     * {@code p = d e / (d - 1)}, the inverse of {@code e = p (d - 1) / d}, the infidelity of a depolarizing
     * channel. Subtracting the relaxation part avoids counting T1/T2 twice (randomized benchmarking measures
     * both). Unphysical inputs are truncated as in Qiskit: {@code e} to {@code d/(d+1)}, {@code p} to
     * {@link Depolarizing#maxP}; if {@code e <= 1 - F_r} relaxation explains it all and {@code p = 0}.
     *
     * @param gateError           reported average gate infidelity {@code e}
     * @param numQubits           qubits of the gate, {@code d = 2^numQubits}
     * @param relaxationFidelity  average gate fidelity {@code F_r} of the relaxation during the gate (1 if none)
     */
    public static double depolarizingParameter(double gateError, int numQubits, double relaxationFidelity) {
        double relaxInfidelity = 1 - relaxationFidelity;
        if (!(gateError > relaxInfidelity)) {
            return 0;
        }
        int d = 1 << numQubits;
        double e = Math.min(gateError, d / (d + 1.0));
        double p = d * (e - relaxInfidelity) / (d * relaxationFidelity - 1);
        return Math.min(p, Depolarizing.maxP(numQubits));
    }

    /** Channels to apply after {@code op}, in order; empty if the gate is not calibrated (or the model is ideal). */
    public List<AppliedChannel> channelsAfter(Operation op) {
        if (afterGate.isEmpty()) {
            return List.of();
        }
        List<Integer> q = new ArrayList<>(op.gate().arity());
        for (int i = 0; i < op.gate().arity(); i++) {
            q.add(op.qubit(i));
        }
        return afterGate.getOrDefault(new Key(op.gate().qasmName(), q), List.of());
    }

    /** The readout error of {@code qubit}, or null when it reads out perfectly (or is not calibrated). */
    public ReadoutError readoutError(int qubit) {
        return qubit >= 0 && qubit < readout.length ? readout[qubit] : null;
    }

    /** True when no gate has channels and no qubit has readout error. */
    public boolean isIdeal() {
        for (ReadoutError e : readout) {
            if (e != null) {
                return false;
            }
        }
        return afterGate.isEmpty();
    }

    /** The id of the calibration snapshot this model was built from, or {@code ideal}. */
    public String calibrationId() {
        return calibrationId;
    }

    @Override
    public String toString() {
        return "NoiseModel(" + calibrationId + ", " + afterGate.size() + " noisy gate instances)";
    }
}
