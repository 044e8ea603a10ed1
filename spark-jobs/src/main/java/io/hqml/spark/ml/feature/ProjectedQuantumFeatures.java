package io.hqml.spark.ml.feature;

import static org.apache.spark.sql.functions.col;

import io.hqml.quantum.featuremap.AmplitudeEncoding;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.ProjectedFeatures;
import io.hqml.spark.ml.param.FeatureMapParams;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Replaces a vector of rotation angles by the projected quantum features of Huang et al. (2021): for each
 * qubit {@code k} of the feature-map state {@code U(x)|0>} the expectations {@code <X_k>, <Y_k>, <Z_k>}
 * ({@link ProjectedFeatures}), {@code 3n} values in {@code [-1, 1]} that any MLlib classifier can train on.
 * Pair it with {@link AngleScaler} to bring raw features into angle range first.
 *
 * <p>The feature map comes from the shared {@link FeatureMapParams}; its qubit count is the input vector size
 * ({@code ceil(log2(size))} for amplitude encoding). The size is read from the column's ML attribute
 * metadata (which {@link AngleScaler} writes); without it {@code transform} reads one non-null vector, as
 * MLlib's {@code VectorAssembler} does. The map is built and validated on the driver, so a bad configuration
 * fails in {@code transform}, not in a task; executors simulate {@code blockSize} rows at a time with one
 * engine per partition. Null vectors give null; vectors of another size or with non-finite values fail.
 */
public class ProjectedQuantumFeatures extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final IntParam blockSize;
    private final FeatureMapParams map;

    public ProjectedQuantumFeatures() {
        this(Identifiable$.MODULE$.randomUID("projectedQuantumFeatures"));
    }

    public ProjectedQuantumFeatures(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "input column of angle vectors");
        outputCol = new Param<>(this, "outputCol", "output column of <X>,<Y>,<Z> per qubit (3 values per qubit)");
        blockSize = new IntParam(this, "blockSize", "rows simulated per engine call on an executor (>= 1)",
                ParamValidators.gtEq(1));
        map = new FeatureMapParams(this);
        map.setDefaults(this);
        setDefault(inputCol, "angles");
        setDefault(outputCol, "projected");
        setDefault(blockSize, 256);
    }

    @Override
    public String uid() {
        return uid;
    }

    // Param accessors: Spark finds a stage's params by its public no-argument methods returning a Param.
    public Param<String> inputCol() { return inputCol; }
    public Param<String> outputCol() { return outputCol; }
    public IntParam blockSize() { return blockSize; }
    public Param<String> featureMap() { return map.featureMap; }
    public IntParam reps() { return map.reps; }
    public Param<String> entanglement() { return map.entanglement; }
    public Param<String> rotation() { return map.rotation; }
    public StringArrayParam paulis() { return map.paulis; }
    public Param<String> dataMap() { return map.dataMap; }
    public DoubleParam bandwidth() { return map.bandwidth; }

    public String getInputCol() { return getOrDefault(inputCol); }
    public String getOutputCol() { return getOrDefault(outputCol); }
    public int getBlockSize() { return (Integer) getOrDefault(blockSize); }
    public String getFeatureMap() { return getOrDefault(map.featureMap); }
    public int getReps() { return (Integer) getOrDefault(map.reps); }
    public String getEntanglement() { return getOrDefault(map.entanglement); }
    public String getRotation() { return getOrDefault(map.rotation); }
    public String[] getPaulis() { return ((String[]) getOrDefault(map.paulis)).clone(); }
    public String getDataMap() { return getOrDefault(map.dataMap); }
    public double getBandwidth() { return (Double) getOrDefault(map.bandwidth); }

    public ProjectedQuantumFeatures setInputCol(String value) { return put(inputCol, value); }
    public ProjectedQuantumFeatures setOutputCol(String value) { return put(outputCol, value); }
    public ProjectedQuantumFeatures setBlockSize(int value) { return put(blockSize, value); }
    public ProjectedQuantumFeatures setFeatureMap(String value) { return put(map.featureMap, value); }
    public ProjectedQuantumFeatures setReps(int value) { return put(map.reps, value); }
    public ProjectedQuantumFeatures setEntanglement(String value) { return put(map.entanglement, value); }
    public ProjectedQuantumFeatures setRotation(String value) { return put(map.rotation, value); }
    public ProjectedQuantumFeatures setPaulis(String... value) { return put(map.paulis, value.clone()); }
    public ProjectedQuantumFeatures setDataMap(String value) { return put(map.dataMap, value); }
    public ProjectedQuantumFeatures setBandwidth(double value) { return put(map.bandwidth, value); }

    private <T> ProjectedQuantumFeatures put(Param<T> param, T value) {
        set(param, value);
        return this;
    }

    /** Qubits the configured map uses for vectors of {@code size} values. */
    public int qubitsFor(int size) {
        return "amplitude".equals(getFeatureMap()) ? AmplitudeEncoding.qubitsFor(size) : size;
    }

    /** The configured feature map for vectors of {@code size} values (validates the configuration). */
    public FeatureMap featureMapFor(int size) {
        return map.build(this, qubitsFor(size), size);
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType schema = dataset.schema();
        transformSchema(schema, true);
        String in = getInputCol();
        int size = VectorColumns.knownSize(schema.apply(in));
        if (size == VectorColumns.UNKNOWN_SIZE) {
            List<Row> first = dataset.select(col(in)).where(col(in).isNotNull()).takeAsList(1);
            size = first.isEmpty() ? VectorColumns.UNKNOWN_SIZE : ((Vector) first.get(0).get(0)).size();
        }
        FeatureMap fm = size == VectorColumns.UNKNOWN_SIZE ? null : featureMapFor(size);
        StructType out = VectorColumns.append(schema, getOutputCol(),
                fm == null ? VectorColumns.UNKNOWN_SIZE : 3 * fm.numQubits());
        BlockVectorMapper.Factory factory = fm == null ? null : () -> new ProjectedFeatures(fm)::features;
        Dataset<Row> projected = dataset.toDF().mapPartitions(new BlockVectorMapper(factory, schema.fieldIndex(in),
                getBlockSize(), "ProjectedQuantumFeatures"), Encoders.row(out));
        return VectorColumns.withMetadata(projected, out);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        StructField field = VectorColumns.requireVector(schema, getInputCol(), "ProjectedQuantumFeatures");
        VectorColumns.requireAbsent(schema, getOutputCol(), "ProjectedQuantumFeatures");
        int size = VectorColumns.knownSize(field);
        int outSize = size == VectorColumns.UNKNOWN_SIZE ? size : 3 * featureMapFor(size).numQubits();
        return VectorColumns.append(schema, getOutputCol(), outSize);
    }

    @Override
    public ProjectedQuantumFeatures copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    public static MLReader<ProjectedQuantumFeatures> read() {
        return new DefaultParamsReader<>();
    }

    public static ProjectedQuantumFeatures load(String path) {
        return read().load(path);
    }
}
