package io.hqml.spark.learn;

import io.hqml.spark.config.BaselinesConfig;
import io.hqml.spark.ingest.IngestedData;
import io.hqml.spark.preprocess.PreprocessingPipeline;
import java.util.List;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage 7, compare: MLlib LogisticRegression on the same preprocessed features (the angles) and the
 * same split as the quantum model. Scores are class probabilities.
 */
public final class LogisticBaseline {
    private LogisticBaseline() {
    }

    public static ModelOutcome train(Dataset<Row> train, Dataset<Row> test, BaselinesConfig cfg) {
        LogisticRegression lr = new LogisticRegression()
                .setFeaturesCol(PreprocessingPipeline.ANGLES).setLabelCol(PreprocessingPipeline.CLASS)
                .setRegParam(cfg.logisticRegParam).setMaxIter(cfg.logisticMaxIter).setFamily("multinomial");
        LogisticRegressionModel model = lr.fit(train);
        Scored tr = score(model, train);
        Scored te = score(model, test);
        String description = "mllib-logistic-regression(regParam=" + cfg.logisticRegParam + ",maxIter="
                + cfg.logisticMaxIter + ")";
        return new ModelOutcome("logistic_regression", "classical", description, tr.predicted, tr.scores,
                te.predicted, te.scores);
    }

    private record Scored(int[] predicted, double[][] scores) {
    }

    private static Scored score(LogisticRegressionModel model, Dataset<Row> rows) {
        List<Row> out = model.transform(rows).orderBy(IngestedData.ROW_ID)
                .select("prediction", "probability").collectAsList();
        int[] predicted = new int[out.size()];
        double[][] scores = new double[out.size()][];
        for (int i = 0; i < out.size(); i++) {
            predicted[i] = (int) out.get(i).getDouble(0);
            scores[i] = ((Vector) out.get(i).get(1)).toArray();
        }
        return new Scored(predicted, scores);
    }
}
