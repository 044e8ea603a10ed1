package io.hqml.spark.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The hqml version recorded in lineage (Maven project version, filtered into the jar at build time). */
public final class CodeVersion {
    private CodeVersion() {
    }

    public static String get() {
        try (InputStream in = CodeVersion.class.getResourceAsStream("/hqml-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return "hqml " + p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
