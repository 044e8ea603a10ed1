package io.hqml.spark.ml.feature;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The executor side of the feature stages that map a vector column block by block
 * ({@link ProjectedQuantumFeatures}, {@link QuantumKernelNystroemModel}): appends the mapped vector of one
 * column to every row of a partition. Rows are read {@code blockSize} at a time and their non-null vectors
 * go through one {@link BlockFunction} call, so per-block work (statevector engine calls, a Gram block) is
 * amortised over the block. The function is created once per partition, on its first non-null vector, by a
 * serializable {@link Factory}: engines are single-threaded and own scratch space, so they never travel in
 * the closure. Null vectors give null. At most one block is held.
 */
final class BlockVectorMapper implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Maps a block of input vectors to output vectors, one per input, in order. */
    interface BlockFunction {
        double[][] apply(double[][] block);
    }

    /** Creates the per-partition function on the executor. */
    interface Factory extends Serializable {
        BlockFunction create();
    }

    private final Factory factory;
    private final int column;
    private final int blockSize;
    private final String stage;

    /**
     * @param factory null only when the column had no non-null vector when the transform was planned
     * @param stage   the stage's name, for the error when a null factory meets a vector
     */
    BlockVectorMapper(Factory factory, int column, int blockSize, String stage) {
        this.factory = factory;
        this.column = column;
        this.blockSize = blockSize;
        this.stage = stage;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Blocks(rows);
    }

    private final class Blocks implements Iterator<Row> {
        private final Iterator<Row> in;
        private final Row[] block = new Row[blockSize];
        private final int[] slot = new int[blockSize];
        private double[][] mapped;
        private BlockFunction function;
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
            values[row.length()] = slot[next] < 0 ? null : Vectors.dense(mapped[slot[next]]);
            block[next++] = null;
            return RowFactory.create(values);
        }

        /** Reads up to blockSize rows and maps their non-null vectors in one call. */
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
                if (function == null) {
                    if (factory == null) {
                        throw new IllegalStateException(stage + " found no vector when planning the transform but"
                                + " this partition has some; the input must be deterministic");
                    }
                    function = factory.create();
                }
                mapped = function.apply(vectors == blockSize ? x : Arrays.copyOf(x, vectors));
            }
            return size;
        }
    }
}
