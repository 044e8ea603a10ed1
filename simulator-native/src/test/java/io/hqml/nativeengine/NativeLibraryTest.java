package io.hqml.nativeengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading and fallback, each in a fresh JVM (a library loads once per JVM): the jar resource, an explicit path,
 * disabled, a broken path; each logs the engine hqml uses exactly once. Also: only JNI symbols are exported.
 */
class NativeLibraryTest {
    @TempDir
    Path tmp;

    /** Prints the engine {@code auto} picks and whether native loaded. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("ENGINE=" + io.hqml.quantum.engine.Engines.create().name());
            io.hqml.quantum.engine.Engines.create(); // a second engine must not log again
            System.out.println("LOADED=" + NativeLibrary.isLoaded());
        }
    }

    @Test
    void theJarResourceLoadsAndTheBestVariantIsUsed() throws Exception {
        String out = probe();
        assertTrue(out.contains("ENGINE=native-statevector-" + Isa.best().label()), out);
        assertEquals(1, count(out, "hqml engine:"), out);
    }

    @Test
    void disablingNativeFallsBackToJavaAndSaysSoOnce() throws Exception {
        String out = probe("-Dhqml.native.disable=true");
        assertTrue(out.contains("ENGINE=java-statevector") && out.contains("LOADED=false"), out);
        assertEquals(1, count(out, "hqml engine: java-statevector (native engine unavailable: disabled"), out);
    }

    @Test
    void aBrokenLibraryPathFallsBackToJava() throws Exception {
        Path bogus = Files.writeString(tmp.resolve("libbogus.so"), "not an ELF file");
        String out = probe("-Dhqml.native.library=" + bogus);
        assertTrue(out.contains("ENGINE=java-statevector"), out);
        assertEquals(1, count(out, "native engine unavailable: UnsatisfiedLinkError"), out);
    }

    @Test
    void anExplicitLibraryPathIsLoaded() throws Exception {
        Path lib = extract();
        String out = probe("-Dhqml.native.library=" + lib);
        assertTrue(out.contains("ENGINE=native-statevector-"), out);
        assertTrue(out.contains("from " + lib), out);
    }

    @Test
    void aForcedVariantIsUsed() throws Exception {
        String out = probe("-Dhqml.native.isa=portable");
        assertTrue(out.contains("ENGINE=native-statevector-portable"), out);
    }

    @Test
    void onlyJniSymbolsAreExported() throws Exception {
        Path lib = extract();
        Process p;
        try {
            p = new ProcessBuilder("nm", "-D", "--defined-only", lib.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "nm (binutils) not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        List<String> exported = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && "TtDdBbRrVvWw".indexOf(f[1].charAt(0)) >= 0) {
                exported.add(f[2]);
            }
        }
        assertTrue(exported.size() >= 10, out);
        for (String s : exported) {
            assertTrue(s.startsWith("Java_io_hqml_nativeengine_NativeKernels_") || s.equals("JNI_OnLoad"), s);
        }
    }

    private Path extract() throws IOException {
        Path lib = tmp.resolve("libhqmlsim-copy.so");
        try (InputStream in = NativeLibrary.class.getResourceAsStream(NativeLibrary.resourceName())) {
            assertTrue(in != null, "no library resource " + NativeLibrary.resourceName());
            Files.copy(in, lib);
        }
        return lib;
    }

    private static String probe(String... props) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xcheck:jni", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(props));
        cmd.add(Probe.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
