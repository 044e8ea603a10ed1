package io.hqml.spark.ml.feature;

import io.hqml.quantum.featuremap.AmplitudeEncoding;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.RbfKernel;
import io.hqml.spark.ml.param.FeatureMapParams;
import java.io.Serializable;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The params {@link QuantumKernelNystroem} and {@link QuantumKernelNystroemModel} share. As for the other
 * stages, each stage holds its own {@link Fields} (a Param belongs to its parent's uid) and this interface
 * gives both the public no-argument accessors Spark finds by reflection.
 */
public interface NystroemParams extends Params {
    String QUANTUM = "quantum";
    String RBF = "rbf";
    String UNIFORM = "uniform";
    String KMEANS_PLUS_PLUS = "kmeans++";

    /** The Param instances of one stage. */
    final class Fields implements Serializable {
        private static final long serialVersionUID = 1L;

        final Param<String> inputCol;
        final Param<String> outputCol;
        final IntParam numLandmarks;
        final Param<String> landmarkSelection;
        final LongParam seed;
        final Param<String> kernel;
        final DoubleParam rbfGamma;
        final DoubleParam eigenvalueCutoff;
        final IntParam blockSize;
        final FeatureMapParams map;

        Fields(Params parent) {
            inputCol = new Param<>(parent, "inputCol", "input column of feature vectors (angles for the quantum kernel)");
            outputCol = new Param<>(parent, "outputCol", "output column of Nystroem features (one value per landmark)");
            numLandmarks = new IntParam(parent, "numLandmarks", "landmark rows m drawn from the training data (>= 1;"
                    + " all rows when there are fewer)", ParamValidators.gtEq(1));
            landmarkSelection = new Param<>(parent, "landmarkSelection", "how landmarks are drawn: uniform (without"
                    + " replacement) or kmeans++ (D^2 sampling on the input vectors)",
                    ParamValidators.inArray(new String[] {UNIFORM, KMEANS_PLUS_PLUS}));
            seed = new LongParam(parent, "seed", "seed of the landmark selection");
            kernel = new Param<>(parent, "kernel", "quantum (fidelity kernel of the feature map) or rbf"
                    + " (exp(-rbfGamma ||x - y||^2), the classical baseline)",
                    ParamValidators.inArray(new String[] {QUANTUM, RBF}));
            rbfGamma = new DoubleParam(parent, "rbfGamma", "gamma of the rbf kernel (finite, > 0)",
                    ParamValidators.inRange(0, Double.MAX_VALUE, false, true));
            eigenvalueCutoff = new DoubleParam(parent, "eigenvalueCutoff", "eigenvalues of the landmark kernel"
                    + " matrix at most this fraction of the largest are treated as zero in its pseudo-inverse square"
                    + " root (0 <= cutoff < 1)", ParamValidators.inRange(0, 1, true, false));
            blockSize = new IntParam(parent, "blockSize", "rows per kernel block on an executor (>= 1)",
                    ParamValidators.gtEq(1));
            map = new FeatureMapParams(parent);
        }

        void setDefaults(Params owner) {
            owner.setDefault(inputCol, "angles");
            owner.setDefault(outputCol, "nystroem");
            owner.setDefault(numLandmarks, 100);
            owner.setDefault(landmarkSelection, KMEANS_PLUS_PLUS);
            owner.setDefault(seed, 42L);
            owner.setDefault(kernel, QUANTUM);
            owner.setDefault(rbfGamma, 1.0);
            // Jacobi eigenvalues are accurate to about 1e-15 ||K||_F: 1e-12 of the largest drops rounding noise
            // and keeps every direction the landmarks resolve.
            owner.setDefault(eigenvalueCutoff, 1e-12);
            owner.setDefault(blockSize, 256);
            map.setDefaults(owner);
        }
    }

    Fields nystroemFields();

    default Param<String> inputCol() { return nystroemFields().inputCol; }
    default Param<String> outputCol() { return nystroemFields().outputCol; }
    default IntParam numLandmarks() { return nystroemFields().numLandmarks; }
    default Param<String> landmarkSelection() { return nystroemFields().landmarkSelection; }
    default LongParam seed() { return nystroemFields().seed; }
    default Param<String> kernel() { return nystroemFields().kernel; }
    default DoubleParam rbfGamma() { return nystroemFields().rbfGamma; }
    default DoubleParam eigenvalueCutoff() { return nystroemFields().eigenvalueCutoff; }
    default IntParam blockSize() { return nystroemFields().blockSize; }
    default Param<String> featureMap() { return nystroemFields().map.featureMap; }
    default IntParam reps() { return nystroemFields().map.reps; }
    default Param<String> entanglement() { return nystroemFields().map.entanglement; }
    default Param<String> rotation() { return nystroemFields().map.rotation; }
    default StringArrayParam paulis() { return nystroemFields().map.paulis; }
    default Param<String> dataMap() { return nystroemFields().map.dataMap; }
    default DoubleParam bandwidth() { return nystroemFields().map.bandwidth; }

    default String getInputCol() { return getOrDefault(inputCol()); }
    default String getOutputCol() { return getOrDefault(outputCol()); }
    default int getNumLandmarks() { return (Integer) getOrDefault(numLandmarks()); }
    default String getLandmarkSelection() { return getOrDefault(landmarkSelection()); }
    default long getSeed() { return (Long) getOrDefault(seed()); }
    default String getKernel() { return getOrDefault(kernel()); }
    default double getRbfGamma() { return (Double) getOrDefault(rbfGamma()); }
    default double getEigenvalueCutoff() { return (Double) getOrDefault(eigenvalueCutoff()); }
    default int getBlockSize() { return (Integer) getOrDefault(blockSize()); }
    default String getFeatureMap() { return getOrDefault(featureMap()); }
    default int getReps() { return (Integer) getOrDefault(reps()); }
    default String getEntanglement() { return getOrDefault(entanglement()); }
    default String getRotation() { return getOrDefault(rotation()); }
    default String[] getPaulis() { return ((String[]) getOrDefault(paulis())).clone(); }
    default String getDataMap() { return getOrDefault(dataMap()); }
    default double getBandwidth() { return (Double) getOrDefault(bandwidth()); }

    /** The configured feature map for vectors of {@code size} values (one qubit each; log2 for amplitude). */
    default FeatureMap featureMapFor(int size) {
        int qubits = "amplitude".equals(getFeatureMap()) ? AmplitudeEncoding.qubitsFor(size) : size;
        try {
            return nystroemFields().map.build(this, qubits, size);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the feature-map params of " + uid() + " do not give a map for "
                    + size + " feature(s): " + e.getMessage(), e);
        }
    }

    /** The kernel the params describe, for vectors of {@code size} values. */
    default BlockKernel kernelFor(int size) {
        return QUANTUM.equals(getKernel()) ? new FidelityKernel(featureMapFor(size)) : new RbfKernel(getRbfGamma());
    }

    /**
     * Checks the input and output columns and appends the output vector column of {@code size} values
     * ({@link VectorColumns#UNKNOWN_SIZE} before fit); with a known input size the quantum feature map is
     * built, so a bad configuration fails here rather than in a task.
     */
    default StructType appendOutput(StructType schema, int size, String stage) {
        StructField field = VectorColumns.requireVector(schema, getInputCol(), stage);
        VectorColumns.requireAbsent(schema, getOutputCol(), stage);
        int inputSize = VectorColumns.knownSize(field);
        if (inputSize != VectorColumns.UNKNOWN_SIZE && QUANTUM.equals(getKernel())) {
            featureMapFor(inputSize);
        }
        return VectorColumns.append(schema, getOutputCol(), size);
    }
}
