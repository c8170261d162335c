package fr.dijon.observatoire.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of temporary files and folders, best effort: what cannot be deleted now is retried at the next start. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes a file or a folder tree (links are deleted, never followed), ignoring what cannot be deleted. */
    public static void deleteQuietly(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the next start tries again
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
