package io.hqml.spark.lineage;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Spark configuration recorded with a run, as sorted JSON. Keys that can carry credentials are
 * left out entirely (not masked): secrets never reach a lineage table.
 */
public final class SparkConfSnapshot {
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(secret|token|password|passwd|credential|"
            + "key|auth|signature|session).*");

    private SparkConfSnapshot() {
    }

    public static boolean isSensitive(String key) {
        return SENSITIVE.matcher(key).matches();
    }

    public static String json(SparkConf conf) {
        Map<String, String> kept = new TreeMap<>();
        for (Tuple2<String, String> kv : conf.getAll()) {
            if (!isSensitive(kv._1()) && !kv._1().startsWith("spark.app.id") && !kv._1().startsWith("spark.driver.port")
                    && !kv._1().startsWith("spark.app.startTime") && !kv._1().equals("spark.driver.host")) {
                kept.put(kv._1(), kv._2());
            }
        }
        StringBuilder sb = new StringBuilder("{");
        kept.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(quote(k)).append(':').append(quote(v)));
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
