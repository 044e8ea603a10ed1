package io.hqml.spark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar on a real Spark standalone cluster: a master and two workers as separate JVMs on
 * 127.0.0.1, the jar submitted with SparkSubmit exactly as on a cluster. The kernel it computes across
 * executors in other JVMs must equal, value for value, the kernel of a local[2] run of the same jar, and the
 * executors must have loaded the native engine from the jar.
 * Runs in the integration-test phase (after the jar is packaged).
 */
class StandaloneClusterIT {
    @TempDir
    Path dir;

    @Test
    void kernelJobOnTwoWorkersEqualsTheLocalResult() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path jar = target.resolve("hqml-job.jar");
        assertTrue(Files.isRegularFile(jar), "package the job jar first (mvn verify runs this after package)");
        String classpath = Files.readString(target.resolve("spark-classpath.txt")).trim();

        Path input = dir.resolve("rows.csv");
        StringBuilder csv = new StringBuilder("a,b,c\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int i = 0; i < 40; i++) {
            csv.append(rnd.nextDouble(0, 3)).append(',').append(rnd.nextDouble(0, 3)).append(',')
                    .append(rnd.nextDouble(0, 3)).append('\n');
        }
        Files.writeString(input, csv.toString());
        List<String> kernelArgs = List.of("kernel", "--feature-map", "zz", "--entanglement", "full", "--tile-size", "8",
                "--input", input.toString());

        try (StandaloneCluster cluster = new StandaloneCluster(dir, classpath, 2)) {
            Path clusterOut = dir.resolve("cluster.csv");
            int code = cluster.submit("driver-cluster", Duration.ofMinutes(4), args(cluster.masterUrl, jar, kernelArgs, clusterOut));
            assertEquals(0, code, cluster.log("driver-cluster"));
            Path localOut = dir.resolve("local.csv");
            code = cluster.submit("driver-local", Duration.ofMinutes(4), args("local[2]", jar, kernelArgs, localOut));
            assertEquals(0, code, cluster.log("driver-local"));

            assertEquals(Files.readAllLines(localOut), Files.readAllLines(clusterOut), "cluster kernel differs from local");
            assertEquals(40, Files.readAllLines(clusterOut).size());
            String workerLogs = cluster.log("worker-0") + cluster.log("worker-1");
            assertTrue(workerLogs.contains("Asked to launch executor"), "executors ran on the workers: " + workerLogs);
            // The executors (other JVMs, the jar from the driver) extracted and loaded libhqmlsim from the job jar.
            StringBuilder executorLogs = new StringBuilder();
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().equals("stderr")
                        && f.toString().contains("worker-")).toList()) {
                    executorLogs.append(Files.readString(f));
                }
            }
            assertTrue(executorLogs.toString().contains("hqml engine: native-statevector"),
                    "executors did not load the native engine: " + executorLogs);
            assertTrue(!executorLogs.toString().contains("native engine unavailable"), executorLogs.toString());
        }
    }

    private static String[] args(String master, Path jar, List<String> jobArgs, Path output) {
        List<String> all = new java.util.ArrayList<>(List.of("--master", master, "--class", "io.hqml.spark.cli.HqmlMain",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.ui.enabled=false", jar.toString()));
        all.addAll(jobArgs);
        all.add("--output");
        all.add(output.toString());
        return all.toArray(String[]::new);
    }
}
