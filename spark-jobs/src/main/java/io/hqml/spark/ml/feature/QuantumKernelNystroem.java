package io.hqml.spark.ml.feature;

import io.hqml.quantum.kernel.BlockKernel;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;
import org.slf4j.LoggerFactory;

/**
 * Nystroem features of a kernel (Williams and Seeger 2001): {@code phi(x) = k(x, L) K_mm^{+1/2}} for {@code m}
 * landmark rows {@code L} of the training data, so that linear models on {@code phi} approximate kernel
 * models at {@code N x m} cost instead of {@code N x N}. The kernel is the fidelity quantum kernel of the
 * configured feature map ({@code kernel = quantum}) or the classical RBF kernel ({@code kernel = rbf}): the
 * same stage with the RBF kernel is the baseline.
 *
 * <p>{@code fit} draws the landmarks ({@link LandmarkSelection}: {@code uniform} or {@code kmeans++}, seeded,
 * in the input's order), computes {@code K_mm} and its pseudo-inverse square root on the driver
 * ({@link NystroemBasis}, eigenvalues at most {@code eigenvalueCutoff} times the largest dropped); only the
 * chosen rows (and for kmeans++ a candidate pool) reach the driver. The model's transform runs on the
 * executors in blocks ({@link NystroemMap}). Null vectors are skipped in fit and give null in transform.
 * Cache the input: fit reads it three times (count, index, fetch).
 */
public class QuantumKernelNystroem extends Estimator<QuantumKernelNystroemModel>
        implements NystroemParams, DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final NystroemParams.Fields fields;

    public QuantumKernelNystroem() {
        this(Identifiable$.MODULE$.randomUID("quantumKernelNystroem"));
    }

    public QuantumKernelNystroem(String uid) {
        this.uid = uid;
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

    public QuantumKernelNystroem setInputCol(String value) { set(inputCol(), value); return this; }
    public QuantumKernelNystroem setOutputCol(String value) { set(outputCol(), value); return this; }
    public QuantumKernelNystroem setNumLandmarks(int value) { set(numLandmarks(), value); return this; }
    public QuantumKernelNystroem setLandmarkSelection(String value) { set(landmarkSelection(), value); return this; }
    public QuantumKernelNystroem setSeed(long value) { set(seed(), value); return this; }
    public QuantumKernelNystroem setKernel(String value) { set(kernel(), value); return this; }
    public QuantumKernelNystroem setRbfGamma(double value) { set(rbfGamma(), value); return this; }
    public QuantumKernelNystroem setEigenvalueCutoff(double value) { set(eigenvalueCutoff(), value); return this; }
    public QuantumKernelNystroem setBlockSize(int value) { set(blockSize(), value); return this; }
    public QuantumKernelNystroem setFeatureMap(String value) { set(featureMap(), value); return this; }
    public QuantumKernelNystroem setReps(int value) { set(reps(), value); return this; }
    public QuantumKernelNystroem setEntanglement(String value) { set(entanglement(), value); return this; }
    public QuantumKernelNystroem setRotation(String value) { set(rotation(), value); return this; }
    public QuantumKernelNystroem setPaulis(String... value) { set(paulis(), value.clone()); return this; }
    public QuantumKernelNystroem setDataMap(String value) { set(dataMap(), value); return this; }
    public QuantumKernelNystroem setBandwidth(double value) { set(bandwidth(), value); return this; }

    @Override
    public QuantumKernelNystroemModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema(), true);
        double[][] landmarks = LandmarkSelection.select(dataset, getInputCol(), getNumLandmarks(),
                getLandmarkSelection(), getSeed());
        if (landmarks.length < getNumLandmarks()) {
            LoggerFactory.getLogger(QuantumKernelNystroem.class).warn("{}: numLandmarks = {} but column '{}' has {}"
                    + " non-null rows; every row is a landmark", uid, getNumLandmarks(), getInputCol(), landmarks.length);
        }
        int features = landmarks[0].length;
        for (int i = 0; i < landmarks.length; i++) {
            if (landmarks[i].length != features) {
                throw new IllegalArgumentException("landmark rows have " + features + " and " + landmarks[i].length
                        + " values; every row of '" + getInputCol() + "' needs the same number of features");
            }
            for (double v : landmarks[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("column '" + getInputCol() + "' has a non-finite value (" + v
                            + "); impute or drop NaN and infinite values before fitting the Nystroem stage");
                }
            }
        }
        BlockKernel kernel = kernelFor(features);
        int m = landmarks.length;
        double[] flat = new double[m * m];
        kernel.symmetricBlock(landmarks, flat);
        double[][] kmm = new double[m][];
        for (int i = 0; i < m; i++) {
            kmm[i] = java.util.Arrays.copyOfRange(flat, i * m, (i + 1) * m);
        }
        NystroemBasis basis = NystroemBasis.of(kmm, getEigenvalueCutoff());
        QuantumKernelNystroemModel model = new QuantumKernelNystroemModel(uid, landmarks, basis);
        return copyValues(model, ParamMap.empty()).setParent(this);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return appendOutput(schema, VectorColumns.UNKNOWN_SIZE, "QuantumKernelNystroem");
    }

    @Override
    public QuantumKernelNystroem copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    public static MLReader<QuantumKernelNystroem> read() {
        return new DefaultParamsReader<>();
    }

    public static QuantumKernelNystroem load(String path) {
        return read().load(path);
    }
}
