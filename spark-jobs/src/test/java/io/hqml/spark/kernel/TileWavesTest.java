package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.Test;

/**
 * A collected kernel runs as waves of Spark jobs whose descriptions carry the progress at submission, and a
 * failing tile fails the computation with its cause.
 */
class TileWavesTest {
    /** Blocks computed in this JVM (local mode: the executors are this JVM). */
    private static final java.util.concurrent.atomic.AtomicInteger BLOCKS = new java.util.concurrent.atomic.AtomicInteger();

    /** k(x, y) = x0 * y0 + 1, with a marker so this test's jobs are told apart; fails on a chosen tile row. */
    private record ToyKernel(String name, int failAtRow) implements BlockKernel {
        @Override
        public void block(double[][] rows, double[][] cols, double[] out) {
            BLOCKS.incrementAndGet();
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < cols.length; j++) {
                    out[i * cols.length + j] = rows[i][0] * cols[j][0] + 1;
                }
            }
        }

        @Override
        public void gramBlockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
            if (rowOffset == failAtRow) {
                throw new IllegalArgumentException("toy kernel refuses tile row " + rowOffset);
            }
            block(rows, cols, out);
        }

        @Override
        public String describe() {
            return name;
        }
    }

    private static double[][] rows(int n) {
        double[][] out = new double[n][1];
        for (int i = 0; i < n; i++) {
            out[i][0] = 0.5 * i;
        }
        return out;
    }

    /** Descriptions of the jobs started while {@code body} runs whose description starts with {@code prefix}. */
    private static List<String> jobDescriptions(String prefix, int expected, Runnable body) throws InterruptedException {
        SparkContext sc = SparkTestSession.get().sparkContext();
        List<String> descriptions = Collections.synchronizedList(new ArrayList<>());
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                String d = start.properties().getProperty("spark.job.description");
                if (d != null && d.startsWith(prefix)) {
                    descriptions.add(d);
                }
            }
        };
        sc.addSparkListener(listener);
        try {
            body.run();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (descriptions.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(50); // and nothing more
        } finally {
            sc.removeSparkListener(listener);
        }
        return new ArrayList<>(descriptions);
    }

    @Test
    void eachWaveIsAJobDescribedWithTheProgressAtItsSubmission() throws InterruptedException {
        TiledKernel tiles = new TiledKernel(SparkTestSession.get(), 7);
        List<String> descriptions = jobDescriptions("hqml kernel toy-waves ", 4, () -> {
            double[][] k = tiles.symmetric(new ToyKernel("toy-waves", -1), rows(33));
            assertEquals(0.5 * 32 * 0.5 * 3 + 1, k[32][3], 0.0);
            assertEquals(k[3][32], k[32][3], 0.0);
        });
        assertEquals(15, tiles.lastTiles());
        assertEquals(8, tiles.lastTasks());
        assertWaves(descriptions, "toy-waves");
    }

    @Test
    void materializedTilesAreComputedInDescribedWavesAndNotAgainByTheConsumer() throws InterruptedException {
        TiledKernel tiles = new TiledKernel(SparkTestSession.get(), 7);
        int[] computed = new int[2];
        List<String> descriptions = jobDescriptions("hqml kernel toy-kept ", 5, () -> {
            try (TiledKernel.TileSet set = tiles.symmetricTiles(new ToyKernel("toy-kept", -1), rows(33))) {
                int before = BLOCKS.get();
                set.materialize();
                computed[0] = BLOCKS.get() - before;
                assertEquals(15, set.tiles().count());
                assertEquals(0.5 * 32 * 0.5 * 28 + 1, set.tiles().filter(t -> t.rowStart() == 28 && t.colStart() == 28)
                        .collect().get(0).values()[4 * 5 + 0], 0.0);
                computed[1] = BLOCKS.get() - before;
            }
        });
        assertEquals(15, computed[0], "every tile once");
        assertEquals(15, computed[1], "the consumer's jobs read the kept tiles");
        assertEquals(6, descriptions.size(), "4 waves, then the consumer's 2 jobs: " + descriptions);
        assertWaves(descriptions.subList(0, 4), "toy-kept");
        assertTrue(descriptions.get(4).endsWith(": writing 15 computed tiles"), descriptions.get(4));
        assertEquals(descriptions.get(4), descriptions.get(5));
    }

    private static void assertWaves(List<String> descriptions, String name) {
        assertEquals(4, descriptions.size(), "8 tasks on 2 cores: 4 waves, one job each: " + descriptions);
        Pattern p = Pattern.compile("hqml kernel " + name + " \\(33 x 33, upper triangle\\): tiles (\\d+)-(\\d+) of 15 "
                + "\\(tiles of up to 7 x 7\\); (\\d+)/15 tiles done(?: \\(\\d+%\\), ETA \\d+\\.\\d s)?");
        // The first two waves are submitted together, from two threads: order the jobs by their first tile.
        List<String> waves = new ArrayList<>(descriptions);
        waves.sort(java.util.Comparator.comparingInt(d -> {
            Matcher m = p.matcher(d);
            return m.matches() ? Integer.parseInt(m.group(1)) : -1;
        }));
        int expectedFirst = 1;
        long[] done = new long[4];
        int[] last = new int[4];
        for (int w = 0; w < 4; w++) {
            Matcher m = p.matcher(waves.get(w));
            assertTrue(m.matches(), waves.get(w));
            assertEquals(expectedFirst, Integer.parseInt(m.group(1)), "waves take consecutive tiles");
            last[w] = Integer.parseInt(m.group(2));
            expectedFirst = last[w] + 1;
            done[w] = Long.parseLong(m.group(3));
        }
        assertEquals(16, expectedFirst, "the waves cover tiles 1-15");
        assertEquals(0, done[0] + done[1], "the first two waves start together");
        assertTrue(done[2] >= last[0] && waves.get(2).contains("ETA"), "the third starts when the first is done: "
                + waves);
        assertTrue(done[3] >= last[1], "the fourth when the second is done: " + waves);
    }

    @Test
    void aFailingTileFailsTheKernelWithItsCauseAndRestoresTheDescription() {
        SparkContext sc = SparkTestSession.get().sparkContext();
        sc.setJobDescription("the caller's description");
        try {
            TiledKernel tiles = new TiledKernel(SparkTestSession.get(), 7);
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> tiles.symmetric(new ToyKernel("toy-fails", 14), rows(33)));
            boolean found = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                found |= String.valueOf(t.getMessage()).contains("toy kernel refuses tile row 14");
            }
            assertTrue(found, "the task's error is in the cause chain: " + e);
            assertEquals("the caller's description", sc.getLocalProperty("spark.job.description"));
        } finally {
            sc.setJobDescription(null);
        }
    }
}
