package io.hqml.quantum.engine;

/**
 * Unnormalised Hadamard butterflies over a contiguous region of an interleaved state: for index bit k
 * (partner distance {@code 2^k} doubles; qubit q is k = q + 1), {@code (a, b) -> (a + b, a - b)} on every
 * pair. H is real, so re and im are butterflied alike and the pairs are whole runs of doubles.
 *
 * <p>Why one method per distance: HotSpot C2 (JDK 17) vectorises {@code s[j]} against {@code s[j + d]}
 * only when d is a compile-time constant; with d a variable it cannot prove the two runs independent and
 * emits scalar code, 3-4x slower. So distances 2^4 .. 2^16 doubles each have a method with the distance
 * written out (radix-4 for the pairs (2^k, 2^(k+1)), k even, which halves the loads and stores). Distances
 * below 16 doubles (qubits 0-2) fit inside one vector: no loop over them vectorises, they are done in
 * registers ({@link #lowThree}). The methods below differ only in their constants.
 */
final class Butterflies {
    private Butterflies() {
    }

    /** Largest index bit with a constant-distance kernel: partners 2^16 doubles apart. */
    static final int MAX_BIT = 16;

    /**
     * Butterflies on every index bit set in {@code bits} over {@code s[start, start + width)}; width is a
     * multiple of twice the largest distance.
     */
    static void apply(double[] s, int start, int width, int bits) {
        int m = bits;
        if ((m & 0b1110) == 0b1110) {
            lowThree(s, start, width);
            m &= ~0b1110;
        }
        while (m != 0) {
            int k = Integer.numberOfTrailingZeros(m);
            if ((m >> (k + 1) & 1) == 1 && radix4(s, start, width, k)) {
                m &= ~(3 << k);
            } else {
                radix2(s, start, width, k);
                m &= m - 1;
            }
        }
    }

    /** Index bits 1, 2, 3 (qubits 0, 1, 2): 8 amplitudes in registers, three levels, one load and store each. */
    static void lowThree(double[] s, int start, int width) {
        for (int j = start; j < start + width; j += 16) {
            for (int o = j; o < j + 2; o++) {
                double x0 = s[o], x1 = s[o + 2], x2 = s[o + 4], x3 = s[o + 6];
                double x4 = s[o + 8], x5 = s[o + 10], x6 = s[o + 12], x7 = s[o + 14];
                double a0 = x0 + x1, a1 = x0 - x1, a2 = x2 + x3, a3 = x2 - x3;
                double a4 = x4 + x5, a5 = x4 - x5, a6 = x6 + x7, a7 = x6 - x7;
                double b0 = a0 + a2, b1 = a1 + a3, b2 = a0 - a2, b3 = a1 - a3;
                double b4 = a4 + a6, b5 = a5 + a7, b6 = a4 - a6, b7 = a5 - a7;
                s[o] = b0 + b4;
                s[o + 2] = b1 + b5;
                s[o + 4] = b2 + b6;
                s[o + 6] = b3 + b7;
                s[o + 8] = b0 - b4;
                s[o + 10] = b1 - b5;
                s[o + 12] = b2 - b6;
                s[o + 14] = b3 - b7;
            }
        }
    }

    /**
     * Butterflies on every index bit set in {@code bits} over {@code s[start, start + width)}, three bits at a
     * time in registers (radix-8: one load and store per element per three bits). Scalar, for any distances: for
     * partners far apart (the high qubits of a large state) the passes over memory, not the arithmetic, are the
     * cost.
     */
    static void wide(double[] s, int start, int width, int bits) {
        int m = bits;
        while (m != 0) {
            int d1 = Integer.lowestOneBit(m);
            m &= m - 1;
            if (m == 0) {
                radix2(s, start, width, Integer.numberOfTrailingZeros(d1));
                return;
            }
            int d2 = Integer.lowestOneBit(m);
            m &= m - 1;
            if (m == 0) {
                wide4(s, start, width, d1, d2);
                return;
            }
            int d3 = Integer.lowestOneBit(m);
            m &= m - 1;
            wide8(s, start, width, d1, d2, d3);
        }
    }

    private static void wide4(double[] s, int start, int width, int d1, int d2) {
        for (int b2 = start; b2 < start + width; b2 += 2 * d2) {
            for (int b1 = b2; b1 < b2 + d2; b1 += 2 * d1) {
                for (int j = b1; j < b1 + d1; j++) {
                    double a = s[j], b = s[j + d1], c = s[j + d2], e = s[j + d1 + d2];
                    double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                    s[j] = ab + ce;
                    s[j + d1] = amb + cme;
                    s[j + d2] = ab - ce;
                    s[j + d1 + d2] = amb - cme;
                }
            }
        }
    }

    private static void wide8(double[] s, int start, int width, int d1, int d2, int d3) {
        for (int b3 = start; b3 < start + width; b3 += 2 * d3) {
            for (int b2 = b3; b2 < b3 + d3; b2 += 2 * d2) {
                for (int b1 = b2; b1 < b2 + d2; b1 += 2 * d1) {
                    for (int j = b1; j < b1 + d1; j++) {
                        double x0 = s[j], x1 = s[j + d1], x2 = s[j + d2], x3 = s[j + d2 + d1];
                        double x4 = s[j + d3], x5 = s[j + d3 + d1], x6 = s[j + d3 + d2], x7 = s[j + d3 + d2 + d1];
                        double a0 = x0 + x1, a1 = x0 - x1, a2 = x2 + x3, a3 = x2 - x3;
                        double a4 = x4 + x5, a5 = x4 - x5, a6 = x6 + x7, a7 = x6 - x7;
                        double b0 = a0 + a2, b1x = a1 + a3, b2x = a0 - a2, b3x = a1 - a3;
                        double b4 = a4 + a6, b5 = a5 + a7, b6 = a4 - a6, b7 = a5 - a7;
                        s[j] = b0 + b4;
                        s[j + d1] = b1x + b5;
                        s[j + d2] = b2x + b6;
                        s[j + d2 + d1] = b3x + b7;
                        s[j + d3] = b0 - b4;
                        s[j + d3 + d1] = b1x - b5;
                        s[j + d3 + d2] = b2x - b6;
                        s[j + d3 + d2 + d1] = b3x - b7;
                    }
                }
            }
        }
    }

    /** Radix-2 at distance 2^k doubles: a constant-distance kernel for k in [4, 16], else a scalar loop. */
    static void radix2(double[] s, int start, int width, int k) {
        switch (k) {
            case 4 -> r2d16(s, start, width);
            case 5 -> r2d32(s, start, width);
            case 6 -> r2d64(s, start, width);
            case 7 -> r2d128(s, start, width);
            case 8 -> r2d256(s, start, width);
            case 9 -> r2d512(s, start, width);
            case 10 -> r2d1024(s, start, width);
            case 11 -> r2d2048(s, start, width);
            case 12 -> r2d4096(s, start, width);
            case 13 -> r2d8192(s, start, width);
            case 14 -> r2d16384(s, start, width);
            case 15 -> r2d32768(s, start, width);
            case 16 -> r2d65536(s, start, width);
            default -> {
                int d = 1 << k;
                for (int base = start; base < start + width; base += 2 * d) {
                    for (int j = base; j < base + d; j++) {
                        double a = s[j], b = s[j + d];
                        s[j] = a + b;
                        s[j + d] = a - b;
                    }
                }
            }
        }
    }

    /** Radix-4 at distances 2^k and 2^(k+1) doubles if a constant-distance kernel exists (k even, 4..14). */
    static boolean radix4(double[] s, int start, int width, int k) {
        switch (k) {
            case 4 -> r4d16(s, start, width);
            case 6 -> r4d64(s, start, width);
            case 8 -> r4d256(s, start, width);
            case 10 -> r4d1024(s, start, width);
            case 12 -> r4d4096(s, start, width);
            case 14 -> r4d16384(s, start, width);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void r2d16(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 32) {
            for (int j = base; j < base + 16; j++) {
                double a = s[j], b = s[j + 16];
                s[j] = a + b;
                s[j + 16] = a - b;
            }
        }
    }

    private static void r2d32(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 64) {
            for (int j = base; j < base + 32; j++) {
                double a = s[j], b = s[j + 32];
                s[j] = a + b;
                s[j + 32] = a - b;
            }
        }
    }

    private static void r2d64(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 128) {
            for (int j = base; j < base + 64; j++) {
                double a = s[j], b = s[j + 64];
                s[j] = a + b;
                s[j + 64] = a - b;
            }
        }
    }

    private static void r2d128(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 256) {
            for (int j = base; j < base + 128; j++) {
                double a = s[j], b = s[j + 128];
                s[j] = a + b;
                s[j + 128] = a - b;
            }
        }
    }

    private static void r2d256(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 512) {
            for (int j = base; j < base + 256; j++) {
                double a = s[j], b = s[j + 256];
                s[j] = a + b;
                s[j + 256] = a - b;
            }
        }
    }

    private static void r2d512(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 1024) {
            for (int j = base; j < base + 512; j++) {
                double a = s[j], b = s[j + 512];
                s[j] = a + b;
                s[j + 512] = a - b;
            }
        }
    }

    private static void r2d1024(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 2048) {
            for (int j = base; j < base + 1024; j++) {
                double a = s[j], b = s[j + 1024];
                s[j] = a + b;
                s[j + 1024] = a - b;
            }
        }
    }

    private static void r2d2048(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 4096) {
            for (int j = base; j < base + 2048; j++) {
                double a = s[j], b = s[j + 2048];
                s[j] = a + b;
                s[j + 2048] = a - b;
            }
        }
    }

    private static void r2d4096(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 8192) {
            for (int j = base; j < base + 4096; j++) {
                double a = s[j], b = s[j + 4096];
                s[j] = a + b;
                s[j + 4096] = a - b;
            }
        }
    }

    private static void r2d8192(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 16384) {
            for (int j = base; j < base + 8192; j++) {
                double a = s[j], b = s[j + 8192];
                s[j] = a + b;
                s[j + 8192] = a - b;
            }
        }
    }

    private static void r2d16384(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 32768) {
            for (int j = base; j < base + 16384; j++) {
                double a = s[j], b = s[j + 16384];
                s[j] = a + b;
                s[j + 16384] = a - b;
            }
        }
    }

    private static void r2d32768(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 65536) {
            for (int j = base; j < base + 32768; j++) {
                double a = s[j], b = s[j + 32768];
                s[j] = a + b;
                s[j + 32768] = a - b;
            }
        }
    }

    private static void r2d65536(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 131072) {
            for (int j = base; j < base + 65536; j++) {
                double a = s[j], b = s[j + 65536];
                s[j] = a + b;
                s[j + 65536] = a - b;
            }
        }
    }

    private static void r4d16(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 64) {
            for (int j = base; j < base + 16; j++) {
                double a = s[j], b = s[j + 16], c = s[j + 32], e = s[j + 48];
                double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                s[j] = ab + ce;
                s[j + 16] = amb + cme;
                s[j + 32] = ab - ce;
                s[j + 48] = amb - cme;
            }
        }
    }

    private static void r4d64(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 256) {
            for (int j = base; j < base + 64; j++) {
                double a = s[j], b = s[j + 64], c = s[j + 128], e = s[j + 192];
                double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                s[j] = ab + ce;
                s[j + 64] = amb + cme;
                s[j + 128] = ab - ce;
                s[j + 192] = amb - cme;
            }
        }
    }

    private static void r4d256(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 1024) {
            for (int j = base; j < base + 256; j++) {
                double a = s[j], b = s[j + 256], c = s[j + 512], e = s[j + 768];
                double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                s[j] = ab + ce;
                s[j + 256] = amb + cme;
                s[j + 512] = ab - ce;
                s[j + 768] = amb - cme;
            }
        }
    }

    private static void r4d1024(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 4096) {
            for (int j = base; j < base + 1024; j++) {
                double a = s[j], b = s[j + 1024], c = s[j + 2048], e = s[j + 3072];
                double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                s[j] = ab + ce;
                s[j + 1024] = amb + cme;
                s[j + 2048] = ab - ce;
                s[j + 3072] = amb - cme;
            }
        }
    }

    private static void r4d4096(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 16384) {
            for (int j = base; j < base + 4096; j++) {
                double a = s[j], b = s[j + 4096], c = s[j + 8192], e = s[j + 12288];
                double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                s[j] = ab + ce;
                s[j + 4096] = amb + cme;
                s[j + 8192] = ab - ce;
                s[j + 12288] = amb - cme;
            }
        }
    }

    private static void r4d16384(double[] s, int start, int width) {
        for (int base = start; base < start + width; base += 65536) {
            for (int j = base; j < base + 16384; j++) {
                double a = s[j], b = s[j + 16384], c = s[j + 32768], e = s[j + 49152];
                double ab = a + b, amb = a - b, ce = c + e, cme = c - e;
                s[j] = ab + ce;
                s[j + 16384] = amb + cme;
                s[j + 32768] = ab - ce;
                s[j + 49152] = amb - cme;
            }
        }
    }
}
