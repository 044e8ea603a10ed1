package io.hqml.quantum.noise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One device calibration, provider-neutral: what a {@link NoiseModel} is built from and what a run records as
 * its calibration snapshot. Immutable; maps and lists keep the order they were given in.
 *
 * <p>Units are fixed: T1 and T2 in microseconds, gate durations in nanoseconds (IBM's own units; parsers
 * convert). A value the provider did not report is {@code NaN}; {@link NoiseModel} then leaves that source
 * of noise out.
 *
 * @param id        identifies the snapshot, e.g. {@code ibm_fez@2025-06-16T09:05:17Z}
 * @param timestamp when the provider measured it (its own string, usually ISO-8601)
 * @param qubits    per-qubit properties; index = physical qubit
 * @param gates     gate name (OpenQASM stdgates name, lower case) -> ordered qubit tuple -> properties
 */
public record CalibrationSnapshot(String id, String timestamp, List<QubitProperties> qubits,
                                  Map<String, Map<List<Integer>, GateProperties>> gates) {

    public CalibrationSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        qubits = List.copyOf(qubits);
        Map<String, Map<List<Integer>, GateProperties>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Map<List<Integer>, GateProperties>> g : gates.entrySet()) {
            Map<List<Integer>, GateProperties> inner = new LinkedHashMap<>();
            for (Map.Entry<List<Integer>, GateProperties> e : g.getValue().entrySet()) {
                List<Integer> q = List.copyOf(e.getKey());
                checkQubits(g.getKey(), q, qubits.size());
                inner.put(q, Objects.requireNonNull(e.getValue(), "gate properties"));
            }
            copy.put(g.getKey(), Collections.unmodifiableMap(inner));
        }
        gates = Collections.unmodifiableMap(copy);
    }

    /** Parses the JSON of IBM's {@code GET /backends/{name}/properties}; see {@link IbmProperties}. */
    public static CalibrationSnapshot fromIbmProperties(String json) {
        return IbmProperties.parse(json);
    }

    public int numQubits() {
        return qubits.size();
    }

    /** The properties of {@code gate} on exactly these qubits (in this order), or null when not calibrated. */
    public GateProperties gate(String gate, int... qubitTuple) {
        Map<List<Integer>, GateProperties> byQubits = gates.get(gate);
        if (byQubits == null) {
            return null;
        }
        List<Integer> key = new ArrayList<>(qubitTuple.length);
        for (int q : qubitTuple) {
            key.add(q);
        }
        return byQubits.get(key);
    }

    private static void checkQubits(String gate, List<Integer> q, int n) {
        if (q.isEmpty()) {
            throw new IllegalArgumentException("gate " + gate + " calibration lists no qubits");
        }
        for (int i = 0; i < q.size(); i++) {
            if (q.get(i) < 0 || q.get(i) >= n) {
                throw new IllegalArgumentException("gate " + gate + " calibration names qubit " + q.get(i)
                        + " but the snapshot has qubits 0.." + (n - 1));
            }
            if (q.indexOf(q.get(i)) != i) {
                throw new IllegalArgumentException("gate " + gate + " calibration names qubit " + q.get(i) + " twice");
            }
        }
    }

    /**
     * Calibration of one qubit; {@code NaN} = not reported.
     *
     * @param t1Us           energy relaxation time T1 in microseconds
     * @param t2Us           dephasing time T2 (Hahn echo on IBM) in microseconds
     * @param probMeas0Prep1 probability of reading 0 after preparing 1
     * @param probMeas1Prep0 probability of reading 1 after preparing 0
     */
    public record QubitProperties(double t1Us, double t2Us, double probMeas0Prep1, double probMeas1Prep0) {
        public QubitProperties {
            positiveOrNaN("T1", t1Us);
            positiveOrNaN("T2", t2Us);
            probabilityOrNaN("prob_meas0_prep1", probMeas0Prep1);
            probabilityOrNaN("prob_meas1_prep0", probMeas1Prep0);
        }

        /** Nothing reported. */
        public static QubitProperties unknown() {
            return new QubitProperties(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    /**
     * Calibration of one gate on one qubit tuple; {@code NaN} = not reported.
     *
     * @param error      gate error {@code 1 - F_avg} (average gate infidelity, e.g. from randomized benchmarking)
     * @param durationNs gate duration in nanoseconds
     */
    public record GateProperties(double error, double durationNs) {
        public GateProperties {
            probabilityOrNaN("gate_error", error);
            if (durationNs < 0 || durationNs == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("gate_length = " + durationNs + " ns must be finite and >= 0 (or NaN if unknown)");
            }
        }
    }

    private static void positiveOrNaN(String name, double v) {
        if (!Double.isNaN(v) && !(v > 0)) {
            throw new IllegalArgumentException(name + " = " + v + " us must be > 0 (or NaN if unknown)");
        }
    }

    private static void probabilityOrNaN(String name, double v) {
        if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " = " + v + " is not a probability; use 0..1 (or NaN if unknown)");
        }
    }
}
