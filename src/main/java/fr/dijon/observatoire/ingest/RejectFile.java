package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchCsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The rejects of one source file: {@code rejets/<fichier>-<sha8>.csv}, UTF-8 with BOM and ';', one line per
 * rejected value with the file, the line number in the source file, the column, the value and the reason.
 * Written to a temporary file and moved into place when complete.
 */
public final class RejectFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final String sourceName;
    private final FrenchCsvWriter writer;
    private long count;

    public RejectFile(Path rejectsDir, PreparedInput input) throws IOException {
        Files.createDirectories(rejectsDir);
        this.sourceName = input.fileName();
        this.target = rejectsDir.resolve(pathFor(input));
        this.temp = rejectsDir.resolve("." + target.getFileName() + ".tmp");
        OutputStream out = Files.newOutputStream(temp);
        this.writer = new FrenchCsvWriter(out);
        writer.row("fichier", "ligne", "colonne", "valeur", "motif");
    }

    public static String pathFor(PreparedInput input) {
        String base = input.fileName().replaceAll("(?i)\\.(csv|zip|txt)$", "");
        return base + "-" + input.sha8() + ".csv";
    }

    public void add(RejectedValue rejected) throws IOException {
        writer.row(sourceName, rejected.line(), rejected.column(), rejected.value(), rejected.reason());
        count++;
    }

    public long count() {
        return count;
    }

    public Path path() {
        return target;
    }

    /** Publishes the file if anything was rejected, else removes it; returns the path or null. */
    @Override
    public void close() throws IOException {
        writer.close();
        if (count == 0) {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(target);
        } else {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
