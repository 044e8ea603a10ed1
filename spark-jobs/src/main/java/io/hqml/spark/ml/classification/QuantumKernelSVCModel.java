package io.hqml.spark.ml.classification;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.attribute.NominalAttribute;
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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * A fitted {@link QuantumKernelSVC}: the support vectors, each binary SVM's dual coefficients and bias.
 * {@code transform} appends rawPrediction (per-class scores: {@code (-f, f)} for two classes, so
 * {@code BinaryClassificationEvaluator} reads {@code f}; else each one-vs-rest {@code f}) and prediction (the
 * argmax, ties to the lowest class). Scoring runs on the executors ({@link SupportVectorScorer}): the support
 * vectors are broadcast once per model and SparkContext, rows are scored in blocks of {@code tileSize}.
 *
 * <p>Saved as MLlib models are: {@code path/metadata} (class, uid, Spark version, params) by
 * {@link DefaultParamsWriter}, {@code path/data} one Parquet row (numClasses int, supportVectors and
 * coefficients as Matrix, biases as Vector). The feature map is rebuilt from the saved params.
 */
public final class QuantumKernelSVCModel extends Model<QuantumKernelSVCModel>
        implements QuantumKernelSVCParams, MLWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Fields fields;
    private final SupportVectors support;
    private transient Broadcast<SupportVectors> broadcast;
    private transient SparkContext broadcastContext;

    QuantumKernelSVCModel(String uid, SupportVectors support) {
        this.uid = uid;
        this.support = support;
        this.fields = new Fields(this);
        fields.setDefaults(this);
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Fields qsvcFields() {
        return fields;
    }

    public QuantumKernelSVCModel setFeaturesCol(String value) { set(featuresCol(), value); return this; }
    public QuantumKernelSVCModel setPredictionCol(String value) { set(predictionCol(), value); return this; }
    public QuantumKernelSVCModel setRawPredictionCol(String value) { set(rawPredictionCol(), value); return this; }
    public QuantumKernelSVCModel setTileSize(int value) { set(tileSize(), value); return this; }

    /** Number of classes C. */
    public int numClasses() {
        return support.numClasses();
    }

    /** Training rows that are a support vector of at least one binary SVM. */
    public int numSupportVectors() {
        return support.size();
    }

    /** Features per row the model was trained on (and transform expects). */
    public int numFeatures() {
        return support.numFeatures();
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return appendOutputs(schema, false, NominalAttribute.defaultAttr().withName(getPredictionCol())
                .withNumValues(numClasses()).toStructField());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType out = transformSchema(dataset.schema(), true);
        Dataset<Row> rows = dataset.toDF();
        SupportVectorScorer scorer = new SupportVectorScorer(broadcast(rows.sparkSession()), kernelFor(numFeatures()),
                rows.schema().fieldIndex(getFeaturesCol()), getTileSize());
        Dataset<Row> scored = rows.mapPartitions(scorer, Encoders.row(out));
        // The row encoder drops column metadata (the input's, the prediction's class count): put it back.
        Column[] columns = new Column[out.size()];
        for (int i = 0; i < columns.length; i++) {
            StructField f = out.fields()[i];
            columns[i] = scored.col("`" + f.name().replace("`", "``") + "`").as(f.name(), f.metadata());
        }
        return scored.select(columns);
    }

    private synchronized Broadcast<SupportVectors> broadcast(SparkSession spark) {
        if (broadcast == null || broadcastContext != spark.sparkContext()) {
            broadcastContext = spark.sparkContext();
            broadcast = JavaSparkContext.fromSparkContext(broadcastContext).broadcast(support);
        }
        return broadcast;
    }

    @Override
    public QuantumKernelSVCModel copy(ParamMap extra) {
        return copyValues(new QuantumKernelSVCModel(uid, support), extra).setParent(parent());
    }

    @Override
    public MLWriter write() {
        return new Writer(this);
    }

    public static MLReader<QuantumKernelSVCModel> read() {
        return new Reader();
    }

    public static QuantumKernelSVCModel load(String path) {
        return read().load(path);
    }

    @Override
    public String toString() {
        return "QuantumKernelSVCModel: uid=" + uid + ", numClasses=" + numClasses() + ", numSupportVectors="
                + numSupportVectors() + ", numFeatures=" + numFeatures();
    }

    private static final StructType DATA_SCHEMA = new StructType()
            .add("numClasses", DataTypes.IntegerType, false)
            .add("supportVectors", SQLDataTypes.MatrixType(), false)
            .add("coefficients", SQLDataTypes.MatrixType(), false)
            .add("biases", SQLDataTypes.VectorType(), false);

    private static final class Writer extends MLWriter {
        private final QuantumKernelSVCModel model;

        Writer(QuantumKernelSVCModel model) {
            this.model = model;
        }

        @Override
        public void saveImpl(String path) {
            DefaultParamsWriter.saveMetadata(model, path, sc(), Option.empty(), Option.empty());
            SupportVectors s = model.support;
            Row data = RowFactory.create(s.numClasses(), matrix(s.vectors()), matrix(s.coefficients()),
                    Vectors.dense(s.biases()));
            sparkSession().createDataFrame(List.of(data), DATA_SCHEMA).repartition(1).write()
                    .parquet(new Path(path, "data").toString());
        }

        private static Matrix matrix(double[][] rows) {
            int cols = rows[0].length;
            double[] values = new double[rows.length * cols];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(rows[i], 0, values, i * cols, cols);
            }
            return new DenseMatrix(rows.length, cols, values, true); // row-major
        }
    }

    private static final class Reader extends MLReader<QuantumKernelSVCModel> {
        @Override
        public QuantumKernelSVCModel load(String path) {
            var metadata = DefaultParamsReader.loadMetadata(path, sc(), QuantumKernelSVCModel.class.getName());
            Row data = sparkSession().read().parquet(new Path(path, "data").toString())
                    .select("numClasses", "supportVectors", "coefficients", "biases").head();
            SupportVectors s = new SupportVectors(data.getInt(0), rows(data.getAs(1)), rows(data.getAs(2)),
                    ((Vector) data.getAs(3)).toArray());
            QuantumKernelSVCModel model = new QuantumKernelSVCModel(metadata.uid(), s);
            metadata.getAndSetParams(model, Option.empty());
            return model;
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
    }
}
