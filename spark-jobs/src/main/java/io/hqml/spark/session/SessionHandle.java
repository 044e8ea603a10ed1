package io.hqml.spark.session;

import org.apache.spark.sql.SparkSession;

/**
 * A session for one command: stops it on close only if this handle created it, so a command run inside
 * an existing application (a notebook, a test JVM) leaves the host's session alone.
 */
public final class SessionHandle implements AutoCloseable {
    private final SparkSession spark;
    private final boolean owned;

    private SessionHandle(SparkSession spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    public static SessionHandle open(String master, String appName) {
        boolean existed = SparkSession.getDefaultSession().isDefined() || SparkSession.getActiveSession().isDefined();
        return new SessionHandle(Sessions.getOrCreate(master, appName), !existed);
    }

    public SparkSession spark() {
        return spark;
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
