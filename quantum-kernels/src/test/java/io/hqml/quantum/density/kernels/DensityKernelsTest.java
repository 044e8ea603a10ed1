package io.hqml.quantum.density.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The local-matrix kernel against a naive per-index loop, for complex non-unitary matrices. */
class DensityKernelsTest {

    @Test
    void localMatchesNaiveApplicationForAnyBitsAndConjugation() {
        SplittableRandom rnd = new SplittableRandom(3);
        int[][] bitSets = {{0, 1}, {5, 2}, {4, 0, 2}, {1, 5, 3, 0}, {3}};
        for (int[] bits : bitSets) {
            for (boolean conj : new boolean[] {false, true}) {
                int d = 1 << bits.length;
                double[] m = random(2 * d * d, rnd);
                double[] v = random(2 << 6, rnd);
                double[] expected = naive(v, bits, m, conj);
                DensityKernels.local(v, bits, m, conj);
                assertArrayEquals(expected, v, 1e-12, java.util.Arrays.toString(bits) + " conj=" + conj);
            }
        }
    }

    private static double[] naive(double[] v, int[] bits, double[] m, boolean conj) {
        int d = 1 << bits.length;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length / 2; i++) {
            int row = 0;
            for (int j = 0; j < bits.length; j++) {
                row |= (i >> bits[j] & 1) << j;
            }
            for (int col = 0; col < d; col++) {
                int src = i;
                for (int j = 0; j < bits.length; j++) {
                    src = (src & ~(1 << bits[j])) | ((col >> j & 1) << bits[j]);
                }
                double mr = m[2 * (row * d + col)];
                double mi = (conj ? -1 : 1) * m[2 * (row * d + col) + 1];
                out[2 * i] += mr * v[2 * src] - mi * v[2 * src + 1];
                out[2 * i + 1] += mr * v[2 * src + 1] + mi * v[2 * src];
            }
        }
        return out;
    }

    private static double[] random(int len, SplittableRandom rnd) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = rnd.nextDouble(-1, 1);
        }
        return a;
    }
}
