package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hqml.quantum.featuremap.Entanglement;
import io.hqml.quantum.featuremap.ZZFeatureMap;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.SparkTestSession;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tiled Spark assembly equals one direct block evaluation, exactly, for any tile size. */
class TiledKernelTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 16, 64})
    void tiledEqualsDirect(int tileSize) {
        SplittableRandom rnd = new SplittableRandom(3);
        double[][] train = random(rnd, 33, 3);
        double[][] test = random(rnd, 9, 3);
        FidelityKernel k = new FidelityKernel(new ZZFeatureMap(3, 2, Entanglement.FULL));
        TiledKernel tiles = new TiledKernel(SparkTestSession.get(), tileSize);

        double[][] sym = tiles.symmetric(k, train);
        double[] direct = new double[33 * 33];
        k.block(train, train, direct);
        for (int i = 0; i < 33; i++) {
            for (int j = 0; j < 33; j++) {
                assertEquals(direct[i * 33 + j], sym[i][j], 1e-15, "(" + i + "," + j + ")");
                assertEquals(sym[i][j], sym[j][i], 0.0);
            }
        }
        int t = (33 + tileSize - 1) / tileSize;
        assertEquals(t * (t + 1) / 2, tiles.lastTiles(), "only tiles I <= J are computed");

        double[][] cross = tiles.cross(k, test, train);
        double[] directCross = new double[9 * 33];
        k.block(test, train, directCross);
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 33; j++) {
                assertEquals(directCross[i * 33 + j], cross[i][j], 1e-15);
            }
        }
    }

    private static double[][] random(SplittableRandom rnd, int n, int d) {
        double[][] out = new double[n][d];
        for (double[] row : out) {
            for (int j = 0; j < d; j++) {
                row[j] = rnd.nextDouble(0, 2 * Math.PI);
            }
        }
        return out;
    }
}
