package io.hqml.quantum.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example targets of {@code conf/targets}, read from the repository (tests run in a module folder). */
public final class ExampleTargets {
    private ExampleTargets() {
    }

    public static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("conf/targets"))) {
                return p.resolve("conf/targets");
            }
        }
        throw new IllegalStateException("no conf/targets above " + here);
    }

    /** Every {@code *.json} of the folder, sorted by file name. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Target> all() {
        List<Target> out = new ArrayList<>();
        for (Path p : files()) {
            out.add(load(p.getFileName().toString()));
        }
        return out;
    }

    public static Target load(String fileName) {
        try {
            return TargetJson.load(folder().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
