package io.hqml.spark.job;

import static org.apache.spark.sql.functions.col;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.BlockKernel;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.RbfKernel;
import io.hqml.spark.backend.BackendKernels;
import io.hqml.spark.backend.BackendUsage;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.config.JobConfig;
import io.hqml.spark.errors.HqmlErrors;
import io.hqml.spark.evaluate.MetricRow;
import io.hqml.spark.evaluate.ModelEvaluation;
import io.hqml.spark.ingest.DatasetIngest;
import io.hqml.spark.ingest.IngestedData;
import io.hqml.spark.kernel.TiledKernel;
import io.hqml.spark.learn.KernelSvmTrainer;
import io.hqml.spark.learn.MllibBaselines;
import io.hqml.spark.learn.NystroemModels;
import io.hqml.spark.learn.ProjectedQuantumModel;
import io.hqml.spark.learn.ModelOutcome;
import io.hqml.spark.lineage.LineageWriter;
import io.hqml.spark.preprocess.PreparedRows;
import io.hqml.spark.preprocess.PreprocessingPipeline;
import io.hqml.spark.split.StratifiedSplit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code hqml run}: the experiment end to end, one stage after another (see ARCHITECTURE.md), timing
 * each. Every check that can reject the input runs before the first write; the lineage tables are
 * written once, at the end, by {@link LineageWriter}.
 */
public final class HqmlJob {
    private final SparkSession spark;
    private final String warehouse;

    public HqmlJob(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public RunSummary run(ConfigLoader.Loaded loaded, String runId) {
        JobConfig cfg = loaded.config();
        if (!LineageWriter.isSafeRunId(runId)) {
            throw HqmlErrors.invalidArgument("run id '" + runId + "' has unsupported characters",
                    "use letters, digits, '.', '_', ':' or '-' (at most 128)");
        }
        Instant started = Instant.now();
        StageTimer timer = new StageTimer(System::nanoTime);
        spark.sparkContext().setJobDescription("hqml run " + runId);

        IngestedData data = timer.time("ingest", () -> DatasetIngest.load(spark, cfg.data));
        int qubits = QubitBudget.resolve(cfg, data.featureColumns().size());
        int encoded = QubitBudget.encodedFeatures(cfg, data.featureColumns().size(), qubits);
        FeatureMap map = cfg.quantum.featureMap(qubits, encoded);

        Dataset<Row> split = timer.time("split", () -> {
            Dataset<Row> s = StratifiedSplit.split(data.rows(), cfg.split.testFraction, cfg.split.seed).cache();
            s.count(); // materialise here so the stage timing measures the split, not a later stage
            return s;
        });
        Dataset<Row> trainRows = split.filter(col(StratifiedSplit.SPLIT).equalTo(StratifiedSplit.TRAIN));
        Dataset<Row> testRows = split.filter(col(StratifiedSplit.SPLIT).equalTo(StratifiedSplit.TEST));

        Prepared prepared = timer.time("preprocess", () -> {
            PipelineModel model = PreprocessingPipeline.build(cfg.preprocess, data.featureColumns(), encoded,
                    data.classes()).fit(trainRows);
            // Iterative MLlib baselines run one Spark job per iteration; small frames in few partitions keep
            // each job one or two tasks instead of spark.sql.shuffle.partitions of them.
            int parts = partitionsFor(data.rowCount());
            Dataset<Row> tr = model.transform(trainRows).coalesce(parts).cache();
            Dataset<Row> te = model.transform(testRows).coalesce(parts).cache();
            return new Prepared(model, tr, te, PreparedRows.collect(tr), PreparedRows.collect(te));
        });
        boolean exact = cfg.quantum.usesExactKernel();
        if (exact && prepared.train.size() > cfg.svm.maxTrainRows) {
            throw HqmlErrors.tooManyTrainingRows(prepared.train.size(), cfg.svm.maxTrainRows);
        }
        int numClasses = data.classes().size();
        // The backend is opened and checked here, before any kernel is computed and anything is written.
        BackendKernels backend = cfg.backend == null ? null
                : BackendKernels.prepare(spark.sparkContext(), cfg.backend, map, prepared.train.angles()[0]);

        Circuit example = map.circuit(prepared.train.angles()[0]);
        FidelityKernel quantumKernel = new FidelityKernel(map, cfg.quantum.engine);
        TiledKernel tiles = new TiledKernel(spark, cfg.quantum.tileSize);
        List<ModelOutcome> outcomes = new ArrayList<>();
        int kernelTiles = 0; // train + test tiles of the exact kernel
        int kernelTileSize = cfg.quantum.tileSize; // lowered by TiledKernel when a task would not fit memory
        // Every quantum kernel model has its RBF twin with the same learner: exact SVM, or Nystroem + LR.
        if (exact) {
            double[][] kTrain = timer.time("quantum_kernel_train", () -> tiles.symmetric(quantumKernel, prepared.train.angles()));
            int trainTiles = tiles.lastTiles();
            double[][] kTest = timer.time("quantum_kernel_test", () ->
                    tiles.cross(quantumKernel, prepared.test.angles(), prepared.train.angles()));
            kernelTiles = trainTiles + tiles.lastTiles();
            kernelTileSize = tiles.lastTileSize();
            outcomes.add(timer.time("quantum_svm", () -> KernelSvmTrainer.train("quantum_kernel_svm", "quantum",
                    "svm[" + quantumKernel.describe() + "]", kTrain, kTest, prepared.train.classes(), numClasses,
                    cfg.svm.options())));
        }
        NystroemModels.Trained nystroem = null;
        if (cfg.quantum.usesNystroem()) {
            nystroem = timer.time("quantum_nystroem_lr", () -> NystroemModels.quantum(prepared.trainFrame,
                    prepared.testFrame, cfg.quantum, cfg.baselines));
            outcomes.add(nystroem.outcome());
        }

        if (backend != null) {
            BlockKernel bk = backend.kernel();
            double[][] bTrain = timer.time("backend_kernel_train", () ->
                    backend.run(() -> tiles.symmetric(bk, prepared.train.angles())));
            double[][] bTest = timer.time("backend_kernel_test", () ->
                    backend.run(() -> tiles.cross(bk, prepared.test.angles(), prepared.train.angles())));
            outcomes.add(timer.time("backend_svm", () -> KernelSvmTrainer.train("quantum_backend_svm", "quantum",
                    "svm[" + bk.describe() + "]", bTrain, bTest, prepared.train.classes(), numClasses, cfg.svm.options())));
        }
        BackendUsage usage = backend == null ? null : backend.usage();

        if (cfg.quantum.projected) {
            outcomes.add(timer.time("quantum_projected_lr", () -> ProjectedQuantumModel.train(prepared.trainFrame,
                    prepared.testFrame, cfg.quantum, cfg.baselines)));
        }

        double gamma = "scale".equals(cfg.baselines.rbfGamma) ? RbfKernel.scaleGamma(prepared.train.angles())
                : Double.parseDouble(cfg.baselines.rbfGamma);
        RbfKernel rbf = new RbfKernel(gamma);
        if (exact) {
            outcomes.add(timer.time("rbf_svm", () -> KernelSvmTrainer.train("rbf_svm", "classical",
                    "svm[" + rbf.describe() + "]", tiles.symmetric(rbf, prepared.train.angles()),
                    tiles.cross(rbf, prepared.test.angles(), prepared.train.angles()), prepared.train.classes(),
                    numClasses, cfg.svm.options())));
        }
        if (cfg.quantum.usesNystroem()) {
            outcomes.add(timer.time("rbf_nystroem_lr", () -> NystroemModels.rbf(prepared.trainFrame,
                    prepared.testFrame, gamma, cfg.quantum.nystroem, cfg.baselines)).outcome());
        }
        outcomes.add(timer.time("logistic_regression", () ->
                MllibBaselines.logisticRegression(prepared.trainFrame, prepared.testFrame, cfg.baselines)));
        outcomes.add(timer.time("linear_svc", () ->
                MllibBaselines.linearSvc(prepared.trainFrame, prepared.testFrame, cfg.baselines, numClasses)));
        outcomes.add(timer.time("random_forest", () ->
                MllibBaselines.randomForest(prepared.trainFrame, prepared.testFrame, cfg.baselines, cfg.seed)));

        List<MetricRow> metrics = timer.time("evaluate", () -> {
            List<MetricRow> all = new ArrayList<>();
            for (ModelOutcome o : outcomes) {
                all.addAll(ModelEvaluation.evaluate(o, prepared.train.classes(), prepared.test.classes(), numClasses));
            }
            return all;
        });

        String modelPath = warehouse + "/hqml_models/" + runId + "/preprocessing";
        String preprocessing = PreprocessingPipeline.describe(cfg.preprocess, data.featureColumns().size(), encoded);
        RunRecord record = new RunRecord(runId, cfg, loaded, data, prepared.train.size(), prepared.test.size(),
                preprocessing, modelPath, map, quantumKernel, example, kernelTileSize, kernelTiles, nystroem, usage, spark);
        timer.time("record", () -> {
            try {
                prepared.model.write().overwrite().save(modelPath);
            } catch (IOException e) {
                throw new IllegalStateException("cannot save the preprocessing model to " + modelPath, e);
            }
            record.write(new LineageWriter(spark, warehouse), started, outcomes, metrics, timer,
                    prepared.train, prepared.test, data.classes());
            return null;
        });
        prepared.trainFrame.unpersist();
        prepared.testFrame.unpersist();
        split.unpersist();
        data.rows().unpersist();

        List<RunSummary.ModelLine> lines = outcomes.stream()
                .map(o -> new RunSummary.ModelLine(o.model(), o.family(), o.description())).toList();
        double total = timer.timings().stream().mapToDouble(StageTimer.Timing::seconds).sum();
        return new RunSummary(runId, cfg.name, warehouse, data.uri(), data.contentHash(), prepared.train.size(),
                prepared.test.size(), data.classes(), map.describe(), qubits, preprocessing,
                quantumKernel.engine().name(), usage, lines, metrics,
                timer.timings(), total);
    }

    /** One partition per 50,000 rows, at most the default parallelism. */
    private int partitionsFor(long rows) {
        return (int) Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), rows / 50_000));
    }

    private record Prepared(PipelineModel model, Dataset<Row> trainFrame, Dataset<Row> testFrame,
                            PreparedRows train, PreparedRows test) {
    }
}
