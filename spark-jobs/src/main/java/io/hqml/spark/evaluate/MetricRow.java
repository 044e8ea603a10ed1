package io.hqml.spark.evaluate;

import java.io.Serializable;

/** One value of {@code hqml_metrics}: a metric of a model on a split. */
public record MetricRow(String model, String split, String metric, double value) implements Serializable {
}
