package io.hqml.spark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.hqml.spark.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, enforced: quantum-kernels never sees Spark, Hadoop, Delta or Scala;
 * module dependencies follow the allowed edges and have no cycle; no module reaches into another
 * module's {@code internal} package.
 */
class ModuleRulesTest {
    /** Allowed edges between the project's modules (DESIGN.md, "Modules"). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "quantum-kernels", Set.of(),
            "simulator-native", Set.of("quantum-kernels"),
            "backend-connectors", Set.of("quantum-kernels"),
            "spark-jobs", Set.of("quantum-kernels", "simulator-native", "backend-connectors"));

    /** Root package of each module: classes are assigned to modules by package. */
    private static final Map<String, String> PACKAGES = Map.of(
            "quantum-kernels", "io.hqml.quantum",
            "simulator-native", "io.hqml.nativeengine",
            "backend-connectors", "io.hqml.backends",
            "spark-jobs", "io.hqml.spark");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Main code only: test classes and test jars (quantum-kernels' dense reference) are left out.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.hqml");
    }

    @Test
    void quantumKernelsHasNoSparkHadoopDeltaOrScala() {
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.hqml.quantum")),
                "no quantum-kernels classes were imported: the rule would pass vacuously");
        noClasses().that().resideInAPackage("io.hqml.quantum..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
                        "io.delta..", "scala..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void quantumKernelsDoesNotDependOnOtherModules() {
        noClasses().that().resideInAPackage("io.hqml.quantum..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hqml.spark..", "io.hqml.nativeengine..",
                        "io.hqml.backends..")
                .check(classes);
    }

    @Test
    void backendConnectorsSeeOnlyQuantumKernelsAndTheJdk() {
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.hqml.backends")),
                "no backend-connectors classes were imported: the rule would pass vacuously");
        noClasses().that().resideInAPackage("io.hqml.backends..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
                        "io.delta..", "scala..", "com.fasterxml..", "io.hqml.spark..", "io.hqml.nativesim..")
                .check(classes);
    }

    @Test
    void noModuleUsesAnotherModulesInternalPackage() {
        for (Map.Entry<String, String> module : PACKAGES.entrySet()) {
            String root = module.getValue();
            noClasses().that().resideOutsideOfPackage(root + "..")
                    .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                    .check(classes);
        }
    }

    @Test
    void packagesInsideEachModuleHaveNoCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("io.hqml.(*)..").should().beFreeOfCycles().check(classes);
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("io.hqml.quantum.(**)").should().beFreeOfCycles().check(classes);
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("io.hqml.spark.(**)").should().beFreeOfCycles().check(classes);
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("io.hqml.backends.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void quantumKernelsAndBackendConnectorsClasspathsHaveNoSpark() throws IOException {
        for (String module : List.of("quantum-kernels", "backend-connectors")) {
            String pom = Files.readString(SparkTestSession.projectRoot().resolve(module + "/pom.xml"));
            for (String forbidden : List.of("org.apache.spark", "org.apache.hadoop", "io.delta", "org.scala-lang",
                    "com.fasterxml")) {
                assertTrue(!pom.contains(forbidden), module + "/pom.xml mentions " + forbidden);
            }
        }
    }

    @Test
    void moduleGraphFollowsAllowedEdgesWithoutCycles() throws IOException {
        Path root = SparkTestSession.projectRoot();
        List<String> modules = modules(Files.readString(root.resolve("pom.xml")));
        assertTrue(modules.contains("quantum-kernels") && modules.contains("spark-jobs"), modules.toString());
        Map<String, Set<String>> graph = new HashMap<>();
        for (String m : modules) {
            Set<String> deps = new HashSet<>(projectDependencies(Files.readString(root.resolve(m).resolve("pom.xml")), modules));
            assertTrue(ALLOWED.containsKey(m), "module " + m + " is not in DESIGN.md's module list");
            for (String d : deps) {
                assertTrue(ALLOWED.get(m).contains(d), "module edge " + m + " -> " + d + " is not allowed");
            }
            graph.put(m, deps);
        }
        for (String m : modules) {
            assertEquals(List.of(), cycleFrom(m, graph, new ArrayList<>()), "dependency cycle through " + m);
        }
    }

    private static List<String> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path) {
        if (path.contains(node)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> c = cycleFrom(next, graph, path);
            if (!c.isEmpty()) {
                return c;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    private static List<String> modules(String pom) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    private static List<String> projectDependencies(String pom, List<String> modules) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<dependency>\\s*<groupId>io\\.hqml</groupId>\\s*<artifactId>([^<]+)</artifactId>")
                .matcher(pom);
        while (m.find()) {
            if (modules.contains(m.group(1).trim())) {
                out.add(m.group(1).trim());
            }
        }
        return out;
    }
}
