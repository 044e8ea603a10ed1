package io.hqml.spark.preprocess;

import io.hqml.spark.config.PreprocessConfig;
import io.hqml.spark.ingest.IngestedData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.ElementwiseProduct;
import org.apache.spark.ml.feature.MinMaxScaler;
import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.ml.feature.UnivariateFeatureSelector;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vectors;

/**
 * Stage 3, preprocess: an MLlib {@link Pipeline} fitted on the training split only and saved with the
 * run: assemble, standardise, reduce to the qubit count (PCA or ANOVA-F selection), scale each feature
 * to [0, pi], multiply by the bandwidth. Output column {@link #ANGLES}; class index column {@link #CLASS}.
 */
public final class PreprocessingPipeline {
    public static final String ANGLES = "hqml_angles";
    public static final String CLASS = "hqml_class";

    private PreprocessingPipeline() {
    }

    /**
     * @param features input columns
     * @param qubits output dimension (PCA / selection target)
     * @param classes class labels in index order (index i is the class of label classes[i])
     */
    public static Pipeline build(PreprocessConfig cfg, List<String> features, int qubits, List<String> classes) {
        List<PipelineStage> stages = new ArrayList<>();
        // Labels map to the job's class order, fixed at ingest, not StringIndexer's frequency order.
        stages.add(new StringIndexerModel(classes.toArray(String[]::new))
                .setInputCol(IngestedData.LABEL).setOutputCol(CLASS));
        stages.add(new VectorAssembler().setInputCols(features.toArray(String[]::new))
                .setOutputCol("hqml_raw").setHandleInvalid("error"));
        String current = "hqml_raw";
        if (cfg.standardize) {
            stages.add(new StandardScaler().setInputCol(current).setOutputCol("hqml_std").setWithMean(true).setWithStd(true));
            current = "hqml_std";
        }
        switch (cfg.reduce) {
            case "pca" -> {
                stages.add(new PCA().setInputCol(current).setOutputCol("hqml_reduced").setK(qubits));
                current = "hqml_reduced";
            }
            case "select" -> {
                stages.add(new UnivariateFeatureSelector().setFeaturesCol(current).setLabelCol(CLASS)
                        .setOutputCol("hqml_reduced").setFeatureType("continuous").setLabelType("categorical")
                        .setSelectionMode("numTopFeatures").setSelectionThreshold(qubits));
                current = "hqml_reduced";
            }
            default -> {
            }
        }
        if ("minmax".equals(cfg.angleScaling)) {
            stages.add(new MinMaxScaler().setInputCol(current).setOutputCol("hqml_unit").setMin(0).setMax(Math.PI));
            current = "hqml_unit";
        }
        double[] bandwidth = new double[qubits];
        Arrays.fill(bandwidth, cfg.bandwidth);
        stages.add(new ElementwiseProduct().setInputCol(current).setOutputCol(ANGLES)
                .setScalingVec(Vectors.dense(bandwidth)));
        return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    }

    /** A one-line description of the stages, for lineage. */
    public static String describe(PreprocessConfig cfg, int inputFeatures, int qubits) {
        return "assemble(" + inputFeatures + ")" + (cfg.standardize ? " -> standardize" : "")
                + switch (cfg.reduce) {
                    case "pca" -> " -> pca(k=" + qubits + ")";
                    case "select" -> " -> select(anova-f,k=" + qubits + ")";
                    default -> "";
                }
                + ("minmax".equals(cfg.angleScaling) ? " -> minmax[0,pi]" : "") + " -> bandwidth(" + cfg.bandwidth + ")";
    }
}
