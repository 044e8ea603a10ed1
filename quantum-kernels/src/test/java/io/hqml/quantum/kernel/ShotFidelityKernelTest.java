package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShotFidelityKernelTest {
    private static final ZZFeatureMap MAP = new ZZFeatureMap(3, 2, Entanglement.LINEAR);

    @Test
    void meanOverSeedsApproachesTheExactKernelAndVarianceIsBinomial() {
        double[][] rows = rows(6, 41);
        int n = rows.length, shots = 256, seeds = 400;
        double[] exact = new double[n * n];
        new FidelityKernel(MAP).symmetricBlock(rows, exact);
        double[] sum = new double[n * n], sumSq = new double[n * n];
        for (int s = 0; s < seeds; s++) {
            double[] k = new double[n * n];
            new ShotFidelityKernel(MAP, shots, s).symmetricBlock(rows, k);
            for (int t = 0; t < n * n; t++) {
                sum[t] += k[t];
                sumSq[t] += k[t] * k[t];
            }
        }
        double observedVar = 0, expectedVar = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int t = i * n + j;
                double p = exact[t], mean = sum[t] / seeds;
                double sigma = Math.sqrt(p * (1 - p) / shots / seeds);
                assertEquals(p, mean, 4 * sigma + 1e-12, "entry " + i + "," + j);
                observedVar += sumSq[t] / seeds - mean * mean;
                expectedVar += p * (1 - p) / shots;
            }
        }
        // pooled over 15 entries x 400 seeds, the variance ratio has a standard deviation of about 2%
        assertEquals(1.0, observedVar / expectedVar, 0.1);
    }

    @Test
    void diagonalIsOneAndGramIsSymmetric() {
        double[][] rows = rows(7, 42);
        double[] k = new double[49];
        new ShotFidelityKernel(MAP, 100, 3).symmetricBlock(rows, k);
        for (int i = 0; i < 7; i++) {
            assertEquals(1.0, k[i * 7 + i], 0.0);
            for (int j = 0; j < 7; j++) {
                assertEquals(k[i * 7 + j], k[j * 7 + i], 0.0);
                double scaled = k[i * 7 + j] * 100;
                assertEquals(Math.rint(scaled), scaled, 1e-9, "a count over 100 shots");
            }
        }
    }

    @Test
    void sameSeedSameValuesAndOtherSeedOtherValues() {
        double[][] rows = rows(5, 43);
        double[] a = new double[25], b = new double[25], c = new double[25];
        new ShotFidelityKernel(MAP, 1000, 7).symmetricBlock(rows, a);
        new ShotFidelityKernel(MAP, 1000, 7).symmetricBlock(rows, b);
        new ShotFidelityKernel(MAP, 1000, 8).symmetricBlock(rows, c);
        assertArrayEquals(a, b, 0.0);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void gramMatrixDoesNotDependOnTheTiling() {
        double[][] rows = rows(11, 44);
        ShotFidelityKernel k = new ShotFidelityKernel(MAP, 512, 99);
        double[][] whole = square(rows.length, flat -> k.symmetricBlock(rows, flat));
        for (int tile : new int[] {1, 2, 3, 4, 5}) {
            double[][] tiled = new double[rows.length][rows.length];
            for (int i0 = 0; i0 < rows.length; i0 += tile) {
                for (int j0 = 0; j0 < rows.length; j0 += tile) {
                    double[][] ri = slice(rows, i0, tile), rj = slice(rows, j0, tile);
                    double[] out = new double[ri.length * rj.length];
                    if (i0 == j0) {
                        k.symmetricBlockAt(ri, i0, out);
                    } else {
                        // tiles below the diagonal computed directly, not mirrored: the same values
                        k.gramBlockAt(ri, i0, rj, j0, out);
                    }
                    place(out, tiled, i0, ri.length, j0, rj.length);
                }
            }
            for (int i = 0; i < rows.length; i++) {
                assertArrayEquals(whole[i], tiled[i], 0.0, "tile size " + tile);
            }
        }
    }

    @Test
    void crossMatrixDoesNotDependOnTheTiling() {
        double[][] test = rows(5, 45), train = rows(7, 46);
        ShotFidelityKernel k = new ShotFidelityKernel(MAP, 300, 5);
        double[] whole = new double[5 * 7];
        k.block(test, train, whole);
        double[][] tiled = new double[5][7];
        int tile = 3;
        for (int i0 = 0; i0 < 5; i0 += tile) {
            for (int j0 = 0; j0 < 7; j0 += tile) {
                double[][] ri = slice(test, i0, tile), rj = slice(train, j0, tile);
                double[] out = new double[ri.length * rj.length];
                k.blockAt(ri, i0, rj, j0, out);
                place(out, tiled, i0, ri.length, j0, rj.length);
            }
        }
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(Arrays.copyOfRange(whole, i * 7, i * 7 + 7), tiled[i], 0.0);
        }
    }

    @Test
    void manyShotsConvergeAndSerializedCopiesAgree() throws Exception {
        double[][] rows = rows(4, 47);
        ShotFidelityKernel k = new ShotFidelityKernel(MAP, 4_000_000, 1);
        double[] exact = new double[16], shot = new double[16];
        new FidelityKernel(MAP).block(rows, rows, exact);
        k.block(rows, rows, shot);
        for (int t = 0; t < 16; t++) {
            assertEquals(exact[t], shot[t], 5 * k.standardError(exact[t]) + 1e-12);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(k);
        }
        ShotFidelityKernel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ShotFidelityKernel) in.readObject();
        }
        double[] again = new double[16];
        copy.block(rows, rows, again);
        assertArrayEquals(shot, again, 0.0);
        assertTrue(k.describe().startsWith("fidelity-shots[shots=4000000,seed=1,"), k.describe());
        assertThrows(IllegalArgumentException.class, () -> new ShotFidelityKernel(MAP, 0, 1));
    }

    private static double[][] rows(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][3];
        for (double[] r : rows) {
            for (int q = 0; q < 3; q++) {
                r[q] = rnd.nextDouble(0, 2);
            }
        }
        return rows;
    }

    private static double[][] square(int n, java.util.function.Consumer<double[]> fill) {
        double[] flat = new double[n * n];
        fill.accept(flat);
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOfRange(flat, i * n, i * n + n);
        }
        return m;
    }

    private static double[][] slice(double[][] rows, int start, int size) {
        return Arrays.copyOfRange(rows, start, Math.min(rows.length, start + size));
    }

    private static void place(double[] out, double[][] m, int i0, int ni, int j0, int nj) {
        for (int i = 0; i < ni; i++) {
            for (int j = 0; j < nj; j++) {
                m[i0 + i][j0 + j] = out[i * nj + j];
            }
        }
    }
}
