package io.hqml.nativeengine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

/** Shared test helpers: this module's tests require the library (a load failure is a failure, not a skip). */
final class NativeTesting {
    private NativeTesting() {
    }

    static void requireLoaded() {
        assertTrue(NativeLibrary.isLoaded(), () -> "libhqmlsim did not load: " + NativeLibrary.failure());
    }

    static List<Isa> variants() {
        requireLoaded();
        return Isa.supported();
    }

    static double[][] rows(int count, int width, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[count][width];
        for (double[] r : rows) {
            for (int i = 0; i < width; i++) {
                r[i] = rnd.nextDouble(0, Math.PI);
            }
        }
        return rows;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
