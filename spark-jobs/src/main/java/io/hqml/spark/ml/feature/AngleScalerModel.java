package io.hqml.spark.ml.feature;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsReader$;
import org.apache.spark.ml.util.DefaultParamsWriter$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * The fitted {@link AngleScaler}: the per-feature training minima and maxima. Saved as the params
 * metadata plus one Parquet row {@code (mins, maxs)} under {@code path/data}.
 */
public class AngleScalerModel extends Model<AngleScalerModel> implements AngleScalerParams, MLWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final double[] mins;
    private final double[] maxs;
    private final AngleScalerParams.Fields fields;

    AngleScalerModel(String uid, double[] mins, double[] maxs) {
        this.uid = uid;
        this.mins = mins.clone();
        this.maxs = maxs.clone();
        this.fields = new AngleScalerParams.Fields(this);
        fields.setDefaults(this);
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public AngleScalerParams.Fields angleScalerFields() {
        return fields;
    }

    /** Per-feature minimum of the training data. */
    public Vector originalMin() {
        return Vectors.dense(mins.clone());
    }

    /** Per-feature maximum of the training data. */
    public Vector originalMax() {
        return Vectors.dense(maxs.clone());
    }

    public int numFeatures() {
        return mins.length;
    }

    public AngleScalerModel setInputCol(String value) {
        set(fields.inputCol, value);
        return this;
    }

    public AngleScalerModel setOutputCol(String value) {
        set(fields.outputCol, value);
        return this;
    }

    public AngleScalerModel setLower(double value) {
        set(fields.lower, value);
        return this;
    }

    public AngleScalerModel setUpper(double value) {
        set(fields.upper, value);
        return this;
    }

    public AngleScalerModel setBandwidth(double value) {
        set(fields.bandwidth, value);
        return this;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType schema = transformSchema(dataset.schema(), true);
        Scaling scaling = new Scaling(mins, maxs, getLower(), getUpper(), getBandwidth());
        UserDefinedFunction udf = functions.udf(
                (UDF1<Vector, Vector>) v -> v == null ? null : Vectors.dense(scaling.apply(v.toArray())),
                SQLDataTypes.VectorType());
        String out = getOutputCol();
        return dataset.select(col("*"), udf.apply(col(getInputCol())).as(out, schema.apply(out).metadata()));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return fields.transformSchema(this, schema, mins.length);
    }

    @Override
    public AngleScalerModel copy(ParamMap extra) {
        return copyValues(new AngleScalerModel(uid, mins, maxs), extra).setParent(parent());
    }

    @Override
    public MLWriter write() {
        return new Writer(this);
    }

    public static MLReader<AngleScalerModel> read() {
        return new Reader();
    }

    public static AngleScalerModel load(String path) {
        return read().load(path);
    }

    /** The per-row map, shipped to executors without the model. */
    static final class Scaling implements Serializable {
        private static final long serialVersionUID = 1L;
        private final double[] mins;
        private final double[] maxs;
        private final double lower;
        private final double width;
        private final double bandwidth;

        Scaling(double[] mins, double[] maxs, double lower, double upper, double bandwidth) {
            this.mins = mins;
            this.maxs = maxs;
            this.lower = lower;
            this.width = upper - lower;
            this.bandwidth = bandwidth;
        }

        double[] apply(double[] x) {
            if (x.length != mins.length) {
                throw new IllegalArgumentException("AngleScalerModel was fit on " + mins.length
                        + " features but a row has " + x.length + "; transform data with the training columns");
            }
            double[] out = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                double range = maxs[j] - mins[j];
                double unit = range > 0 ? (x[j] - mins[j]) / range : 0.5;
                out[j] = bandwidth * (lower + unit * width);
            }
            return out;
        }
    }

    static final class Writer extends MLWriter {
        private final AngleScalerModel instance;

        Writer(AngleScalerModel instance) {
            this.instance = instance;
        }

        @Override
        public void saveImpl(String path) {
            DefaultParamsWriter$.MODULE$.saveMetadata(instance, path, sc(), Option.empty(), Option.empty());
            StructType schema = new StructType().add("mins", SQLDataTypes.VectorType(), false)
                    .add("maxs", SQLDataTypes.VectorType(), false);
            Row row = RowFactory.create(Vectors.dense(instance.mins), Vectors.dense(instance.maxs));
            sparkSession().createDataFrame(List.of(row), schema).repartition(1).write()
                    .parquet(new Path(path, "data").toString());
        }
    }

    static final class Reader extends MLReader<AngleScalerModel> {
        @Override
        public AngleScalerModel load(String path) {
            DefaultParamsReader.Metadata metadata = DefaultParamsReader$.MODULE$.loadMetadata(path, sc(),
                    AngleScalerModel.class.getName());
            Row data = sparkSession().read().parquet(new Path(path, "data").toString()).select("mins", "maxs").head();
            AngleScalerModel model = new AngleScalerModel(metadata.uid(), ((Vector) data.get(0)).toArray(),
                    ((Vector) data.get(1)).toArray());
            metadata.getAndSetParams(model, Option.empty());
            return model;
        }
    }
}
