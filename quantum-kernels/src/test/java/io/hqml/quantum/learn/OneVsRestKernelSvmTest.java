package io.hqml.quantum.learn;

import static io.hqml.quantum.learn.KernelSvmTest.rbfKernel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OneVsRestKernelSvmTest {

    private static final double[][] CENTRES = {{0, 0}, {6, 0}, {0, 6}};

    /** Gaussian blobs of standard deviation 0.5 around centres 6 apart: far more than the spread. */
    private static double[][] blobs(Random rnd, int[] classIndex) {
        double[][] x = new double[classIndex.length][2];
        for (int i = 0; i < x.length; i++) {
            for (int d = 0; d < 2; d++) {
                x[i][d] = CENTRES[classIndex[i]][d] + 0.5 * rnd.nextGaussian();
            }
        }
        return x;
    }

    private static int[] cyclicClasses(int n, int numClasses) {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = i % numClasses;
        }
        return c;
    }

    @Test
    void threeSeparatedBlobsAreClassifiedPerfectly() {
        Random rnd = new Random(2024);
        int[] trainClass = cyclicClasses(45, 3);
        int[] testClass = cyclicClasses(30, 3);
        double[][] train = blobs(rnd, trainClass);
        double[][] test = blobs(rnd, testClass);
        OneVsRestKernelSvm model = OneVsRestKernelSvm.fit(rbfKernel(train, train, 0.2), trainClass, 3,
                KernelSvm.Options.defaults());

        assertEquals(3, model.numClasses());
        double[][] testRows = rbfKernel(test, train, 0.2);
        assertArrayEquals(testClass, model.predict(testRows));
        double[][] scores = model.scores(testRows);
        assertEquals(testClass.length, scores.length);
        for (int r = 0; r < scores.length; r++) {
            assertEquals(3, scores[r].length);
            // Each one-vs-rest SVM must claim its own class only.
            for (int c = 0; c < 3; c++) {
                assertEquals(c == testClass[r], scores[r][c] > 0, "row " + r + " class " + c);
            }
        }
    }

    @Test
    void binaryCaseIsOneSvmWithScoresMinusFAndF() {
        Random rnd = new Random(9);
        int[] trainClass = cyclicClasses(30, 2);
        double[][] train = blobs(rnd, trainClass);
        double[][] k = rbfKernel(train, train, 0.3);
        OneVsRestKernelSvm model = OneVsRestKernelSvm.fit(k, trainClass, 2, KernelSvm.Options.defaults());

        int[] y = new int[trainClass.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = trainClass[i] == 1 ? 1 : -1;
        }
        KernelSvm.Model binary = KernelSvm.fit(k, y, KernelSvm.Options.defaults());
        double[][] rows = rbfKernel(blobs(rnd, cyclicClasses(10, 2)), train, 0.3);
        double[][] scores = model.scores(rows);
        double[] f = binary.decisions(rows);
        for (int r = 0; r < rows.length; r++) {
            assertEquals(f[r], scores[r][1], 0.0);
            assertEquals(-f[r], scores[r][0], 0.0);
            assertEquals(f[r] > 0 ? 1 : 0, model.predict(rows)[r]);
        }
    }

    @Test
    void zeroDecisionTieGoesToTheLowerClass() {
        // Two points mirrored around 0 with a linear kernel: b = 0, so the origin has f = 0 exactly.
        double[][] k = {{1, -1}, {-1, 1}};
        OneVsRestKernelSvm model = OneVsRestKernelSvm.fit(k, new int[] {1, 0}, 2, KernelSvm.Options.defaults());
        assertArrayEquals(new int[] {0}, model.predict(new double[][] {{0, 0}}));
        assertArrayEquals(new int[] {1, 0}, model.predict(k));
    }

    @Test
    void survivesSerialization() throws Exception {
        Random rnd = new Random(1);
        int[] cls = cyclicClasses(30, 3);
        double[][] x = blobs(rnd, cls);
        double[][] k = rbfKernel(x, x, 0.2);
        OneVsRestKernelSvm model = OneVsRestKernelSvm.fit(k, cls, 3, KernelSvm.Options.defaults());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            OneVsRestKernelSvm copy = (OneVsRestKernelSvm) in.readObject();
            double[][] expected = model.scores(k);
            double[][] actual = copy.scores(k);
            for (int r = 0; r < k.length; r++) {
                assertArrayEquals(expected[r], actual[r], 0.0);
            }
        }
    }

    @Test
    void invalidClassesAreRejected() {
        double[][] k = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        KernelSvm.Options o = KernelSvm.Options.defaults();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> OneVsRestKernelSvm.fit(k, new int[] {0, 1, 1}, 3, o));
        assertTrue(missing.getMessage().contains("class 2"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OneVsRestKernelSvm.fit(k, new int[] {0, 0, 0}, 1, o));
        assertThrows(IllegalArgumentException.class, () -> OneVsRestKernelSvm.fit(k, new int[] {0, 1, 3}, 3, o));
        assertThrows(IllegalArgumentException.class, () -> OneVsRestKernelSvm.fit(k, new int[] {0, 1}, 2, o));
    }
}
