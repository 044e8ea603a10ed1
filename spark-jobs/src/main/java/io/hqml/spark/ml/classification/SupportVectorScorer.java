package io.hqml.spark.ml.classification;

import io.hqml.quantum.kernel.FidelityGram;
import io.hqml.quantum.kernel.FidelityKernel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one partition on an executor: each input row comes out with its rawPrediction and prediction
 * appended. The support vectors' states are simulated once per partition; input rows are read in blocks of
 * {@code blockSize}, each block's states are simulated once and its kernel rows against all support vectors
 * are one {@link FidelityGram#block} (the work of {@link FidelityKernel#block} without re-simulating the
 * support vectors), so no state is ever simulated per pair. Rows stream through: at most one block is held.
 */
final class SupportVectorScorer implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SupportVectors> support;
    private final FidelityKernel kernel;
    private final int featuresIndex;
    private final int blockSize;

    SupportVectorScorer(Broadcast<SupportVectors> support, FidelityKernel kernel, int featuresIndex, int blockSize) {
        this.support = support;
        this.kernel = kernel;
        this.featuresIndex = featuresIndex;
        this.blockSize = blockSize;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            private SupportVectors sv;
            private double[] svStates;
            private List<Row> ready = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == ready.size() && input.hasNext()) {
                    ready = scoreNextBlock();
                    next = 0;
                }
                return next < ready.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.get(next++);
            }

            private List<Row> scoreNextBlock() {
                if (sv == null) { // first block of a non-empty partition
                    sv = support.value();
                    svStates = kernel.states(sv.vectors());
                }
                List<Row> rows = new ArrayList<>(blockSize);
                while (rows.size() < blockSize && input.hasNext()) {
                    rows.add(input.next());
                }
                double[][] x = new double[rows.size()][];
                for (int r = 0; r < x.length; r++) {
                    x[r] = features(rows.get(r), sv.numFeatures());
                }
                int m = sv.size();
                double[] k = new double[x.length * m];
                FidelityGram.block(kernel.states(x), x.length, svStates, m, 1 << kernel.featureMap().numQubits(), k);
                List<Row> out = new ArrayList<>(x.length);
                for (int r = 0; r < x.length; r++) {
                    double[] scores = sv.scores(k, r * m);
                    out.add(append(rows.get(r), Vectors.dense(scores), (double) SupportVectors.argmax(scores)));
                }
                return out;
            }
        };
    }

    private double[] features(Row row, int expected) {
        Object value = row.get(featuresIndex);
        if (value == null) {
            throw new IllegalArgumentException("a row has null features; drop or impute such rows before transform");
        }
        double[] x = ((Vector) value).toArray();
        if (x.length != expected) {
            throw new IllegalArgumentException("a row has " + x.length + " features but the model was trained on "
                    + expected + "; transform rows assembled like the training rows");
        }
        return x;
    }

    private static Row append(Row row, Object rawPrediction, Object prediction) {
        Object[] values = new Object[row.length() + 2];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        values[row.length()] = rawPrediction;
        values[row.length() + 1] = prediction;
        return RowFactory.create(values);
    }
}
