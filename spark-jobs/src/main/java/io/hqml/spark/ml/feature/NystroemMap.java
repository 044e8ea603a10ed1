package io.hqml.spark.ml.feature;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.FidelityGram;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.RbfKernel;
import java.io.Serializable;

/**
 * What the executors of a {@link QuantumKernelNystroemModel} transform need, broadcast once per model: the
 * landmarks, the projection {@code P} ({@link NystroemBasis}) and, for the quantum kernel, the landmark
 * states, simulated once on the driver ({@code m 2^n} complex amplitudes: 3.3 MB for 200 landmarks on 10
 * qubits). A block of rows then costs one engine call for the rows' states, one Gram block against the
 * landmark states ({@link FidelityGram#block}) and one {@code b x m} by {@code m x m} product; no landmark is
 * simulated on an executor and no state is simulated per pair.
 *
 * <p>Broadcast values are shared by the tasks of an executor, so this object is read-only; each partition
 * gets its own {@link FidelityKernel} (a single-threaded engine with scratch space) from {@link #function()}.
 */
final class NystroemMap implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FeatureMap map;
    private final double rbfGamma;
    private final double[][] landmarks;
    private final double[] landmarkStates;
    private final double[][] projection;

    private NystroemMap(FeatureMap map, double rbfGamma, double[][] landmarks, double[] landmarkStates,
                        double[][] projection) {
        this.map = map;
        this.rbfGamma = rbfGamma;
        this.landmarks = landmarks;
        this.landmarkStates = landmarkStates;
        this.projection = projection;
    }

    /** The quantum kernel: simulates the landmark states here, on the driver. */
    static NystroemMap quantum(FeatureMap map, double[][] landmarks, double[][] projection) {
        return new NystroemMap(map, Double.NaN, landmarks, new FidelityKernel(map).states(landmarks), projection);
    }

    static NystroemMap rbf(double gamma, double[][] landmarks, double[][] projection) {
        return new NystroemMap(null, gamma, landmarks, null, projection);
    }

    /** The per-partition function: a block of input vectors to their m Nystroem features each. */
    BlockVectorMapper.BlockFunction function() {
        int m = landmarks.length;
        int features = landmarks[0].length;
        if (map == null) {
            RbfKernel rbf = new RbfKernel(rbfGamma);
            return block -> {
                check(block, features);
                double[] k = new double[block.length * m];
                rbf.block(block, landmarks, k);
                return NystroemBasis.project(k, block.length, projection);
            };
        }
        FidelityKernel kernel = new FidelityKernel(map);
        int dim = 1 << map.numQubits();
        return block -> {
            check(block, features);
            double[] k = new double[block.length * m];
            FidelityGram.block(kernel.states(block), block.length, landmarkStates, m, dim, k);
            return NystroemBasis.project(k, block.length, projection);
        };
    }

    private static void check(double[][] block, int features) {
        for (double[] x : block) {
            if (x.length != features) {
                throw new IllegalArgumentException("a row has " + x.length + " features but the Nystroem model was fit"
                        + " on " + features + "; transform rows assembled like the training rows");
            }
            for (double v : x) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("a row has a non-finite value (" + v + "); impute or drop NaN"
                            + " and infinite values before the Nystroem transform");
                }
            }
        }
    }
}
