package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Progress events of real kernel computations: every tile is counted once, the last report is the total. */
class TileProgressTest {
    private static double[][] rows(int n) {
        SplittableRandom rnd = new SplittableRandom(4);
        double[][] out = new double[n][2];
        for (double[] row : out) {
            row[0] = rnd.nextDouble(0, Math.PI);
            row[1] = rnd.nextDouble(0, Math.PI);
        }
        return out;
    }

    private static final FidelityKernel KERNEL = new FidelityKernel(new ZZFeatureMap(2, 2, Entanglement.LINEAR));

    @Test
    void everyTaskIsReportedWithoutThrottling() {
        List<ProgressMeter.Report> reports = Collections.synchronizedList(new ArrayList<>());
        TiledKernel tiles = new TiledKernel(SparkTestSession.get(), 7).withProgress(reports::add, 0);
        tiles.symmetric(KERNEL, rows(33));
        int total = tiles.lastTiles();
        assertEquals(15, total, "5 row tiles: 5 * 6 / 2 tiles I <= J");
        assertEquals(8, tiles.lastTasks(), "4 tasks per core on local[2]");
        assertEquals(tiles.lastTasks(), reports.size(), "one report per finished task at interval 0");
        for (int i = 0; i < reports.size(); i++) {
            assertTrue(reports.get(i).done() > (i == 0 ? 0 : reports.get(i - 1).done()), "each report further");
            assertEquals(total, reports.get(i).total());
        }
        assertEquals(total, reports.get(reports.size() - 1).done());
        assertTrue(reports.get(0).label().contains("33 x 33, upper triangle"), reports.get(0).label());

        reports.clear();
        tiles.cross(KERNEL, rows(9), rows(33));
        assertEquals(tiles.lastTasks(), reports.size());
        assertEquals(10, reports.get(reports.size() - 1).done(), "2 x 5 tiles of the cross kernel");
    }

    @Test
    void aLongIntervalStillReportsTheFinishedComputationOnce() {
        List<ProgressMeter.Report> reports = Collections.synchronizedList(new ArrayList<>());
        TiledKernel tiles = new TiledKernel(SparkTestSession.get(), 4).withProgress(reports::add, 3600);
        tiles.symmetric(KERNEL, rows(20));
        assertEquals(1, reports.size(), reports.toString());
        assertEquals(15, reports.get(0).done());
        assertEquals(15, reports.get(0).total());
    }

    @Test
    void tilesKeptOnTheExecutorsAreCountedWhenAJobRunsThem() {
        List<ProgressMeter.Report> reports = Collections.synchronizedList(new ArrayList<>());
        TiledKernel tiles = new TiledKernel(SparkTestSession.get(), 5).withProgress(reports::add, 0);
        try (TiledKernel.TileSet set = tiles.symmetricTiles(KERNEL, rows(12))) {
            assertTrue(reports.isEmpty(), "nothing computed yet");
            assertEquals(6, set.tiles().count());
            set.tiles().count(); // a second pass over the same tiles does not count them again
        }
        assertEquals(6, reports.get(reports.size() - 1).done());
        assertEquals(6, reports.size());
    }
}
