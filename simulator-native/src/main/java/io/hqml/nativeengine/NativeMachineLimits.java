package io.hqml.nativeengine;

import io.hqml.quantum.bench.Timing;
import java.util.Arrays;

/**
 * Machine limits measured through the native library, for {@code hqml bench engines}: the in-place pass in C
 * with the best vector variant (the same pass as {@link io.hqml.quantum.bench.MachineLimits#inplaceNanos}, the
 * stricter roofline where Java's loop is slower than the hardware), and single-threaded DGEMM of the BLAS the
 * Gram block uses (an engine is single-threaded, so that is the peak it is held to).
 */
public final class NativeMachineLimits {
    private NativeMachineLimits() {
    }

    /** Nanoseconds of one native in-place pass over a 2^n state. */
    public static double inplaceNanos(Timing timing, int n) {
        double[] s = new double[2 << n];
        Arrays.fill(s, 1.0 / Math.sqrt(2L << n));
        int variant = Isa.best().code();
        double c = Math.cos(0.3), sn = Math.sin(0.3);
        return timing.nanosPerOp(() -> NativeKernels.inplace(variant, n, s, c, sn));
    }

    /** GFLOP/s of an n x n DGEMM on one thread with the BLAS found, or NaN when there is none. */
    public static double dgemmGflops(Timing timing, int n) {
        double[] a = new double[n * n], b = new double[n * n], c = new double[n * n];
        Arrays.fill(a, 0.5);
        Arrays.fill(b, 0.25);
        if (!NativeKernels.dgemm(n, a, b, c)) {
            return Double.NaN;
        }
        return 2.0 * n * n * n / timing.nanosPerOp(() -> NativeKernels.dgemm(n, a, b, c));
    }

    /** The BLAS library name, or null. */
    public static String blasName() {
        return NativeKernels.blasName();
    }
}
