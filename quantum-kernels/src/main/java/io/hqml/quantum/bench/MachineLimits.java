package io.hqml.quantum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's limits, measured in the same run as the engines so every figure reads as a fraction of
 * them: the in-place bandwidth for a state of 2^n amplitudes (the simplest pass a gate could be: multiply
 * every amplitude by a constant, read + write 16 * 2^n bytes) and the copy bandwidth.
 */
public final class MachineLimits {
    private MachineLimits() {
    }

    /** Nanoseconds of one in-place pass over a 2^n state: every amplitude times a unit complex constant. */
    public static double inplaceNanos(Timing timing, int n) {
        double[] s = filledState(n);
        final double c = Math.cos(0.3), sn = Math.sin(0.3);
        return timing.nanosPerOp(() -> {
            for (int i = 0; i < s.length; i += 2) {
                double re = s[i], im = s[i + 1];
                s[i] = c * re - sn * im;
                s[i + 1] = sn * re + c * im;
            }
        });
    }

    /** GB/s of copying a 256 MiB array (read + write counted). */
    public static double copyGbps(Timing timing) {
        double[] a = new double[32 << 20], b = new double[32 << 20];
        java.util.Arrays.fill(a, 1.0);
        double ns = timing.nanosPerOp(() -> System.arraycopy(a, 0, b, 0, a.length));
        return 2.0 * 8 * a.length / ns;
    }

    /** The CPU model from /proc/cpuinfo, or the JVM's architecture. */
    public static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim() + " (" + Runtime.getRuntime().availableProcessors()
                            + " cores)";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch") + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
    }

    static double[] filledState(int n) {
        double[] s = new double[2 << n];
        double v = 1.0 / Math.sqrt(1 << n);
        for (int i = 0; i < s.length; i += 2) {
            s[i] = v;
        }
        return s;
    }
}
