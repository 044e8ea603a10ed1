package io.hqml.spark.errors;

import java.util.List;

/**
 * Every user-facing error, in one place, with a stable code. Messages say what is wrong and how to
 * fix it, on one line. Codes: CONFIG (the YAML), DATA (the input data), BUDGET (qubit limits),
 * RUN (lineage lookups), BACKEND (the configured quantum backend), TARGET, QASM and TRANSPILE
 * ({@code hqml transpile}).
 */
public final class HqmlErrors {
    private HqmlErrors() {
    }

    public static HqmlException configFileMissing(String path) {
        return new HqmlException("CONFIG_NOT_FOUND", "config file '" + path
                + "' does not exist; pass the path of a YAML config such as conf/examples/adhoc-qsvm.yaml", null);
    }

    public static HqmlException malformedYaml(String path, String detail, Throwable cause) {
        return new HqmlException("CONFIG_MALFORMED", "config '" + path + "' is not valid YAML (" + detail
                + "); fix the syntax, e.g. 'key: value' pairs with consistent indentation", cause);
    }

    public static HqmlException invalidConfig(String key, String problem, String fix) {
        return new HqmlException("CONFIG_INVALID", "config key '" + key + "' " + problem + "; " + fix, null);
    }

    public static HqmlException badOverride(String override) {
        return new HqmlException("CONFIG_INVALID", "--set '" + override
                + "' is not of the form key=value; write e.g. --set quantum.reps=3", null);
    }

    public static HqmlException unknownFeatureMap(String name) {
        return new HqmlException("CONFIG_INVALID", "unknown feature map '" + name
                + "'; set quantum.featureMap to one of " + String.join(", ", io.hqml.quantum.featuremap.FeatureMaps.NAMES), null);
    }

    public static HqmlException dataMissing(String uri) {
        return new HqmlException("DATA_NOT_FOUND", "data path '" + uri
                + "' does not exist; check data.path (relative paths resolve against the working directory)", null);
    }

    public static HqmlException dataUnreadable(String uri, String format, String detail, Throwable cause) {
        return new HqmlException("DATA_UNREADABLE", "cannot read '" + uri + "' as " + format + " (" + detail
                + "); check data.format matches the file", cause);
    }

    public static HqmlException columnMissing(String role, String column, List<String> available) {
        return new HqmlException("DATA_COLUMN_MISSING", role + " column '" + column + "' is not in the data "
                + available + "; set data." + (role.equals("label") ? "label" : "features")
                + " to existing column names", null);
    }

    public static HqmlException nonNumericFeature(String column, String type) {
        return new HqmlException("DATA_NON_NUMERIC", "feature column '" + column + "' has type " + type
                + ", not numeric; remove it from data.features or encode it as numbers first", null);
    }

    public static HqmlException nonFiniteFeatures(long rows, List<String> columns) {
        return new HqmlException("DATA_NON_FINITE", rows + " row(s) have null, NaN or infinite values in "
                + columns + "; drop or impute those rows before running", null);
    }

    public static HqmlException nullLabels(long rows, String label) {
        return new HqmlException("DATA_NULL_LABEL", rows + " row(s) have no value in label column '" + label
                + "'; drop unlabelled rows before running", null);
    }

    public static HqmlException emptyData(String uri) {
        return new HqmlException("DATA_EMPTY", "data '" + uri + "' has no rows; point data.path at a non-empty data set", null);
    }

    public static HqmlException oneClass(String label, String value) {
        return new HqmlException("DATA_ONE_CLASS", "label column '" + label + "' has a single class ('" + value
                + "'); a classifier needs at least two classes in the data", null);
    }

    public static HqmlException classTooSmall(String value, long count) {
        return new HqmlException("DATA_CLASS_TOO_SMALL", "class '" + value + "' has only " + count
                + " row(s), too few to appear in both train and test splits; add rows or drop that class", null);
    }

    public static HqmlException tooManyFeatures(int features, int qubits) {
        return new HqmlException("BUDGET_FEATURES", features + " features exceed the qubit budget quantum.qubits = "
                + qubits + "; set preprocess.reduce to pca or select, or raise quantum.qubits", null);
    }

    public static HqmlException tooFewFeatures(int features, int qubits) {
        return new HqmlException("BUDGET_FEATURES", "only " + features + " feature(s) for quantum.qubits = "
                + qubits + "; lower quantum.qubits to " + features + " or add features", null);
    }

    public static HqmlException tooManyQubits(int qubits, int max) {
        return new HqmlException("BUDGET_QUBITS", "quantum.qubits = " + qubits + " exceeds the statevector budget of "
                + max + " qubits; lower quantum.qubits (reduce features with preprocess.reduce) or raise quantum.maxQubits", null);
    }

    public static HqmlException tooManyTrainingRows(long rows, int max) {
        return new HqmlException("BUDGET_ROWS", rows + " training rows exceed svm.maxTrainRows = " + max
                + " for the exact kernel SVM (the driver would hold an N x N kernel); set quantum.kernels: [nystroem]"
                + " for landmark features on the executors (quantum.nystroem.landmarks), sample the data, or raise"
                + " svm.maxTrainRows", null);
    }

    public static HqmlException driverRows(long rows, int max) {
        return new HqmlException("BUDGET_ROWS", rows + " rows exceed --max-driver-rows = " + max + " for CSV output (the"
                + " driver would assemble the N x N matrix); write a Delta table with --output-table PATH instead, or"
                + " raise --max-driver-rows", null);
    }

    public static HqmlException runNotFound(String runId, String warehouse) {
        return new HqmlException("RUN_NOT_FOUND", "no run '" + runId + "' in warehouse '" + warehouse
                + "'; list runs with 'hqml runs list' or pass --warehouse", null);
    }

    public static HqmlException datasetChanged(String runId, String recorded, String now, String uri) {
        return new HqmlException("DATA_CHANGED", "data '" + uri + "' of run " + runId + " now hashes to " + now
                + ", recorded " + recorded + "; restore the original data to reproduce the run", null);
    }

    public static HqmlException invalidArgument(String what, String fix) {
        return new HqmlException("ARGUMENT_INVALID", what + "; " + fix, null);
    }

    public static HqmlException backendTargetMissing(String path) {
        return new HqmlException("CONFIG_INVALID", "config key 'backend.target' names '" + path
                + "', which does not exist; point it at a Target JSON such as conf/targets/line-7.json", null);
    }

    /**
     * A backend error as a user error: REJECTED (the circuits do not fit the backend: no retry helps),
     * UNAVAILABLE (transient or rate limited: try again later) or FAILED (authentication, failed jobs, protocol).
     */
    public static HqmlException backend(String backendId, io.hqml.quantum.backend.BackendException e) {
        String code;
        String fix;
        if (e instanceof io.hqml.quantum.backend.InvalidCircuitException
                || e instanceof io.hqml.quantum.backend.OverLimitsException) {
            code = "BACKEND_REJECTED";
            fix = "choose a backend.target whose gates and coupling fit the feature map, fewer qubits, or fewer shots";
        } else if (e.retryable()) {
            code = "BACKEND_UNAVAILABLE";
            fix = "check that the backend is running and reachable, then run again";
        } else {
            code = "BACKEND_FAILED";
            fix = "check the backend's credentials and state, then run again";
        }
        return new HqmlException(code, "backend " + backendId + ": " + e.getMessage() + "; " + fix, e);
    }

    public static HqmlException fileNotFound(String what, String path, String fix) {
        return new HqmlException("FILE_NOT_FOUND", what + " '" + path + "' does not exist; " + fix, null);
    }

    /** {@code detail} is the parser's one line (it names the key or JSON position and the fix). */
    public static HqmlException invalidTarget(String path, String detail) {
        return new HqmlException("TARGET_INVALID", "target '" + path + "' is not a valid hqml target: " + detail, null);
    }

    /** {@code detail} is the importer's one line ({@code line N: problem; hint}). */
    public static HqmlException invalidQasm(String path, String detail) {
        return new HqmlException("QASM_INVALID", "OpenQASM input '" + path + "' " + detail, null);
    }

    /** {@code detail} is the transpiler's one line (problem; fix), e.g. too wide or over the depth budget. */
    public static HqmlException transpileFailed(String detail) {
        return new HqmlException("TRANSPILE_FAILED", detail, null);
    }
}
