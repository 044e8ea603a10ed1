package io.hqml.spark.learn;

import io.hqml.spark.config.BaselinesConfig;
import io.hqml.spark.ingest.IngestedData;
import io.hqml.spark.preprocess.PreprocessingPipeline;
import java.util.List;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.Predictor;
import org.apache.spark.ml.classification.LinearSVC;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.OneVsRest;
import org.apache.spark.ml.classification.RandomForestClassifier;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage 7, compare: MLlib classifiers on the same preprocessed features (the angles) and the same split as
 * the quantum model. LogisticRegression (scores: probabilities), LinearSVC (scores: margins; one-vs-rest
 * beyond two classes, as MLlib's LinearSVC is binary) and RandomForest (scores: probabilities; seeded).
 */
public final class MllibBaselines {
    private MllibBaselines() {
    }

    public static ModelOutcome logisticRegression(Dataset<Row> train, Dataset<Row> test, BaselinesConfig cfg) {
        LogisticRegression lr = features(new LogisticRegression()).setRegParam(cfg.logisticRegParam)
                .setMaxIter(cfg.logisticMaxIter).setFamily("multinomial");
        return outcome("logistic_regression", "mllib-logistic-regression(regParam=" + cfg.logisticRegParam
                + ",maxIter=" + cfg.logisticMaxIter + ")", lr.fit(train), train, test, "probability");
    }

    public static ModelOutcome linearSvc(Dataset<Row> train, Dataset<Row> test, BaselinesConfig cfg, int numClasses) {
        LinearSVC svc = features(new LinearSVC()).setRegParam(cfg.linearSvcRegParam).setMaxIter(cfg.linearSvcMaxIter);
        String description = "mllib-linear-svc(regParam=" + cfg.linearSvcRegParam + ",maxIter=" + cfg.linearSvcMaxIter
                + (numClasses > 2 ? ",one-vs-rest" : "") + ")";
        Model<?> model = numClasses > 2
                ? new OneVsRest().setClassifier(svc).setFeaturesCol(PreprocessingPipeline.ANGLES)
                        .setLabelCol(PreprocessingPipeline.CLASS).fit(train)
                : svc.fit(train);
        return outcome("linear_svc", description, model, train, test, "rawPrediction");
    }

    public static ModelOutcome randomForest(Dataset<Row> train, Dataset<Row> test, BaselinesConfig cfg, long seed) {
        RandomForestClassifier rf = features(new RandomForestClassifier()).setNumTrees(cfg.randomForestTrees)
                .setMaxDepth(cfg.randomForestMaxDepth).setSeed(seed);
        return outcome("random_forest", "mllib-random-forest(trees=" + cfg.randomForestTrees + ",maxDepth="
                + cfg.randomForestMaxDepth + ",seed=" + seed + ")", rf.fit(train), train, test, "probability");
    }

    private static <P extends Predictor<?, ?, ?>> P features(P predictor) {
        predictor.setFeaturesCol(PreprocessingPipeline.ANGLES);
        predictor.setLabelCol(PreprocessingPipeline.CLASS);
        return predictor;
    }

    private static ModelOutcome outcome(String name, String description, Model<?> model, Dataset<Row> train,
                                        Dataset<Row> test, String scoreColumn) {
        return outcome(name, "classical", description, model, train, test, scoreColumn);
    }

    static ModelOutcome outcome(String name, String family, String description, Model<?> model, Dataset<Row> train,
                                Dataset<Row> test, String scoreColumn) {
        Scored tr = score(model, train, scoreColumn);
        Scored te = score(model, test, scoreColumn);
        return new ModelOutcome(name, family, description, tr.predicted, tr.scores, te.predicted, te.scores);
    }

    private record Scored(int[] predicted, double[][] scores) {
    }

    private static Scored score(Model<?> model, Dataset<Row> rows, String scoreColumn) {
        List<Row> out = model.transform(rows).orderBy(IngestedData.ROW_ID)
                .select("prediction", scoreColumn).collectAsList();
        int[] predicted = new int[out.size()];
        double[][] scores = new double[out.size()][];
        for (int i = 0; i < out.size(); i++) {
            predicted[i] = (int) out.get(i).getDouble(0);
            scores[i] = ((Vector) out.get(i).get(1)).toArray();
        }
        return new Scored(predicted, scores);
    }
}
