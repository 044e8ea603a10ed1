package io.hqml.spark.ml.feature;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Maps a vector column to rotation angles for a quantum feature map: each feature is min-max scaled on the
 * training data to {@code [lower, upper]} (default {@code [0, pi]}) and then multiplied by {@code bandwidth}
 * (default 1), {@code angle_j = bandwidth * (lower + (x_j - min_j) / (max_j - min_j) * (upper - lower))}.
 *
 * <p>A feature that is constant on the training data ({@code max_j == min_j}) carries no information and
 * maps to the middle of the range, {@code bandwidth * (lower + upper) / 2}, for every row (as MLlib's
 * {@code MinMaxScaler}). Values outside the training range at transform time are extrapolated linearly,
 * not clipped. {@code fit} ignores null vectors; {@code transform} keeps them null.
 */
public class AngleScaler extends Estimator<AngleScalerModel> implements AngleScalerParams, DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final AngleScalerParams.Fields fields;

    public AngleScaler() {
        this(Identifiable$.MODULE$.randomUID("angleScaler"));
    }

    public AngleScaler(String uid) {
        this.uid = uid;
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

    public AngleScaler setInputCol(String value) {
        set(fields.inputCol, value);
        return this;
    }

    public AngleScaler setOutputCol(String value) {
        set(fields.outputCol, value);
        return this;
    }

    public AngleScaler setLower(double value) {
        set(fields.lower, value);
        return this;
    }

    public AngleScaler setUpper(double value) {
        set(fields.upper, value);
        return this;
    }

    public AngleScaler setBandwidth(double value) {
        set(fields.bandwidth, value);
        return this;
    }

    /** Per-feature min and max of the input column's non-null vectors, in one Spark aggregation. */
    @Override
    public AngleScalerModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema(), true);
        Dataset<?> vectors = dataset.where(col(getInputCol()).isNotNull());
        Row summary;
        try {
            summary = vectors.select(Summarizer.metrics("min", "max").summary(col(getInputCol())).as("s"))
                    .select("s.min", "s.max").first();
        } catch (Exception e) { // a SparkException, which Scala throws undeclared
            // The summarizer fails inside the task on no rows; only then pay for a look at the data.
            if (vectors.takeAsList(1).isEmpty()) {
                throw new IllegalArgumentException("AngleScaler cannot fit column '" + getInputCol()
                        + "': it has no non-null vectors; fit on data with at least one row", e);
            }
            throw e;
        }
        double[] mins = ((Vector) summary.get(0)).toArray();
        double[] maxs = ((Vector) summary.get(1)).toArray();
        for (int j = 0; j < mins.length; j++) {
            // The summarizer skips NaN: an all-NaN feature comes back as min = MAX_VALUE > max = -MAX_VALUE.
            if (!Double.isFinite(mins[j]) || !Double.isFinite(maxs[j]) || mins[j] > maxs[j]) {
                throw new IllegalArgumentException("AngleScaler feature " + j + " of column '" + getInputCol()
                        + "' has range [" + mins[j] + ", " + maxs[j] + "]; impute or drop NaN and infinite values first");
            }
        }
        return copyValues(new AngleScalerModel(uid, mins, maxs).setParent(this), ParamMap.empty());
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return fields.transformSchema(this, schema, VectorColumns.UNKNOWN_SIZE);
    }

    @Override
    public AngleScaler copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    public static MLReader<AngleScaler> read() {
        return new DefaultParamsReader<>();
    }

    public static AngleScaler load(String path) {
        return read().load(path);
    }
}
