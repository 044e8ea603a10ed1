package io.hqml.spark.ml.feature;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import scala.Tuple2;

/**
 * Picks the Nystroem landmarks among the non-null vectors of a column, deterministically given the seed and
 * the input's order (partition by partition, row by row: the {@code RDD.zipWithIndex} order, as
 * {@code QuantumKernelSVC} reads its rows). Only the chosen rows reach the driver.
 *
 * <ul>
 *   <li>{@code uniform}: {@code m} distinct row indices drawn uniformly (Floyd's algorithm), landmarks in
 *       index order.</li>
 *   <li>{@code kmeans++}: the seeding of k-means++ (Arthur and Vassilvitskii 2007): the first landmark
 *       uniformly, each next one with probability proportional to its squared Euclidean distance to the nearest
 *       landmark so far, so landmarks spread over the data instead of piling up where it is dense. It runs on the
 *       driver over a uniform candidate pool of {@code max(10,000, 20 m)} rows (all rows when fewer): the
 *       driver holds the pool's input vectors, not its states, and the cost is {@code pool x m x d}. Distances
 *       are taken between input vectors (angles), not kernel features: no circuit is simulated to choose, and
 *       for angle-encoded maps nearby angles give nearby states.</li>
 * </ul>
 * When the column has fewer non-null rows than {@code m}, every row is a landmark.
 */
final class LandmarkSelection {
    static final int MIN_POOL = 10_000;
    static final int POOL_PER_LANDMARK = 20;

    private LandmarkSelection() {
    }

    static double[][] select(Dataset<?> data, String column, int m, String method, long seed) {
        JavaRDD<Vector> vectors = data.select(col(column)).where(col(column).isNotNull()).toJavaRDD()
                .map(r -> (Vector) r.get(0));
        long n = vectors.count();
        if (n == 0) {
            throw new IllegalArgumentException("column '" + column + "' has no non-null vectors; fit the Nystroem"
                    + " stage on data with at least one row");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean kmeans = NystroemParams.KMEANS_PLUS_PLUS.equals(method);
        long wanted = kmeans ? Math.max(MIN_POOL, (long) POOL_PER_LANDMARK * m) : m;
        double[][] pool = fetch(vectors, sampleIndices(n, (int) Math.min(n, wanted), rnd));
        return kmeans ? kMeansPlusPlus(pool, (int) Math.min(m, pool.length), rnd) : pool;
    }

    /** {@code k} distinct indices in {@code [0, n)}, ascending (Floyd's algorithm: k draws, no rejection loop). */
    static long[] sampleIndices(long n, int k, SplittableRandom rnd) {
        if (k == n) {
            long[] all = new long[k];
            Arrays.setAll(all, i -> i);
            return all;
        }
        Set<Long> chosen = new HashSet<>();
        for (long j = n - k; j < n; j++) {
            long t = rnd.nextLong(j + 1);
            chosen.add(chosen.contains(t) ? j : t);
        }
        long[] out = chosen.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** The vectors at the given ascending indices, in that order. */
    private static double[][] fetch(JavaRDD<Vector> vectors, long[] indices) {
        List<Tuple2<Vector, Long>> rows = vectors.zipWithIndex()
                .filter(t -> Arrays.binarySearch(indices, t._2()) >= 0).collect();
        double[][] out = new double[indices.length][];
        for (Tuple2<Vector, Long> t : rows) {
            out[Arrays.binarySearch(indices, t._2())] = t._1().toArray();
        }
        return out;
    }

    /** D^2 seeding: {@code k} of the rows, in the order chosen. Only duplicates left: the next is uniform. */
    static double[][] kMeansPlusPlus(double[][] rows, int k, SplittableRandom rnd) {
        int n = rows.length;
        double[][] out = new double[k][];
        boolean[] taken = new boolean[n];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int pick = rnd.nextInt(n);
        for (int c = 0; c < k; c++) {
            if (c > 0) {
                pick = draw(nearest, taken, rnd);
            }
            taken[pick] = true;
            out[c] = rows[pick];
            for (int i = 0; i < n; i++) {
                nearest[i] = taken[i] ? 0.0 : Math.min(nearest[i], squaredDistance(rows[i], rows[pick]));
            }
        }
        return out;
    }

    /** An untaken index with probability proportional to {@code weight}, uniform when all weights are 0. */
    private static int draw(double[] weight, boolean[] taken, SplittableRandom rnd) {
        double total = 0;
        int last = -1;
        for (int i = 0; i < weight.length; i++) {
            total += weight[i];
            if (weight[i] > 0) {
                last = i;
            }
        }
        if (last < 0) {
            int free = 0;
            for (boolean t : taken) {
                free += t ? 0 : 1;
            }
            int target = rnd.nextInt(free);
            for (int i = 0; i < taken.length; i++) {
                if (!taken[i] && target-- == 0) {
                    return i;
                }
            }
        }
        double r = rnd.nextDouble() * total;
        double cumulative = 0;
        for (int i = 0; i < weight.length; i++) {
            cumulative += weight[i];
            if (weight[i] > 0 && r < cumulative) {
                return i;
            }
        }
        return last; // rounding left r at the very end of the cumulative sum
    }

    private static double squaredDistance(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("input vectors have " + x.length + " and " + y.length
                    + " values; every row needs the same number of features");
        }
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - y[j];
            s += d * d;
        }
        return s;
    }
}
