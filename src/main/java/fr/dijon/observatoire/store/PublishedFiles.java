package fr.dijon.observatoire.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 *
 * <p>A published folder is replaced by {@link #replaceTree} in two renames; a kill between them leaves the
 * previous folder only under its aside name, and {@link #restoreInterrupted} puts it back at the next start.
 */
public final class PublishedFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ASIDE = ".ancien";

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

    /**
     * Puts the folder {@code built} (a {@link #temporaryDirectory} beside {@code target}) in the place of
     * {@code target}: the published folder is renamed aside ({@code .<nom>.ancien}), {@code betweenRenames} runs
     * (a checkpoint for kill tests), the new folder is renamed into place (on failure the old one is put back),
     * and the old one takes the freed temporary name before it is deleted. So at every moment either
     * {@code target} is complete, or it is missing and its aside copy is complete; a half-deleted old folder only
     * ever bears a temporary name, which the next {@link #temporaryDirectory} with the same prefix removes.
     */
    public static void replaceTree(Path built, Path target, Runnable betweenRenames) throws IOException {
        restoreInterrupted(target.getParent());
        Path aside = asideOf(target);
        boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (replacing) {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            betweenRenames.run();
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            restoreInterrupted(target.getParent());
            throw e;
        }
        if (replacing) {
            Files.move(aside, built, StandardCopyOption.ATOMIC_MOVE);
            FileTrees.deleteQuietly(built);
        }
    }

    /**
     * Repairs the replacements of {@link #replaceTree} that a kill interrupted in {@code parent}: a folder found
     * only aside is renamed back into place (the previous publication, complete); an aside copy beside its
     * published folder is removed.
     */
    public static void restoreInterrupted(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> isAside(p.getFileName().toString()))) {
            for (Path aside : entries) {
                String name = aside.getFileName().toString();
                Path target = parent.resolve(name.substring(1, name.length() - ASIDE.length()));
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    FileTrees.deleteQuietly(aside);
                } else {
                    Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private static Path asideOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ASIDE);
    }

    private static boolean isAside(String name) {
        return name.startsWith(".") && name.endsWith(ASIDE) && name.length() > 1 + ASIDE.length();
    }

    private static void removeLeftovers(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        String leftovers = java.util.regex.Pattern.quote(prefix) + "[0-9a-f]{12}.*";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
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
