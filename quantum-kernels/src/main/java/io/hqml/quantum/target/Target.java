package io.hqml.quantum.target;

import io.hqml.quantum.noise.CalibrationSnapshot;
import io.hqml.quantum.noise.CalibrationSnapshot.GateProperties;
import io.hqml.quantum.noise.CalibrationSnapshot.QubitProperties;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A device as data (Qiskit's {@code Target}): what a transpiler and a backend need to know about it. Immutable.
 *
 * <ul>
 *   <li>{@link #basisGates()}: the instructions the device executes, lower-case OpenQASM {@code stdgates.inc}
 *       names ({@code rz, sx, x, cz, cx, ...}) plus {@code ecr} and the IonQ natives {@code gpi, gpi2, ms};
 *       a provider name hqml has no gate for (e.g. Rigetti's {@code iswap}) is kept as given, so that a
 *       transpiler can say why it cannot target the device.</li>
 *   <li>{@link #couplingEdges()}: the directed pairs {@code [a, b]} on which a two-qubit gate may run with
 *       {@code a} as its first qubit; {@link #isAllToAll()} when the device has no coupling restriction
 *       (no coupling map given, or every ordered pair listed).</li>
 *   <li>{@link #calibration()}: per-qubit T1/T2 and readout errors, per-instruction error and duration, as
 *       the {@link CalibrationSnapshot} a {@code NoiseModel} is built from.</li>
 *   <li>{@link #maxShots()}, {@link #maxCircuitsPerJob()}: {@link #NO_LIMIT} when the provider states none.</li>
 * </ul>
 */
public final class Target {
    /** {@link #maxShots()} / {@link #maxCircuitsPerJob()} when the provider states no limit. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** Gates whose unitary is unchanged when their two qubits are exchanged (for calibration lookups). */
    private static final Set<String> SYMMETRIC = Set.of("cz", "swap", "cp", "rzz", "rxx", "ryy");

    private final String name;
    private final int numQubits;
    private final Set<String> basisGates;
    private final List<int[]> edges;
    private final BitSet adjacency;
    private final boolean allToAll;
    private final CalibrationSnapshot calibration;
    private final int maxShots;
    private final int maxCircuitsPerJob;

    private Target(Builder b) {
        this.name = b.name;
        this.numQubits = b.numQubits;
        this.basisGates = Collections.unmodifiableSet(new TreeSet<>(b.basisGates));
        this.calibration = b.calibration != null ? b.calibration : uncalibrated(b.name, b.numQubits);
        if (calibration.numQubits() != numQubits) {
            throw new IllegalArgumentException("target " + name + " has " + numQubits + " qubits but its calibration "
                    + calibration.id() + " describes " + calibration.numQubits() + "; give one calibration entry per qubit");
        }
        this.maxShots = b.maxShots;
        this.maxCircuitsPerJob = b.maxCircuitsPerJob;
        this.adjacency = new BitSet();
        List<int[]> list = new ArrayList<>();
        if (b.edges == null) {
            for (int a = 0; a < numQubits; a++) {
                for (int c = 0; c < numQubits; c++) {
                    if (a != c) {
                        list.add(new int[] {a, c});
                        adjacency.set(a * numQubits + c);
                    }
                }
            }
        } else {
            for (int[] e : b.edges) {
                if (e.length != 2) {
                    throw new IllegalArgumentException("coupling map edge of length " + e.length + " in target " + name
                            + "; write each edge as [control, target]");
                }
                for (int q : e) {
                    if (q < 0 || q >= numQubits) {
                        throw new IllegalArgumentException("coupling map edge [" + e[0] + ", " + e[1] + "] names qubit " + q
                                + " but target " + name + " has qubits 0.." + (numQubits - 1));
                    }
                }
                if (e[0] == e[1]) {
                    throw new IllegalArgumentException("coupling map edge [" + e[0] + ", " + e[1] + "] of target " + name
                            + " joins a qubit to itself; remove it");
                }
                if (!adjacency.get(e[0] * numQubits + e[1])) {
                    adjacency.set(e[0] * numQubits + e[1]);
                    list.add(new int[] {e[0], e[1]});
                }
            }
        }
        this.edges = Collections.unmodifiableList(list);
        this.allToAll = list.size() == numQubits * (numQubits - 1);
    }

    public static Builder builder(String name, int numQubits) {
        return new Builder(name, numQubits);
    }

    public String name() {
        return name;
    }

    public int numQubits() {
        return numQubits;
    }

    /** Sorted, unmodifiable. */
    public Set<String> basisGates() {
        return basisGates;
    }

    /** True when the device executes {@code gate} (name as in {@link #basisGates()}, any case). */
    public boolean supports(String gate) {
        return basisGates.contains(gate.toLowerCase(Locale.ROOT));
    }

    /** The directed edges, each a fresh {@code int[] {a, b}}; every ordered pair when {@link #isAllToAll()}. */
    public List<int[]> couplingEdges() {
        List<int[]> copy = new ArrayList<>(edges.size());
        for (int[] e : edges) {
            copy.add(e.clone());
        }
        return copy;
    }

    /** True when a two-qubit gate may run on {@code (a, b)} with {@code a} first. */
    public boolean hasEdge(int a, int b) {
        return a >= 0 && b >= 0 && a < numQubits && b < numQubits && adjacency.get(a * numQubits + b);
    }

    public boolean isAllToAll() {
        return allToAll;
    }

    public CalibrationSnapshot calibration() {
        return calibration;
    }

    public int maxShots() {
        return maxShots;
    }

    public int maxCircuitsPerJob() {
        return maxCircuitsPerJob;
    }

    /**
     * The calibrated error ({@code 1 - F_avg}) of {@code gate} on these qubits, or NaN when not calibrated.
     * {@code measure} on one qubit is its {@link #readoutError}. Symmetric two-qubit gates ({@code cz, swap,
     * cp, rzz, rxx, ryy}) fall back to the reversed pair, because providers often list one direction only.
     */
    public double instructionError(String gate, int... qubits) {
        if (gate.equals("measure") && qubits.length == 1) {
            return readoutError(qubits[0]);
        }
        GateProperties p = properties(gate, qubits);
        return p == null ? Double.NaN : p.error();
    }

    /** The calibrated duration in nanoseconds, or NaN; lookup as {@link #instructionError}. */
    public double instructionDurationNs(String gate, int... qubits) {
        GateProperties p = properties(gate, qubits);
        return p == null ? Double.NaN : p.durationNs();
    }

    /**
     * Probability of reading the wrong bit on {@code qubit}: the mean of {@code P(0|1)} and {@code P(1|0)}, the
     * one reported when only one is, NaN when neither is.
     */
    public double readoutError(int qubit) {
        QubitProperties q = calibration.qubits().get(checkQubit(qubit));
        double a = q.probMeas0Prep1(), b = q.probMeas1Prep0();
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : (a + b) / 2;
    }

    public double t1Us(int qubit) {
        return calibration.qubits().get(checkQubit(qubit)).t1Us();
    }

    public double t2Us(int qubit) {
        return calibration.qubits().get(checkQubit(qubit)).t2Us();
    }

    /** The same device executing {@code gates} instead (e.g. {@code hqml transpile --basis}). */
    public Target withBasisGates(Collection<String> gates) {
        Builder b = toBuilder();
        b.basisGates.clear();
        return b.basisGates(gates).build();
    }

    /** A builder holding this target's data. */
    public Builder toBuilder() {
        Builder b = new Builder(name, numQubits).basisGates(basisGates).calibration(calibration).maxShots(maxShots)
                .maxCircuitsPerJob(maxCircuitsPerJob);
        return allToAll ? b : b.couplingEdges(edges);
    }

    @Override
    public String toString() {
        return "Target(" + name + ", " + numQubits + " qubits, basis " + basisGates + ", "
                + (allToAll ? "all-to-all" : edges.size() + " directed edges") + ")";
    }

    private GateProperties properties(String gate, int[] qubits) {
        for (int q : qubits) {
            checkQubit(q);
        }
        String g = gate.toLowerCase(Locale.ROOT);
        GateProperties p = calibration.gate(g, qubits);
        if (p == null && qubits.length == 2 && SYMMETRIC.contains(g)) {
            p = calibration.gate(g, qubits[1], qubits[0]);
        }
        return p;
    }

    private int checkQubit(int q) {
        if (q < 0 || q >= numQubits) {
            throw new IllegalArgumentException("qubit " + q + " out of range 0.." + (numQubits - 1) + " of target " + name);
        }
        return q;
    }

    private static CalibrationSnapshot uncalibrated(String name, int n) {
        return new CalibrationSnapshot(name + "@uncalibrated", "", Collections.nCopies(n, QubitProperties.unknown()), Map.of());
    }

    /** Accumulates a target's data; {@link #build()} validates it. */
    public static final class Builder {
        private final String name;
        private final int numQubits;
        private final Set<String> basisGates = new TreeSet<>();
        private List<int[]> edges;
        private CalibrationSnapshot calibration;
        private int maxShots = NO_LIMIT;
        private int maxCircuitsPerJob = NO_LIMIT;

        private Builder(String name, int numQubits) {
            this.name = Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("target name is empty; give the device a name");
            }
            if (numQubits < 1) {
                throw new IllegalArgumentException("target " + name + " has " + numQubits + " qubits; a device needs at least 1");
            }
            this.numQubits = numQubits;
        }

        /** Adds basis gates (lower-cased). */
        public Builder basisGates(Collection<String> gates) {
            for (String g : gates) {
                if (g == null || g.isBlank()) {
                    throw new IllegalArgumentException("target " + name + " lists an empty basis gate name; remove it");
                }
                basisGates.add(g.trim().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        public Builder basisGates(String... gates) {
            return basisGates(List.of(gates));
        }

        /** No coupling restriction (the default): every ordered pair is an edge. */
        public Builder allToAll() {
            this.edges = null;
            return this;
        }

        /** Directed coupling edges {@code [a, b]}; duplicates are dropped. Not called: all-to-all. */
        public Builder couplingEdges(Collection<int[]> couplingEdges) {
            List<int[]> copy = new ArrayList<>();
            for (int[] e : couplingEdges) {
                copy.add(e.clone());
            }
            this.edges = copy;
            return this;
        }

        public Builder calibration(CalibrationSnapshot snapshot) {
            this.calibration = snapshot;
            return this;
        }

        public Builder maxShots(int shots) {
            if (shots < 1) {
                throw new IllegalArgumentException("max shots of target " + name + " is " + shots + "; it must be >= 1");
            }
            this.maxShots = shots;
            return this;
        }

        public Builder maxCircuitsPerJob(int circuits) {
            if (circuits < 1) {
                throw new IllegalArgumentException("max circuits per job of target " + name + " is " + circuits
                        + "; it must be >= 1");
            }
            this.maxCircuitsPerJob = circuits;
            return this;
        }

        public Target build() {
            if (basisGates.isEmpty()) {
                throw new IllegalArgumentException("target " + name + " has no basis gates; list the gates the device executes");
            }
            return new Target(this);
        }
    }
}
