package io.hqml.quantum.bench;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.StatevectorEngine;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.kernel.FidelityGram;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code hqml bench engines}: per-gate time of H, CX, RZ and RZZ, ZZ feature-map states per second and
 * Gram-block GFLOP/s for an engine, next to the in-place pass over the same state, which is the roofline
 * of a gate. Single-threaded. Gate figures are averaged over target qubits 0, n/2 and n-1 (low qubits touch
 * adjacent amplitudes, high ones stride across the state).
 */
public final class EngineBench {
    /** One measurement: fields that do not apply are null. */
    public record Row(String engine, String variant, int threads, int n, String op, double ns, Double gbps,
                      Double gflops) {
    }

    private final Timing timing;

    public EngineBench(Timing timing) {
        this.timing = timing;
    }

    /** In-place pass and gates at each n. gbps counts 2 * 16 * 2^n bytes per gate (read + write of the state). */
    public List<Row> gates(Supplier<StatevectorEngine> engines, String variant, int[] sizes) {
        List<Row> rows = new ArrayList<>();
        StatevectorEngine engine = engines.get();
        for (int n : sizes) {
            double bytes = 2.0 * 16 * (1L << n);
            double inplace = MachineLimits.inplaceNanos(timing, n);
            rows.add(new Row("machine", "java", 1, n, "inplace", inplace, bytes / inplace, null));
            double[] state = MachineLimits.filledState(n);
            for (Gate g : new Gate[] {Gate.H, Gate.CX, Gate.RZ, Gate.RZZ}) {
                double total = 0;
                int[] targets = {0, n / 2, n - 1};
                for (int q : targets) {
                    Circuit c = Circuit.builder(n).add(g, 0.37, qubits(g, q, n)).build();
                    total += timing.nanosPerOp(() -> engine.apply(c, state));
                }
                double ns = total / targets.length;
                rows.add(new Row(engine.name(), variant, 1, n, g.name(), ns, bytes / ns, null));
            }
        }
        return rows;
    }

    /**
     * ZZ feature map (reps 2) states, linear ({@code zz_state}) and full ({@code zz_state_full}) entanglement:
     * ns per state, prepared as a Spark task does, in blocks (64 rows up to n = 12, fewer above so a block stays
     * under 64 MiB); gbps counts one read + write of each state, so {@code inplace ns / ns} is the number of
     * in-place passes a state costs.
     */
    public List<Row> zzStates(Supplier<StatevectorEngine> engines, String variant, int[] sizes) {
        List<Row> rows = new ArrayList<>();
        StatevectorEngine engine = engines.get();
        for (Entanglement e : new Entanglement[] {Entanglement.LINEAR, Entanglement.FULL}) {
            String op = e == Entanglement.LINEAR ? "zz_state" : "zz_state_full";
            for (int n : sizes) {
                double ns = zzStateNanos(engine, n, e);
                rows.add(new Row(engine.name(), variant, 1, n, op, ns, 2.0 * 16 * (1L << n) / ns, null));
            }
        }
        return rows;
    }

    /** Nanoseconds per ZZ (reps 2) state on n qubits with the given entanglement, in blocks as above. */
    public double zzStateNanos(StatevectorEngine engine, int n, Entanglement entanglement) {
        ZZFeatureMap map = new ZZFeatureMap(n, 2, entanglement);
        int count = (int) Math.max(1, Math.min(64, (64L << 20) / (16L << n)));
        double[][] block = new double[count][n];
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < n; i++) {
                block[r][i] = 0.1 + 0.2 * i + 0.01 * r;
            }
        }
        double[] out = new double[count * (2 << n)];
        return timing.nanosPerOp(() -> engine.prepareStates(map, block, out)) / count;
    }

    /** Gram block of {@code count} x {@code count} states on n qubits: 8 flops per complex MAC pair. */
    public Row gram(String engineName, String variant, int n, int count) {
        return gram(engineName, variant, n, count, null);
    }

    /** As {@link #gram(String, String, int, int)} through an engine's own Gram ({@code null}: {@link FidelityGram}). */
    public Row gram(String engineName, String variant, int n, int count, io.hqml.quantum.kernel.GramAccelerator acc) {
        int dim = 1 << n;
        double[] a = new double[count * 2 * dim];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextDouble(-1, 1);
        }
        double[] b = a.clone();
        double[] out = new double[count * count];
        double ns = timing.nanosPerOp(() -> {
            if (acc == null) {
                FidelityGram.block(a, count, b, count, dim, out);
            } else {
                acc.gramBlock(a, count, b, count, dim, out);
            }
        });
        double flops = 8.0 * count * count * dim;
        return new Row(engineName, variant, 1, n, "gram", ns, null, flops / ns);
    }

    private static int[] qubits(Gate g, int q, int n) {
        return g.arity() == 1 ? new int[] {q} : new int[] {q, q == 0 ? 1 : q - 1};
    }
}
