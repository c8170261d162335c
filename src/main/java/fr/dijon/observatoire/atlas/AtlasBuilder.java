package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds the atlas of a period into {@code <atlas>/<periode>/}: a static French site that works offline (from
 * {@code file://} or any web server) and its PDF. Everything is written into a temporary folder first and
 * swapped in at the end, so a failed build leaves the previous atlas intact. The same inputs give the same bytes,
 * except the generation stamp in the footer.
 */
public final class AtlasBuilder {

    private final Path referenceDir;
    private final Path jobsDir;

    public AtlasBuilder(Path referenceDir, Path jobsDir) {
        this.referenceDir = referenceDir;
        this.jobsDir = jobsDir;
    }

    /** Builds and publishes the atlas; returns the index page. */
    public Path build(Connection c, String period, Path atlasRoot, LocalDateTime generatedAt) throws SQLException, IOException {
        AtlasData data = AtlasData.read(c, period);
        Files.createDirectories(atlasRoot);
        Path temp = fr.dijon.observatoire.store.PublishedFiles.temporaryDirectory(atlasRoot, "." + period + "-");
        try {
            write(data, temp, generatedAt);
            new AtlasPdf(data, referenceDir).write(temp.resolve(pdfName(period)));
            return publish(temp, atlasRoot.resolve(period)).resolve("index.html");
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private void write(AtlasData data, Path site, LocalDateTime generatedAt) throws IOException {
        String stamp = "Atlas généré le " + generatedAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm"))
                + " (heure de Paris) — méthode " + data.metadata().methodVersion() + ", période " + data.metadata().period() + ".";
        new SiteWriter(data, referenceDir, jobsDir, stamp, pdfName(data.metadata().period())).write(site);
    }

    static String pdfName(String period) {
        return "atlas-" + period + ".pdf";
    }

    /** Swaps the new site in: the old one is moved aside, the new one renamed into place, the old one removed. */
    private static Path publish(Path temp, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".ancien");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        return target;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
