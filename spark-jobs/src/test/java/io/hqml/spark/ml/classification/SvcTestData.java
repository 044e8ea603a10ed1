package io.hqml.spark.ml.classification;

import io.hqml.quantum.data.AdHocDataset;
import io.hqml.quantum.data.LabeledPoints;
import io.hqml.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small labelled sets as DataFrames (id, features, label) for the QuantumKernelSVC tests. */
final class SvcTestData {
    /** Rows and class indices, in order. */
    record Split(double[][] x, int[] y) {
        Dataset<Row> frame() {
            StructType schema = new StructType().add("id", DataTypes.IntegerType)
                    .add("features", SQLDataTypes.VectorType()).add("label", DataTypes.DoubleType);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                rows.add(RowFactory.create(i, Vectors.dense(x[i]), (double) y[i]));
            }
            return SparkTestSession.get().createDataFrame(rows, schema);
        }

        /** The same rows as plain columns x0.. and label, for a VectorAssembler. */
        Dataset<Row> columns() {
            StructType schema = new StructType();
            for (int j = 0; j < x[0].length; j++) {
                schema = schema.add("x" + j, DataTypes.DoubleType);
            }
            schema = schema.add("label", DataTypes.DoubleType);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                Object[] values = new Object[x[i].length + 1];
                for (int j = 0; j < x[i].length; j++) {
                    values[j] = x[i][j];
                }
                values[x[i].length] = (double) y[i];
                rows.add(RowFactory.create(values));
            }
            return SparkTestSession.get().createDataFrame(rows, schema);
        }
    }

    record TrainTest(Split train, Split test) {
    }

    private SvcTestData() {
    }

    /** The Qiskit QSVC tutorial setting: ad hoc data, 2 qubits, gap 0.3, 20 train + 5 test per class. */
    static TrainTest adHoc(long seed) {
        LabeledPoints data = AdHocDataset.generate(2, 0.3, 20, 5, seed);
        List<double[]> trX = new ArrayList<>(), teX = new ArrayList<>();
        List<Integer> trY = new ArrayList<>(), teY = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            (data.test()[i] ? teX : trX).add(data.features()[i]);
            (data.test()[i] ? teY : trY).add(data.labels()[i]);
        }
        return new TrainTest(split(trX, trY), split(teX, teY));
    }

    /** Three Gaussian blobs in [0, pi]^2 (iris-like: three well separated classes), classes interleaved. */
    static TrainTest blobs(int trainPerClass, int testPerClass, long seed) {
        double[][] centres = {{0.6, 0.6}, {2.5, 0.9}, {1.4, 2.6}};
        SplittableRandom rnd = new SplittableRandom(seed);
        List<double[]> trX = new ArrayList<>(), teX = new ArrayList<>();
        List<Integer> trY = new ArrayList<>(), teY = new ArrayList<>();
        for (int i = 0; i < trainPerClass + testPerClass; i++) {
            for (int c = 0; c < 3; c++) {
                double[] p = {centres[c][0] + 0.25 * gaussian(rnd), centres[c][1] + 0.25 * gaussian(rnd)};
                (i < trainPerClass ? trX : teX).add(p);
                (i < trainPerClass ? trY : teY).add(c);
            }
        }
        return new TrainTest(split(trX, trY), split(teX, teY));
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static Split split(List<double[]> x, List<Integer> y) {
        return new Split(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    /** rawPrediction of each output row, ordered by the id column. */
    static double[][] rawPredictions(Dataset<Row> out) {
        return out.orderBy("id").select("rawPrediction").collectAsList().stream()
                .map(r -> ((Vector) r.get(0)).toArray()).toArray(double[][]::new);
    }

    /** prediction of each output row, ordered by the id column. */
    static double[] predictions(Dataset<Row> out) {
        return out.orderBy("id").select("prediction").collectAsList().stream()
                .mapToDouble(r -> r.getDouble(0)).toArray();
    }

    static double accuracy(double[] predictions, int[] y) {
        int hits = 0;
        for (int i = 0; i < y.length; i++) {
            hits += predictions[i] == y[i] ? 1 : 0;
        }
        return hits / (double) y.length;
    }
}
