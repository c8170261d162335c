package fr.dijon.observatoire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary folder of this process inside {@code <sortie>/tmp}: {@code <pid>-<start>}, holding extracted zip
 * entries and UTF-8 copies. It is removed when the process ends normally; the folders of processes that are gone
 * (killed, crashed) are removed by the next process that prepares a file, as are stray files of older versions.
 */
public final class WorkFolder {

    private static final ConcurrentHashMap<Path, Path> OWN = new ConcurrentHashMap<>();

    private WorkFolder() {
    }

    /** This process's folder under {@code root}, created if needed, after removing stale ones. */
    public static Path of(Path root) throws IOException {
        Path normalised = root.toAbsolutePath().normalize();
        cleanStale(normalised);
        try {
            return Files.createDirectories(OWN.computeIfAbsent(normalised, r -> {
                try {
                    Path own = Files.createDirectories(r.resolve(name(ProcessHandle.current())));
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(own), "nettoyage-tmp"));
                    return own;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Removes the folders of processes that no longer run, and loose files, under {@code root}. */
    public static void cleanStale(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry) || !alive(entry.getFileName().toString())) {
                    deleteQuietly(entry);
                }
            }
        }
    }

    private static String name(ProcessHandle process) {
        return process.pid() + "-" + process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
    }

    private static boolean alive(String folderName) {
        int dash = folderName.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(folderName.substring(0, dash));
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            return process.isPresent() && process.get().isAlive() && name(process.get()).equals(folderName);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Deletes a file or a folder tree, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path path) {
        fr.dijon.observatoire.store.FileTrees.deleteQuietly(path);
    }
}
