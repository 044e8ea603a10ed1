package io.hqml.spark.ml.feature;

import java.io.Serializable;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.apache.spark.sql.types.StructType;

/**
 * The params {@link AngleScaler} and {@link AngleScalerModel} share. Java cannot mix in a Scala params
 * trait, so each stage holds its own {@link Fields} (a Param belongs to its parent's uid) and this
 * interface gives both the same public accessors, which Spark finds by reflection.
 */
public interface AngleScalerParams extends Params {

    /** The Param instances of one stage. */
    final class Fields implements Serializable {
        private static final long serialVersionUID = 1L;

        final Param<String> inputCol;
        final Param<String> outputCol;
        final DoubleParam lower;
        final DoubleParam upper;
        final DoubleParam bandwidth;

        Fields(Params parent) {
            inputCol = new Param<>(parent, "inputCol", "input column of feature vectors");
            outputCol = new Param<>(parent, "outputCol", "output column of rotation angles");
            // inRange over all doubles rejects NaN and infinities.
            lower = new DoubleParam(parent, "lower", "lower end of the scaled range before bandwidth (finite, < upper)",
                    ParamValidators.inRange(-Double.MAX_VALUE, Double.MAX_VALUE));
            upper = new DoubleParam(parent, "upper", "upper end of the scaled range before bandwidth (finite, > lower)",
                    ParamValidators.inRange(-Double.MAX_VALUE, Double.MAX_VALUE));
            bandwidth = new DoubleParam(parent, "bandwidth", "factor applied to the scaled values (finite, > 0)",
                    ParamValidators.inRange(0, Double.MAX_VALUE, false, true));
        }

        void setDefaults(Params owner) {
            owner.setDefault(inputCol, "features");
            owner.setDefault(outputCol, "angles");
            owner.setDefault(lower, 0.0);
            owner.setDefault(upper, Math.PI);
            owner.setDefault(bandwidth, 1.0);
        }

        /** Cross-param and schema checks; the output is a vector column of {@code size} angles. */
        StructType transformSchema(Params owner, StructType schema, int size) {
            double lo = (Double) owner.getOrDefault(lower), hi = (Double) owner.getOrDefault(upper);
            if (!(lo < hi)) {
                throw new IllegalArgumentException("AngleScaler needs lower < upper, got lower=" + lo + ", upper=" + hi);
            }
            VectorColumns.requireVector(schema, owner.getOrDefault(inputCol), "AngleScaler");
            VectorColumns.requireAbsent(schema, owner.getOrDefault(outputCol), "AngleScaler");
            return VectorColumns.append(schema, owner.getOrDefault(outputCol), size);
        }
    }

    Fields angleScalerFields();

    default Param<String> inputCol() {
        return angleScalerFields().inputCol;
    }

    default Param<String> outputCol() {
        return angleScalerFields().outputCol;
    }

    default DoubleParam lower() {
        return angleScalerFields().lower;
    }

    default DoubleParam upper() {
        return angleScalerFields().upper;
    }

    default DoubleParam bandwidth() {
        return angleScalerFields().bandwidth;
    }

    default String getInputCol() {
        return getOrDefault(inputCol());
    }

    default String getOutputCol() {
        return getOrDefault(outputCol());
    }

    default double getLower() {
        return (Double) getOrDefault(lower());
    }

    default double getUpper() {
        return (Double) getOrDefault(upper());
    }

    default double getBandwidth() {
        return (Double) getOrDefault(bandwidth());
    }
}
