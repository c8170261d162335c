package fr.dijon.observatoire.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of project folders for tests that change them (a schema file, the parameters) without touching jobs/. */
public final class TestTrees {

    private TestTrees() {
    }

    /** Copies the tree {@code from} into {@code to}, folders included; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
