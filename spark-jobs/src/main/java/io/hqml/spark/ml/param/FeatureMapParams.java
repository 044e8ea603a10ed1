package io.hqml.spark.ml.param;

import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.param.StringArrayParam;

/**
 * The feature-map params every hqml MLlib stage shares, created for one parent stage (a Spark {@link Param}
 * belongs to its parent's uid, so each stage holds its own instances). Java cannot mix in Scala's
 * {@code Has*} traits, so a stage keeps one of these and exposes each param through a public no-argument
 * method of its own: Spark finds a stage's params by reflection over such methods (fields are not seen), and
 * set, copyValues and the persistence readers only accept params found that way. Serializable because
 * stages are ({@code Params extends Serializable}).
 */
public final class FeatureMapParams implements Serializable {
    private static final long serialVersionUID = 1L;

    public final Param<String> featureMap;
    public final IntParam reps;
    public final Param<String> entanglement;
    public final Param<String> rotation;
    public final StringArrayParam paulis;
    public final Param<String> dataMap;
    public final DoubleParam bandwidth;

    public FeatureMapParams(Params parent) {
        featureMap = new Param<>(parent, "featureMap", "feature map: " + String.join(", ", FeatureMaps.NAMES),
                ParamValidators.inArray(FeatureMaps.NAMES.toArray(String[]::new)));
        reps = new IntParam(parent, "reps", "feature-map repetitions (>= 1)", ParamValidators.gtEq(1));
        entanglement = new Param<>(parent, "entanglement",
                "linear, circular, full, pairwise, or explicit pairs such as 0-1,1-2");
        rotation = new Param<>(parent, "rotation", "rx, ry or rz (angle map)",
                ParamValidators.inArray(new String[] {"rx", "ry", "rz"}));
        paulis = new StringArrayParam(parent, "paulis", "Pauli strings of the pauli map, e.g. Z, ZZ");
        dataMap = new Param<>(parent, "dataMap", "pair data map of zz/pauli: pi_minus or product",
                ParamValidators.inArray(new String[] {"pi_minus", "product"}));
        bandwidth = new DoubleParam(parent, "bandwidth", "scales features inside the map (> 0)", ParamValidators.gt(0));
    }

    /** Sets the defaults of a Qiskit-style ZZ map with two repetitions on the owning stage. */
    public void setDefaults(Params owner) {
        owner.setDefault(featureMap, "zz");
        owner.setDefault(reps, 2);
        owner.setDefault(entanglement, "linear");
        owner.setDefault(rotation, "ry");
        owner.setDefault(paulis, new String[] {"Z", "ZZ"});
        owner.setDefault(dataMap, "pi_minus");
        owner.setDefault(bandwidth, 1.0);
    }

    /** The configured map for rows of {@code features} values ({@code qubits} as the map requires). */
    public FeatureMap build(Params owner, int qubits, int features) {
        List<String> strings = Arrays.asList((String[]) owner.getOrDefault(paulis));
        return FeatureMaps.create(FeatureMapSpec.of(owner.getOrDefault(featureMap), qubits).withFeatures(features)
                .withReps((Integer) owner.getOrDefault(reps)).withEntanglement(owner.getOrDefault(entanglement))
                .withRotation(owner.getOrDefault(rotation)).withPaulis(strings).withDataMap(owner.getOrDefault(dataMap))
                .withBandwidth((Double) owner.getOrDefault(bandwidth)));
    }
}
