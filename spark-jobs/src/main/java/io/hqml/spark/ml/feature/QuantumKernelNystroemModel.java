package io.hqml.spark.ml.feature;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * A fitted {@link QuantumKernelNystroem}: the landmarks, the eigenvalues of their kernel matrix and the
 * projection {@code P = K_mm^{+1/2}}. {@code transform} appends {@code phi(x) = k(x, L) P} (m values) to every
 * row, computed on the executors block by block; the landmark states (quantum kernel) are simulated once on
 * the driver and broadcast once per model and SparkContext ({@link NystroemMap}).
 *
 * <p>Saved as MLlib models are: {@code path/metadata} (class, uid, Spark version, params) and {@code path/data},
 * one Parquet row (landmarks m x d and projection m x m as Matrix, eigenvalues as Vector, rank int). The
 * projection is saved, not recomputed, so a loaded model gives the same features bit for bit.
 */
public class QuantumKernelNystroemModel extends Model<QuantumKernelNystroemModel> implements NystroemParams, MLWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final NystroemParams.Fields fields;
    private final double[][] landmarks;
    private final NystroemBasis basis;
    private transient Broadcast<NystroemMap> broadcast;
    private transient SparkContext broadcastContext;

    QuantumKernelNystroemModel(String uid, double[][] landmarks, NystroemBasis basis) {
        if (landmarks.length == 0 || basis.projection().length != landmarks.length) {
            throw new IllegalArgumentException("a Nystroem model needs m >= 1 landmarks and an m x m projection, got "
                    + landmarks.length + " and " + basis.projection().length + "; the saved model is corrupt");
        }
        this.uid = uid;
        this.landmarks = landmarks;
        this.basis = basis;
        this.fields = new NystroemParams.Fields(this);
        fields.setDefaults(this);
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public NystroemParams.Fields nystroemFields() {
        return fields;
    }

    public QuantumKernelNystroemModel setInputCol(String value) { set(inputCol(), value); return this; }
    public QuantumKernelNystroemModel setOutputCol(String value) { set(outputCol(), value); return this; }
    public QuantumKernelNystroemModel setBlockSize(int value) { set(blockSize(), value); return this; }

    /** Landmarks m actually used: numLandmarks, or fewer when the training data had fewer rows. */
    public int numLandmarksUsed() {
        return landmarks.length;
    }

    /** Features per input row. */
    public int numFeatures() {
        return landmarks[0].length;
    }

    /** Eigenvalues of the landmark kernel matrix above the cutoff: the dimension the features span. */
    public int rank() {
        return basis.rank();
    }

    /** Eigenvalues of the landmark kernel matrix, ascending. */
    public Vector eigenvalues() {
        return Vectors.dense(basis.eigenvalues().clone());
    }

    /** The landmark rows, one per matrix row. */
    public Matrix landmarks() {
        return matrix(landmarks);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return appendOutput(schema, landmarks.length, "QuantumKernelNystroemModel");
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType out = transformSchema(dataset.schema(), true);
        Dataset<Row> rows = dataset.toDF();
        Broadcast<NystroemMap> map = broadcast(rows.sparkSession());
        BlockVectorMapper.Factory factory = () -> map.value().function();
        Dataset<Row> mapped = rows.mapPartitions(new BlockVectorMapper(factory, rows.schema().fieldIndex(getInputCol()),
                getBlockSize(), "QuantumKernelNystroemModel"), Encoders.row(out));
        return VectorColumns.withMetadata(mapped, out);
    }

    /** The executors' data, built (landmark states simulated) and broadcast once per SparkContext. */
    private synchronized Broadcast<NystroemMap> broadcast(SparkSession spark) {
        if (broadcast == null || broadcastContext != spark.sparkContext()) {
            NystroemMap map = QUANTUM.equals(getKernel())
                    ? NystroemMap.quantum(featureMapFor(numFeatures()), landmarks, basis.projection())
                    : NystroemMap.rbf(getRbfGamma(), landmarks, basis.projection());
            broadcastContext = spark.sparkContext();
            broadcast = JavaSparkContext.fromSparkContext(broadcastContext).broadcast(map);
        }
        return broadcast;
    }

    @Override
    public QuantumKernelNystroemModel copy(ParamMap extra) {
        return copyValues(new QuantumKernelNystroemModel(uid, landmarks, basis), extra).setParent(parent());
    }

    @Override
    public MLWriter write() {
        return new Writer(this);
    }

    public static MLReader<QuantumKernelNystroemModel> read() {
        return new Reader();
    }

    public static QuantumKernelNystroemModel load(String path) {
        return read().load(path);
    }

    @Override
    public String toString() {
        return "QuantumKernelNystroemModel: uid=" + uid + ", kernel=" + getKernel() + ", landmarks="
                + landmarks.length + ", rank=" + rank() + ", numFeatures=" + numFeatures();
    }

    private static Matrix matrix(double[][] rows) {
        int cols = rows[0].length;
        double[] values = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, i * cols, cols);
        }
        return new DenseMatrix(rows.length, cols, values, true); // row-major
    }

    private static double[][] rows(Matrix m) {
        double[][] out = new double[m.numRows()][m.numCols()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = m.apply(i, j);
            }
        }
        return out;
    }

    private static final StructType DATA_SCHEMA = new StructType()
            .add("landmarks", SQLDataTypes.MatrixType(), false)
            .add("projection", SQLDataTypes.MatrixType(), false)
            .add("eigenvalues", SQLDataTypes.VectorType(), false)
            .add("rank", DataTypes.IntegerType, false);

    private static final class Writer extends MLWriter {
        private final QuantumKernelNystroemModel model;

        Writer(QuantumKernelNystroemModel model) {
            this.model = model;
        }

        @Override
        public void saveImpl(String path) {
            DefaultParamsWriter.saveMetadata(model, path, sc(), Option.empty(), Option.empty());
            NystroemBasis b = model.basis;
            Row data = RowFactory.create(matrix(model.landmarks), matrix(b.projection()),
                    Vectors.dense(b.eigenvalues()), b.rank());
            sparkSession().createDataFrame(List.of(data), DATA_SCHEMA).repartition(1).write()
                    .parquet(new Path(path, "data").toString());
        }
    }

    private static final class Reader extends MLReader<QuantumKernelNystroemModel> {
        @Override
        public QuantumKernelNystroemModel load(String path) {
            var metadata = DefaultParamsReader.loadMetadata(path, sc(), QuantumKernelNystroemModel.class.getName());
            Row data = sparkSession().read().parquet(new Path(path, "data").toString())
                    .select("landmarks", "projection", "eigenvalues", "rank").head();
            NystroemBasis basis = new NystroemBasis(((Vector) data.getAs(2)).toArray(), rows(data.getAs(1)),
                    data.getInt(3));
            QuantumKernelNystroemModel model = new QuantumKernelNystroemModel(metadata.uid(), rows(data.getAs(0)), basis);
            metadata.getAndSetParams(model, Option.empty());
            return model;
        }
    }
}
