package io.hqml.nativeengine;

import io.hqml.quantum.bench.EngineBench;
import io.hqml.quantum.bench.Timing;
import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;

/**
 * Native-only figures for {@code hqml bench engines}: the Gram block of two blocks of states held in off-heap
 * {@link NativeStateBuffer}s, the path {@code FidelityKernel} takes on the native engine (op {@code gram_offheap};
 * same flop count as {@link EngineBench#gram}: 8 per complex multiply-add).
 */
public final class NativeBench {
    private NativeBench() {
    }

    public static EngineBench.Row gramOffHeap(Timing timing, Isa isa, int n, int count) {
        NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
        ZZFeatureMap map = new ZZFeatureMap(n, 2, Entanglement.LINEAR);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        double[][] rows = new double[count][n], cols = new double[count][n];
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < n; i++) {
                rows[r][i] = rnd.nextDouble(0, Math.PI);
                cols[r][i] = rnd.nextDouble(0, Math.PI);
            }
        }
        double[] out = new double[count * count];
        try (NativeStateBuffer a = new NativeStateBuffer(n, count); NativeStateBuffer b = new NativeStateBuffer(n, count)) {
            engine.prepareStates(map.template(), rows, new double[0], a);
            engine.prepareStates(map.template(), cols, new double[0], b);
            double ns = timing.nanosPerOp(() -> engine.gramBlock(a, count, b, count, out));
            return new EngineBench.Row(engine.name(), isa.label(), 1, n, "gram_offheap", ns, null,
                    8.0 * count * count * (1L << n) / ns);
        }
    }
}
