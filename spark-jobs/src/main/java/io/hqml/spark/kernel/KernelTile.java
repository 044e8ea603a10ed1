package io.hqml.spark.kernel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/**
 * One computed block of a kernel matrix: rows {@code [rowStart, rowStart + rows)} by columns
 * {@code [colStart, colStart + cols)}, row-major values.
 *
 * <p>Serialized through {@link Wire}: Java serialization writes a {@code double[]} one element at a time, about
 * 1 GB/s each way, and a collected kernel sends every tile from a task to the driver (a 4000-row kernel is
 * 70 MB of tiles), which in local mode takes CPU from the tasks.
 */
public record KernelTile(int rowStart, int rows, int colStart, int cols, double[] values) implements Serializable {

    @Serial
    private Object writeReplace() {
        return new Wire(this);
    }

    /**
     * The serialized form: four ints, the value count, then the values as little-endian bytes copied in bulk, 64 KiB
     * at a time (bit-exact: NaN payloads and signed zeros are kept).
     */
    static final class Wire implements Externalizable {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final int CHUNK = 8192;
        private KernelTile tile;

        /** For deserialization. */
        public Wire() {
        }

        Wire(KernelTile tile) {
            this.tile = tile;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeInt(tile.rowStart);
            out.writeInt(tile.rows);
            out.writeInt(tile.colStart);
            out.writeInt(tile.cols);
            double[] v = tile.values;
            out.writeInt(v.length);
            byte[] buf = new byte[8 * Math.min(v.length, CHUNK)];
            DoubleBuffer doubles = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
            for (int off = 0; off < v.length; off += CHUNK) {
                int n = Math.min(CHUNK, v.length - off);
                doubles.clear();
                doubles.put(v, off, n);
                out.write(buf, 0, 8 * n);
            }
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            int rowStart = in.readInt(), rows = in.readInt(), colStart = in.readInt(), cols = in.readInt();
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("corrupt kernel tile: " + length + " values");
            }
            double[] v = new double[length];
            byte[] buf = new byte[8 * Math.min(length, CHUNK)];
            DoubleBuffer doubles = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
            for (int off = 0; off < length; off += CHUNK) {
                int n = Math.min(CHUNK, length - off);
                in.readFully(buf, 0, 8 * n);
                doubles.clear();
                doubles.get(v, off, n);
            }
            tile = new KernelTile(rowStart, rows, colStart, cols, v);
        }

        @Serial
        private Object readResolve() {
            return tile;
        }
    }
}
