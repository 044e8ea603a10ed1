package io.hqml.spark.ml.feature;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.ProjectedFeatures;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The executor side of {@link ProjectedQuantumFeatures}: appends the projected features of one vector column
 * to every row of a partition. Only the immutable feature map is shipped; the {@link ProjectedFeatures} and
 * its statevector engine (single-threaded, with scratch space) are built once per partition, on its first
 * non-null vector, and rows are simulated {@code blockSize} at a time. Null vectors give null.
 */
final class BlockProjection implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final FeatureMap map;
    private final int column;
    private final int blockSize;

    /** @param map null only when the column has no non-null vector (nothing to simulate) */
    BlockProjection(FeatureMap map, int column, int blockSize) {
        this.map = map;
        this.column = column;
        this.blockSize = blockSize;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Blocks(rows);
    }

    private final class Blocks implements Iterator<Row> {
        private final Iterator<Row> in;
        private final Row[] block = new Row[blockSize];
        private final int[] slot = new int[blockSize];
        private double[][] projected;
        private ProjectedFeatures features;
        private int size;
        private int next;

        Blocks(Iterator<Row> in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            return next < size || fill() > 0;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = block[next];
            Object[] values = new Object[row.length() + 1];
            for (int i = 0; i < row.length(); i++) {
                values[i] = row.get(i);
            }
            values[row.length()] = slot[next] < 0 ? null : Vectors.dense(projected[slot[next]]);
            block[next++] = null;
            return RowFactory.create(values);
        }

        /** Reads up to blockSize rows and simulates their non-null vectors in one call. */
        private int fill() {
            size = 0;
            next = 0;
            int vectors = 0;
            double[][] x = new double[blockSize][];
            while (size < blockSize && in.hasNext()) {
                Row row = in.next();
                block[size] = row;
                if (row.isNullAt(column)) {
                    slot[size] = -1;
                } else {
                    slot[size] = vectors;
                    x[vectors++] = ((Vector) row.get(column)).toArray();
                }
                size++;
            }
            if (vectors > 0) {
                if (features == null) {
                    if (map == null) {
                        throw new IllegalStateException("ProjectedQuantumFeatures found no vector when planning the "
                                + "transform but this partition has some; the input must be deterministic");
                    }
                    features = new ProjectedFeatures(map);
                }
                projected = features.features(vectors == blockSize ? x : java.util.Arrays.copyOf(x, vectors));
            }
            return size;
        }
    }
}
