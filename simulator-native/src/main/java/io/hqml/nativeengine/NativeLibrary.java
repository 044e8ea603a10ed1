package io.hqml.nativeengine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Loads libhqmlsim once per class loader, zstd-jni style: the versioned library for this os/arch is a jar
 * resource ({@code io/hqml/nativeengine/linux-x86_64/libhqmlsim-VERSION.so}), extracted to a temporary file and
 * loaded. {@code -Dhqml.native.library=PATH} loads a given file instead; {@code -Dhqml.native.disable=true}
 * skips native code. Whatever happens is logged exactly once, naming the engine hqml will use; a failure
 * leaves {@link #isLoaded()} false and the engine choice falls back to the Java engine.
 */
public final class NativeLibrary {
    public static final String DISABLE_PROPERTY = "hqml.native.disable";
    public static final String PATH_PROPERTY = "hqml.native.library";
    /**
     * {@code true}: Gram blocks use OpenBLAS's ZGEMM where installed (faster; its rounding depends on the block shape,
     * so tiled and untiled Gram matrices can differ in the last bits). Default: hqmlsim's own kernel, whose every
     * entry is the same operations whatever the tiling.
     */
    public static final String BLAS_PROPERTY = "hqml.native.blas";

    private static final System.Logger LOG = System.getLogger("io.hqml.nativeengine");
    private static final String VERSION = version();
    private static final String FAILURE = load();

    private NativeLibrary() {
    }

    /** Whether the library is loaded in this class loader. */
    public static boolean isLoaded() {
        return FAILURE == null;
    }

    /** Why it is not loaded (one line), or null. */
    public static String failure() {
        return FAILURE;
    }

    /** The jar resource name of this platform's library. */
    public static String resourceName() {
        return "/io/hqml/nativeengine/" + platform() + "/libhqmlsim-" + VERSION + ".so";
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux") ? "linux"
                : System.getProperty("os.name", "").toLowerCase(Locale.ROOT).replace(' ', '_');
        String arch = System.getProperty("os.arch", "");
        return os + "-" + (arch.equals("amd64") ? "x86_64" : arch);
    }

    private static String load() {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            return report("disabled by -D" + DISABLE_PROPERTY + "=true");
        }
        String origin;
        try {
            String path = System.getProperty(PATH_PROPERTY);
            if (path != null && !path.isBlank()) {
                System.load(Path.of(path).toAbsolutePath().toString());
                origin = path;
            } else {
                origin = loadResource();
            }
        } catch (IOException | LinkageError | SecurityException e) {
            return report(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        boolean useBlas = Boolean.getBoolean(BLAS_PROPERTY);
        NativeKernels.useBlas(useBlas);
        String blas = useBlas ? NativeKernels.blasName() : null;
        LOG.log(Level.INFO, "hqml engine: native-statevector ({0}, Gram via {1}) from {2}",
                Isa.values()[NativeKernels.detectVariant()].label(), blas == null ? "own kernel" : blas, origin);
        return null;
    }

    private static String loadResource() throws IOException {
        String name = resourceName();
        try (InputStream in = NativeLibrary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no native library " + name + " in the jar for this platform");
            }
            Path tmp = Files.createTempFile("libhqmlsim-" + VERSION + "-", ".so");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                System.load(tmp.toAbsolutePath().toString());
            } finally {
                // Loaded libraries stay mapped: the file itself is not needed any more (and never left behind).
                Files.deleteIfExists(tmp);
            }
        }
        return "jar resource " + name;
    }

    private static String report(String reason) {
        LOG.log(Level.INFO, "hqml engine: java-statevector (native engine unavailable: {0})", reason);
        return reason;
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = NativeLibrary.class.getResourceAsStream("hqmlsim.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
