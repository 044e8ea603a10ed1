package io.hqml.spark.ml.classification;

import static org.apache.spark.sql.functions.col;

import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.learn.KernelSvm;
import io.hqml.quantum.learn.OneVsRestKernelSvm;
import io.hqml.spark.kernel.TiledKernel;
import java.util.List;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.LoggerFactory;

/**
 * Quantum kernel support vector classifier: the exact soft-margin SVM (LIBSVM's SMO, one-vs-rest beyond two
 * classes) on the precomputed fidelity kernel {@code k(x, y) = |<psi(x)|psi(y)>|^2} of the configured feature
 * map. An MLlib {@link Estimator}: it drops into a {@code Pipeline} and saves and loads with it.
 *
 * <p>{@code fit} takes at most {@code maxTrainRows} rows (more is refused: the N x N training kernel lives on
 * the driver), in the input's order: partition by partition, row by row within a partition, the index order
 * {@code RDD.zipWithIndex} assigns. SMO is deterministic, so the same rows in the same order give the same
 * model bit for bit; re-ordered input (a shuffle) can give a model that differs within the solver's
 * tolerance. The kernel is assembled tile by tile on the executors ({@link TiledKernel}); the model keeps
 * only the support vectors. Labels are class indices {@code 0..C-1} (as {@code StringIndexer} makes), every
 * class present.
 */
public final class QuantumKernelSVC extends Estimator<QuantumKernelSVCModel>
        implements QuantumKernelSVCParams, DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Fields fields;

    public QuantumKernelSVC() {
        this(Identifiable.randomUID("qsvc"));
    }

    public QuantumKernelSVC(String uid) {
        this.uid = uid;
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

    public QuantumKernelSVC setFeaturesCol(String value) { set(featuresCol(), value); return this; }
    public QuantumKernelSVC setLabelCol(String value) { set(labelCol(), value); return this; }
    public QuantumKernelSVC setPredictionCol(String value) { set(predictionCol(), value); return this; }
    public QuantumKernelSVC setRawPredictionCol(String value) { set(rawPredictionCol(), value); return this; }
    public QuantumKernelSVC setC(double value) { set(c(), value); return this; }
    public QuantumKernelSVC setTol(double value) { set(tol(), value); return this; }
    public QuantumKernelSVC setMaxIter(int value) { set(maxIter(), value); return this; }
    public QuantumKernelSVC setMaxTrainRows(int value) { set(maxTrainRows(), value); return this; }
    public QuantumKernelSVC setTileSize(int value) { set(tileSize(), value); return this; }
    public QuantumKernelSVC setFeatureMap(String value) { set(featureMap(), value); return this; }
    public QuantumKernelSVC setReps(int value) { set(reps(), value); return this; }
    public QuantumKernelSVC setEntanglement(String value) { set(entanglement(), value); return this; }
    public QuantumKernelSVC setRotation(String value) { set(rotation(), value); return this; }
    public QuantumKernelSVC setPaulis(String[] value) { set(paulis(), value); return this; }
    public QuantumKernelSVC setDataMap(String value) { set(dataMap(), value); return this; }
    public QuantumKernelSVC setBandwidth(double value) { set(bandwidth(), value); return this; }

    @Override
    public QuantumKernelSVCModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema(), true);
        int max = getMaxTrainRows();
        List<Row> rows = dataset.select(col(getFeaturesCol()), col(getLabelCol()).cast(DataTypes.DoubleType))
                .takeAsList((int) Math.min(Integer.MAX_VALUE, max + 1L));
        if (rows.size() > max) {
            throw new IllegalArgumentException("the training data has more than maxTrainRows = " + max + " rows; the"
                    + " exact SVM holds the N x N kernel on the driver: fit on a sample or raise maxTrainRows");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the training data has no rows; fit needs rows of every class");
        }
        int n = rows.size();
        double[][] x = new double[n][];
        int[] classes = new int[n];
        int numClasses = 0;
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            if (row.isNullAt(0) || row.isNullAt(1)) {
                throw new IllegalArgumentException("training row " + i + " has a null " + (row.isNullAt(0)
                        ? "featuresCol '" + getFeaturesCol() + "'" : "labelCol '" + getLabelCol() + "'")
                        + "; drop or impute such rows before fit");
            }
            x[i] = ((Vector) row.get(0)).toArray();
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("training row " + i + " has " + x[i].length + " features but row"
                        + " 0 has " + x[0].length + "; every row needs the same number of features");
            }
            double label = row.getDouble(1);
            // Every class must occur, so a valid index is below the row count (which also bounds the class count).
            if (!(label >= 0) || label != Math.rint(label) || label >= n) {
                throw new IllegalArgumentException("labelCol '" + getLabelCol() + "' has value " + label + " in row "
                        + i + "; labels must be class indices 0..C-1 with every class present (use StringIndexer)");
            }
            classes[i] = (int) label;
            numClasses = Math.max(numClasses, classes[i] + 1);
        }
        FidelityKernel kernel = kernelFor(x[0].length);
        double[][] gram = new TiledKernel(dataset.sparkSession(), getTileSize()).symmetric(kernel, x);
        OneVsRestKernelSvm svm = OneVsRestKernelSvm.fit(gram, classes, numClasses,
                new KernelSvm.Options(getC(), getTol(), getMaxIter()));
        if (!svm.converged()) { // as LIBSVM, warn and keep the model
            LoggerFactory.getLogger(QuantumKernelSVC.class).warn("{}: SMO stopped at maxIter = {} before reaching"
                    + " tol = {}; raise maxIter", uid, getMaxIter(), getTol());
        }
        QuantumKernelSVCModel model = new QuantumKernelSVCModel(uid, SupportVectors.of(svm, x));
        return copyValues(model, ParamMap.empty()).setParent(this);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return appendOutputs(schema, true,
                new StructField(getPredictionCol(), DataTypes.DoubleType, false, Metadata.empty()));
    }

    @Override
    public QuantumKernelSVC copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    public static MLReader<QuantumKernelSVC> read() {
        return new DefaultParamsReader<>();
    }

    public static QuantumKernelSVC load(String path) {
        return read().load(path);
    }
}
