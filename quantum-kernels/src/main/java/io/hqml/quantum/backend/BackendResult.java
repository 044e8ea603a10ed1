package io.hqml.quantum.backend;

import io.hqml.quantum.engine.StateMeasurements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of one job: per circuit, in submission order, a histogram of measured bitstrings (or exact
 * probabilities when the job ran with 0 shots), plus {@link ResultMetadata}.
 *
 * <p><b>Bit order</b> (one order for every backend, whatever the provider sends): a bitstring has one
 * character per qubit of the circuit, and <b>qubit 0 is the rightmost (least significant) character</b>, as in
 * Qiskit. {@code X} on qubit 0 of a 3-qubit circuit is measured as {@code "001"}; the bitstring read as a
 * binary number is the basis-state index. Adapters convert provider formats to it (IBM hex samples, IonQ
 * decimal keys and Braket per-shot lists all put qubit 0 least significant already).
 *
 * <p>All circuits are measured on all their qubits at the end; there are no mid-circuit measurements.
 * Immutable.
 */
public final class BackendResult {
    private final List<Map<String, Long>> counts;
    private final List<Map<String, Double>> exact;
    private final ResultMetadata metadata;

    private BackendResult(List<Map<String, Long>> counts, List<Map<String, Double>> exact, ResultMetadata metadata) {
        this.counts = counts;
        this.exact = exact;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * A sampled result. Every histogram must hold exactly {@code metadata.shots()} outcomes.
     *
     * @throws IllegalArgumentException when a total differs from the shots or a key is not a bitstring
     */
    public static BackendResult ofCounts(List<Map<String, Long>> counts, ResultMetadata metadata) {
        if (metadata.shots() < 1) {
            throw new IllegalArgumentException("a sampled result needs shots >= 1, metadata says " + metadata.shots());
        }
        List<Map<String, Long>> copy = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Long> c = new TreeMap<>(counts.get(i));
            long total = 0;
            for (Map.Entry<String, Long> e : c.entrySet()) {
                checkBitstring(i, e.getKey(), c.keySet().iterator().next().length());
                if (e.getValue() < 0) {
                    throw new IllegalArgumentException("circuit " + i + ": negative count for " + e.getKey());
                }
                total += e.getValue();
            }
            if (total != metadata.shots()) {
                throw new IllegalArgumentException("circuit " + i + ": counts total " + total + ", shots are "
                        + metadata.shots());
            }
            copy.add(Collections.unmodifiableMap(c));
        }
        return new BackendResult(List.copyOf(copy), null, metadata);
    }

    /** An exact result (0 shots): per circuit, outcome probabilities; entries with probability 0 may be left out. */
    public static BackendResult ofProbabilities(List<Map<String, Double>> probabilities, ResultMetadata metadata) {
        if (metadata.shots() != 0) {
            throw new IllegalArgumentException("an exact result has shots = 0, metadata says " + metadata.shots());
        }
        List<Map<String, Double>> copy = new ArrayList<>(probabilities.size());
        for (int i = 0; i < probabilities.size(); i++) {
            Map<String, Double> p = new TreeMap<>(probabilities.get(i));
            for (String key : p.keySet()) {
                checkBitstring(i, key, p.keySet().iterator().next().length());
            }
            copy.add(Collections.unmodifiableMap(p));
        }
        return new BackendResult(null, List.copyOf(copy), metadata);
    }

    /** Histogram of outcome indices (bit q = qubit q) as bitstrings, qubit 0 rightmost. */
    public static Map<String, Long> countsOf(long[] outcomes, int numQubits) {
        Map<String, Long> out = new TreeMap<>();
        for (long o : outcomes) {
            out.merge(StateMeasurements.bitstring(o, numQubits), 1L, Long::sum);
        }
        return out;
    }

    /** Non-zero entries of a probability vector (index bit q = qubit q) as bitstrings, qubit 0 rightmost. */
    public static Map<String, Double> probabilitiesOf(double[] probabilities, int numQubits) {
        Map<String, Double> out = new TreeMap<>();
        for (int b = 0; b < probabilities.length; b++) {
            if (probabilities[b] > 0) {
                out.put(StateMeasurements.bitstring(b, numQubits), probabilities[b]);
            }
        }
        return out;
    }

    private static void checkBitstring(int circuit, String key, int width) {
        if (key.isEmpty() || key.length() != width || !key.chars().allMatch(ch -> ch == '0' || ch == '1')) {
            throw new IllegalArgumentException("circuit " + circuit + ": '" + key + "' is not a bitstring of "
                    + width + " characters");
        }
    }

    /** Number of circuits, equal to the number submitted. */
    public int size() {
        return counts != null ? counts.size() : exact.size();
    }

    /** True when the job sampled (shots >= 1); false for exact probabilities. */
    public boolean sampled() {
        return counts != null;
    }

    /**
     * The histogram of circuit {@code i}, keys sorted, zero counts left out.
     *
     * @throws IllegalStateException for an exact (0-shot) result; use {@link #probabilities}
     */
    public Map<String, Long> counts(int i) {
        if (counts == null) {
            throw new IllegalStateException("the job ran with 0 shots (exact probabilities): use probabilities(i)");
        }
        return counts.get(i);
    }

    /** Exact probabilities of circuit {@code i}, or its observed frequencies {@code count / shots} when sampled. */
    public Map<String, Double> probabilities(int i) {
        if (exact != null) {
            return exact.get(i);
        }
        Map<String, Double> f = new TreeMap<>();
        counts.get(i).forEach((k, v) -> f.put(k, v / (double) metadata.shots()));
        return Collections.unmodifiableMap(f);
    }

    /** The (exact or observed) probability of one bitstring for circuit {@code i}; 0 when never seen. */
    public double probability(int i, String bitstring) {
        if (exact != null) {
            return exact.get(i).getOrDefault(bitstring, 0.0);
        }
        return counts.get(i).getOrDefault(bitstring, 0L) / (double) metadata.shots();
    }

    public ResultMetadata metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return "BackendResult(" + size() + " circuits, " + metadata.shots() + " shots, job " + metadata.jobId() + ")";
    }
}
