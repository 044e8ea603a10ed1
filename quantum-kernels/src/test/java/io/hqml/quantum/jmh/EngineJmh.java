package io.hqml.quantum.jmh;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH view of the Java engine (run with {@code bin/hqml-jmh}); {@code hqml bench engines} reports the same
 * operations next to the machine limits. The in-place pass is included so each figure has its roofline in
 * the same JMH run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineJmh {
    @Param({"10", "14", "18", "20", "22", "24"})
    int n;

    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();
    private double[] state;
    private Circuit h, cx, rz, rzz;

    @Setup
    public void setUp() {
        state = new double[2 << n];
        java.util.Arrays.fill(state, 1.0 / Math.sqrt(1 << n));
        int q = n / 2;
        h = Circuit.builder(n).add(Gate.H, q).build();
        cx = Circuit.builder(n).add(Gate.CX, q, q - 1).build();
        rz = Circuit.builder(n).add(Gate.RZ, 0.3, q).build();
        rzz = Circuit.builder(n).add(Gate.RZZ, 0.3, q, q - 1).build();
    }

    @Benchmark
    public double[] inplace() {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        for (int i = 0; i < state.length; i += 2) {
            double re = state[i], im = state[i + 1];
            state[i] = c * re - s * im;
            state[i + 1] = s * re + c * im;
        }
        return state;
    }

    @Benchmark
    public double[] hadamard() {
        engine.apply(h, state);
        return state;
    }

    @Benchmark
    public double[] cnot() {
        engine.apply(cx, state);
        return state;
    }

    @Benchmark
    public double[] rz() {
        engine.apply(rz, state);
        return state;
    }

    @Benchmark
    public double[] rzz() {
        engine.apply(rzz, state);
        return state;
    }

    /** ZZ feature-map states (reps 2, linear and full entanglement) at n = 4..22, one row per call. */
    @State(Scope.Thread)
    public static class ZzState {
        @Param({"4", "8", "12", "16", "20", "22"})
        int n;
        @Param({"LINEAR", "FULL"})
        Entanglement entanglement;
        ZZFeatureMap map;
        double[][] row;
        double[] out;

        @Setup
        public void setUp() {
            map = new ZZFeatureMap(n, 2, entanglement);
            row = new double[1][n];
            for (int i = 0; i < n; i++) {
                row[0][i] = 0.1 + 0.2 * i;
            }
            out = new double[2 << n];
        }
    }

    @Benchmark
    public double[] zzState(ZzState z) {
        engine.prepareStates(z.map, z.row, z.out);
        return z.out;
    }
}
