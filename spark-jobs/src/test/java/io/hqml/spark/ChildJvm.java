package io.hqml.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Launches a separate JVM on the packaged job jar, as {@code bin/hqml} or a cluster node does, for the
 * integration tests (failsafe, after {@code package}). Every wait is bounded.
 */
public final class ChildJvm {
    /** What Spark 3.5 needs on Java 17 (org.apache.spark.launcher.JavaModuleOptions). */
    public static final List<String> OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false");

    private ChildJvm() {
    }

    /** The job jar and the Spark jars it runs on (what bin/hqml puts on the class path). */
    public static String jobClasspath() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Path jar = target.resolve("hqml-job.jar");
        if (!java.nio.file.Files.isRegularFile(jar)) {
            throw new IllegalStateException("package the job jar first (mvn verify runs integration tests after package)");
        }
        return jar + java.io.File.pathSeparator + java.nio.file.Files.readString(target.resolve("spark-classpath.txt")).trim();
    }

    /**
     * Runs {@code java jvmOptions OPENS -cp classpath mainClass args} in {@code workDir} with output to {@code log};
     * returns the exit code, or fails when it runs past {@code timeout}.
     */
    public static int run(Path workDir, Path log, Duration timeout, List<String> jvmOptions, String classpath,
                          String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(OPENS);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException(mainClass + " " + args + " did not finish in " + timeout + "; log " + log);
        }
        return p.exitValue();
    }
}
