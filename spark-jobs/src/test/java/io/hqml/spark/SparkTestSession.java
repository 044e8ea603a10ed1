package io.hqml.spark;

import io.hqml.spark.session.Sessions;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession per test JVM (starting one costs seconds; later getOrCreate calls are free). Every
 * test class shares it; it is stopped by the JVM's shutdown hook.
 */
public final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            System.setProperty("spark.master", "local[2]");
            spark = Sessions.getOrCreate(null, "hqml-tests");
        }
        return spark;
    }

    /** The project root (tests run with the module directory as working directory). */
    public static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return here.getFileName().toString().equals("spark-jobs") ? here.getParent() : here;
    }

    public static Path example(String name) {
        return projectRoot().resolve("conf/examples").resolve(name);
    }
}
