package io.hqml.spark.job;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.spark.backend.BackendUsage;
import io.hqml.spark.config.ConfigLoader;
import io.hqml.spark.config.JobConfig;
import io.hqml.spark.evaluate.MetricRow;
import io.hqml.spark.ingest.IngestedData;
import io.hqml.spark.learn.ModelOutcome;
import io.hqml.spark.learn.NystroemModels;
import io.hqml.spark.lineage.LineageWriter;
import io.hqml.spark.lineage.SparkConfSnapshot;
import io.hqml.spark.preprocess.PreparedRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Stage 8, record: turns a finished run into lineage rows (column meanings in LINEAGE.md). */
final class RunRecord {
    private final String runId;
    private final JobConfig cfg;
    private final ConfigLoader.Loaded loaded;
    private final IngestedData data;
    private final long trainRows;
    private final long testRows;
    private final String preprocessing;
    private final String modelPath;
    private final FeatureMap map;
    private final FidelityKernel kernel;
    private final Circuit example;
    private final int kernelTileSize;
    private final int kernelTiles;
    private final NystroemModels.Trained nystroem;
    private final BackendUsage backend;
    private final SparkSession spark;

    RunRecord(String runId, JobConfig cfg, ConfigLoader.Loaded loaded, IngestedData data, long trainRows,
              long testRows, String preprocessing, String modelPath, FeatureMap map, FidelityKernel kernel,
              Circuit example, int kernelTileSize, int kernelTiles, NystroemModels.Trained nystroem,
              BackendUsage backend, SparkSession spark) {
        this.runId = runId;
        this.cfg = cfg;
        this.loaded = loaded;
        this.data = data;
        this.trainRows = trainRows;
        this.testRows = testRows;
        this.preprocessing = preprocessing;
        this.modelPath = modelPath;
        this.map = map;
        this.kernel = kernel;
        this.example = example;
        this.kernelTileSize = kernelTileSize;
        this.kernelTiles = kernelTiles;
        this.nystroem = nystroem;
        this.backend = backend;
        this.spark = spark;
    }

    void write(LineageWriter writer, Instant started, List<ModelOutcome> outcomes, List<MetricRow> metrics,
               StageTimer timer, PreparedRows train, PreparedRows test, List<String> classes) {
        List<Row> metricRows = new ArrayList<>();
        for (MetricRow m : metrics) {
            String family = outcomes.stream().filter(o -> o.model().equals(m.model())).findFirst()
                    .map(ModelOutcome::family).orElseThrow();
            metricRows.add(RowFactory.create(runId, m.model(), family, m.split(), m.metric(),
                    Double.isNaN(m.value()) ? null : m.value()));
        }
        List<Row> timingRows = new ArrayList<>();
        for (StageTimer.Timing t : timer.timings()) {
            timingRows.add(RowFactory.create(runId, t.order(), t.stage(), t.seconds()));
        }
        List<Row> predictionRows = new ArrayList<>();
        for (ModelOutcome o : outcomes) {
            addPredictions(predictionRows, o.model(), "train", train, o.trainPredicted(), o.trainScores(), classes);
            addPredictions(predictionRows, o.model(), "test", test, o.testPredicted(), o.testScores(), classes);
        }
        Instant finished = Instant.now();
        writer.write(runId, runRow(started, finished), metricRows, timingRows, predictionRows);
    }

    private void addPredictions(List<Row> out, String model, String split, PreparedRows rows, int[] predicted,
                                double[][] scores, List<String> classes) {
        for (int i = 0; i < rows.size(); i++) {
            out.add(RowFactory.create(runId, model, split, rows.rowIds()[i], classes.get(rows.classes()[i]),
                    classes.get(predicted[i]), scores[i][predicted[i]]));
        }
    }

    private Row runRow(Instant started, Instant finished) {
        return RowFactory.create(runId, cfg.name, "succeeded", Timestamp.from(started), Timestamp.from(finished),
                (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0, loaded.canonicalJson(), loaded.hash(),
                CodeVersion.get(), data.uri(), data.contentHash(), data.rowCount(), trainRows, testRows,
                data.featureColumns().toArray(String[]::new), data.classes().toArray(String[]::new),
                preprocessing, modelPath, map.describe(), map.numQubits(), cfg.quantum.reps, kernel.describe(),
                map.qasmTemplate(), example.depth(), example.twoQubitCount(), kernel.engine().name(),
                backend == null ? "local" : backend.id(), backend == null ? null : backend.shots(), cfg.seed,
                cfg.split.seed, kernelTileSize, kernelTiles,
                spark.sparkContext().master(), spark.version(), SparkConfSnapshot.json(spark.sparkContext().getConf()),
                nystroem == null ? null : nystroem.landmarks(), nystroem == null ? null : nystroem.selection(),
                nystroem == null ? null : nystroem.rank(),
                backend == null ? null : backend.version(), backend == null ? null : backend.target(),
                backend == null ? null : backend.calibrationId(), backend == null ? null : backend.circuits(),
                backend == null ? null : backend.jobs(), backend == null ? null : backend.shotsTotal());
    }
}
