package io.hqml.spark.ml.classification;

import io.hqml.quantum.featuremap.AmplitudeEncoding;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.ml.param.FeatureMapParams;
import java.io.Serializable;
import java.util.Arrays;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The params {@link QuantumKernelSVC} and {@link QuantumKernelSVCModel} share, as a Scala params trait is
 * shared by an MLlib estimator and its model. Spark finds a stage's params by reflection over its public
 * no-argument methods returning a {@link Param} (fields are not seen), so every param is a method here; the
 * instances live in {@link Fields}, one set per stage, because a Param belongs to its parent's uid.
 */
public interface QuantumKernelSVCParams extends Params {

    /** One stage's param instances. */
    final class Fields implements Serializable {
        private static final long serialVersionUID = 1L;

        final Param<String> featuresCol;
        final Param<String> labelCol;
        final Param<String> predictionCol;
        final Param<String> rawPredictionCol;
        final DoubleParam c;
        final DoubleParam tol;
        final IntParam maxIter;
        final IntParam maxTrainRows;
        final IntParam tileSize;
        final FeatureMapParams map;

        /** Creates the params of {@code parent}, whose uid must be set. */
        Fields(Params parent) {
            featuresCol = new Param<>(parent, "featuresCol", "features column (a Vector)");
            labelCol = new Param<>(parent, "labelCol", "label column: class indices 0..C-1 as numbers");
            predictionCol = new Param<>(parent, "predictionCol", "predicted class index column (a double)");
            rawPredictionCol = new Param<>(parent, "rawPredictionCol",
                    "per-class decision scores (a Vector): (-f, f) for two classes, else each one-vs-rest f");
            c = new DoubleParam(parent, "c", "SVM box constraint C (finite, > 0)",
                    ParamValidators.inRange(0, Double.MAX_VALUE, false, true));
            tol = new DoubleParam(parent, "tol", "SMO stopping tolerance on the maximal violating pair gap (> 0)",
                    ParamValidators.inRange(0, Double.MAX_VALUE, false, true));
            maxIter = new IntParam(parent, "maxIter", "maximal SMO pair updates per binary SVM (>= 1)",
                    ParamValidators.gtEq(1));
            maxTrainRows = new IntParam(parent, "maxTrainRows", "most training rows fit accepts (>= 2): the exact"
                    + " SVM holds the N x N training kernel on the driver", ParamValidators.gtEq(2));
            tileSize = new IntParam(parent, "tileSize", "rows per kernel tile in fit and per scoring block in"
                    + " transform (>= 1)", ParamValidators.gtEq(1));
            map = new FeatureMapParams(parent);
        }

        /** Sets the defaults on {@code owner} (once its {@link #qsvcFields()} returns this). */
        void setDefaults(Params owner) {
            owner.setDefault(featuresCol, "features");
            owner.setDefault(labelCol, "label");
            owner.setDefault(predictionCol, "prediction");
            owner.setDefault(rawPredictionCol, "rawPrediction");
            owner.setDefault(c, 1.0);
            owner.setDefault(tol, 1e-3);
            owner.setDefault(maxIter, 100_000);
            owner.setDefault(maxTrainRows, 4096); // the job's driver threshold, svm.maxTrainRows
            owner.setDefault(tileSize, 128);
            map.setDefaults(owner);
        }
    }

    /** This stage's param instances (not a param itself). */
    Fields qsvcFields();

    default Param<String> featuresCol() { return qsvcFields().featuresCol; }
    default Param<String> labelCol() { return qsvcFields().labelCol; }
    default Param<String> predictionCol() { return qsvcFields().predictionCol; }
    default Param<String> rawPredictionCol() { return qsvcFields().rawPredictionCol; }
    default DoubleParam c() { return qsvcFields().c; }
    default DoubleParam tol() { return qsvcFields().tol; }
    default IntParam maxIter() { return qsvcFields().maxIter; }
    default IntParam maxTrainRows() { return qsvcFields().maxTrainRows; }
    default IntParam tileSize() { return qsvcFields().tileSize; }
    default Param<String> featureMap() { return qsvcFields().map.featureMap; }
    default IntParam reps() { return qsvcFields().map.reps; }
    default Param<String> entanglement() { return qsvcFields().map.entanglement; }
    default Param<String> rotation() { return qsvcFields().map.rotation; }
    default StringArrayParam paulis() { return qsvcFields().map.paulis; }
    default Param<String> dataMap() { return qsvcFields().map.dataMap; }
    default DoubleParam bandwidth() { return qsvcFields().map.bandwidth; }

    default String getFeaturesCol() { return getOrDefault(featuresCol()); }
    default String getLabelCol() { return getOrDefault(labelCol()); }
    default String getPredictionCol() { return getOrDefault(predictionCol()); }
    default String getRawPredictionCol() { return getOrDefault(rawPredictionCol()); }
    default double getC() { return (Double) getOrDefault(c()); }
    default double getTol() { return (Double) getOrDefault(tol()); }
    default int getMaxIter() { return (Integer) getOrDefault(maxIter()); }
    default int getMaxTrainRows() { return (Integer) getOrDefault(maxTrainRows()); }
    default int getTileSize() { return (Integer) getOrDefault(tileSize()); }
    default String getFeatureMap() { return getOrDefault(featureMap()); }
    default int getReps() { return (Integer) getOrDefault(reps()); }
    default String getEntanglement() { return getOrDefault(entanglement()); }
    default String getRotation() { return getOrDefault(rotation()); }
    default String[] getPaulis() { return getOrDefault(paulis()); }
    default String getDataMap() { return getOrDefault(dataMap()); }
    default double getBandwidth() { return (Double) getOrDefault(bandwidth()); }

    /**
     * The fidelity kernel of the configured feature map for rows of {@code features} values: one qubit per
     * feature, or {@code ceil(log2(features))} qubits for amplitude encoding.
     */
    default FidelityKernel kernelFor(int features) {
        int qubits = "amplitude".equals(getFeatureMap()) ? AmplitudeEncoding.qubitsFor(features) : features;
        try {
            return new FidelityKernel(qsvcFields().map.build(this, qubits, features));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the feature-map params of " + uid() + " do not give a map for "
                    + features + " feature(s): " + e.getMessage(), e);
        }
    }

    /**
     * Checks the input columns ({@code label} too when {@code fitting}) and appends rawPrediction (Vector) and
     * prediction (double) fields; {@code predictionField} is the prediction field to append.
     */
    default StructType appendOutputs(StructType schema, boolean fitting, StructField predictionField) {
        requireColumn(schema, getFeaturesCol(), "featuresCol", "a Vector (assemble it with VectorAssembler)");
        DataType features = schema.apply(getFeaturesCol()).dataType();
        if (!features.equals(SQLDataTypes.VectorType())) {
            throw new IllegalArgumentException("featuresCol '" + getFeaturesCol() + "' must be a Vector, but is "
                    + features.catalogString() + "; assemble it with VectorAssembler");
        }
        if (fitting) {
            requireColumn(schema, getLabelCol(), "labelCol", "numeric class indices 0..C-1");
            DataType label = schema.apply(getLabelCol()).dataType();
            if (!(label instanceof NumericType)) {
                throw new IllegalArgumentException("labelCol '" + getLabelCol() + "' must be numeric (class indices"
                        + " 0..C-1), but is " + label.catalogString() + "; index it with StringIndexer");
            }
        }
        for (String out : new String[] {getRawPredictionCol(), getPredictionCol()}) {
            if (Arrays.asList(schema.fieldNames()).contains(out)) {
                throw new IllegalArgumentException("output column '" + out + "' already exists; drop it or set"
                        + " predictionCol / rawPredictionCol to another name");
            }
        }
        if (getRawPredictionCol().equals(getPredictionCol())) {
            throw new IllegalArgumentException("predictionCol and rawPredictionCol are both '" + getPredictionCol()
                    + "'; give them different names");
        }
        return schema.add(getRawPredictionCol(), SQLDataTypes.VectorType(), false).add(predictionField);
    }

    private void requireColumn(StructType schema, String name, String param, String what) {
        if (!Arrays.asList(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException(param + " '" + name + "' is not a column of the input (columns: "
                    + String.join(", ", schema.fieldNames()) + "); it must hold " + what);
        }
    }
}
