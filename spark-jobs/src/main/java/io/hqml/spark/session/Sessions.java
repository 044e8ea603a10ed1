package io.hqml.spark.session;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every subcommand uses: Delta enabled, {@code local[*]} only when nobody set
 * a master (so the same jar obeys spark-submit, Databricks and EMR), and small-data defaults for local
 * runs that a cluster's own settings override.
 */
public final class Sessions {
    private Sessions() {
    }

    /** @param master an explicit master URL from the command line, or null */
    public static SparkSession getOrCreate(String master, String appName) {
        SparkConf conf = new SparkConf();
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        conf.setIfMissing("spark.app.name", appName);
        conf.setIfMissing("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        conf.setIfMissing("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        if (local) {
            // Lineage tables and kernels of a local run are small: fewer partitions, no web UI.
            conf.setIfMissing("spark.sql.shuffle.partitions", "4");
            conf.setIfMissing("spark.databricks.delta.snapshotPartitions", "2");
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.ui.showConsoleProgress", "false");
            // A task result above this goes into the block manager and comes back to the driver through the block
            // transfer service, over loopback and two more copies, even in local mode; collected kernel tiles are
            // several MB per task (a 4000-row kernel is 70 MB of tiles).
            conf.setIfMissing("spark.task.maxDirectResultSize", "64m");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
