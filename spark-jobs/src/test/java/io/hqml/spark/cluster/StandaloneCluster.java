package io.hqml.spark.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spark standalone cluster on 127.0.0.1 made of separate JVMs (one master, N workers) started from the
 * Spark jars Maven resolved, without a Spark installation: workers need a SPARK_HOME to launch executors,
 * so a minimal one is laid out (a RELEASE marker and jars/ linking the resolved jars). Every wait is
 * bounded; {@link #close()} kills every process it started.
 */
final class StandaloneCluster implements AutoCloseable {
    static final List<String> OPENS = io.hqml.spark.ChildJvm.OPENS;

    private final List<Process> processes = new ArrayList<>();
    private final Path home;
    private final String classpath;
    private final Path logs;
    final String masterUrl;
    private final int webUiPort;

    StandaloneCluster(Path workDir, String classpath, int workers) throws IOException, InterruptedException {
        this.classpath = classpath;
        this.home = workDir.resolve("spark-home");
        this.logs = Files.createDirectories(workDir.resolve("logs"));
        Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark jars resolved by Maven for hqml's cluster test\n");
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            Path source = Path.of(jar);
            Path link = home.resolve("jars").resolve(source.getFileName());
            if (Files.isRegularFile(source) && !Files.exists(link)) {
                Files.createSymbolicLink(link, source);
            }
        }
        int port = freePort();
        webUiPort = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--webui-port", String.valueOf(webUiPort));
        for (int w = 0; w < workers; w++) {
            Path dir = Files.createDirectories(workDir.resolve("worker-" + w));
            start("worker-" + w, "org.apache.spark.deploy.worker.Worker", masterUrl, "--host", "127.0.0.1", "--cores", "1",
                    "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir", dir.toString());
        }
        awaitWorkers(workers, Duration.ofSeconds(90));
    }

    private void start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(OPENS);
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.12"); // else the launcher looks for a source build
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(pb.start());
    }

    /** Polls the master's JSON status page until {@code count} workers are alive, or fails after the timeout. */
    private void awaitWorkers(int count, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + webUiPort + "/json/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.body();
                // Each worker entry carries "state" : "ALIVE" (the master's own field is "status").
                int alive = last.split("\"state\" : \"ALIVE\"", -1).length - 1;
                if (alive >= count) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("standalone cluster did not get " + count + " alive workers in " + timeout
                + "; last status: " + last + "; logs in " + logs);
    }

    /** Runs a driver (spark-submit in client mode) to completion; returns its exit code, output to a log. */
    int submit(String name, Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(OPENS);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("org.apache.spark.deploy.SparkSubmit");
        cmd.addAll(List.of(args));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.12"); // else the launcher looks for a source build
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(name + " did not finish in " + timeout + "; log " + log);
        }
        return p.exitValue();
    }

    String log(String name) throws IOException {
        try (InputStream in = Files.newInputStream(logs.resolve(name + ".log"))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
