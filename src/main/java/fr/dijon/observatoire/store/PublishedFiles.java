package fr.dijon.observatoire.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Temporary files and folders for what is published (atlas, packs, reports), built aside and then moved into
 * place. Unlike {@link Files#createTempFile}, which makes them readable by their owner only (0600, 0700), they are
 * created with the process's default permissions, so that the published result follows the umask as any other
 * tool's output does (a web server or a colleague can read it).
 *
 * <p>A process killed while building leaves its temporary file or folder behind: the leftovers with the same
 * prefix are removed when the next one is created. Only one process works on a base at a time (DuckDB's lock),
 * so none of them can still be in use.
 */
public final class PublishedFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublishedFiles() {
    }

    public static Path temporaryDirectory(Path parent, String prefix) throws IOException {
        removeLeftovers(parent, prefix);
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + suffix()));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    public static Path temporaryFile(Path parent, String prefix, String suffix) throws IOException {
        removeLeftovers(parent, prefix);
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(parent.resolve(prefix + suffix() + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void removeLeftovers(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        String leftovers = java.util.regex.Pattern.quote(prefix) + "[0-9a-f]{12}.*";
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().matches(leftovers))) {
            for (Path leftover : entries) {
                FileTrees.deleteQuietly(leftover);
            }
        }
    }

    private static String suffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
