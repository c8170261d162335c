package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.site.Dictionary;
import fr.dijon.observatoire.atlas.site.SiteWriter;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.publication.PublishedDictionary;
import fr.dijon.observatoire.publication.PublishedMarts;
import fr.dijon.observatoire.store.PublishedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds the atlas of a period into {@code <atlas>/<periode>/}: a static French site that works offline (from
 * {@code file://} or any web server) and its PDF. Everything is written into a temporary folder first and
 * swapped in at the end ({@link PublishedFiles#replaceTree}), so a failed or killed build leaves the previous atlas
 * intact, and a swap cut short by a kill is repaired when the next build starts. The same inputs give the same
 * bytes, except the generation stamp in the footer.
 */
public final class AtlasBuilder {

    private final Path referenceDir;
    private final LoadCheckpoint checkpoint;

    public AtlasBuilder(Path referenceDir) {
        this(referenceDir, LoadCheckpoint.NONE);
    }

    /**
     * @param checkpoint reached once the site is written ({@code atlas-site}, before the PDF) and between the two
     *                   renames of the swap ({@code atlas-bascule}), for kill tests
     */
    public AtlasBuilder(Path referenceDir, LoadCheckpoint checkpoint) {
        this.referenceDir = referenceDir;
        this.checkpoint = checkpoint;
    }

    /** Builds and publishes the atlas; returns the index page. */
    public Path build(Connection c, String period, Path atlasRoot, LocalDateTime generatedAt) throws SQLException, IOException {
        PublishedFiles.restoreInterrupted(atlasRoot);
        AtlasData data = AtlasData.read(c, period);
        Dictionary dictionary = Dictionary.of(PublishedDictionary.read(new PublishedMarts(c, period)));
        Files.createDirectories(atlasRoot);
        Path temp = PublishedFiles.temporaryDirectory(atlasRoot, "." + period + "-");
        try {
            write(data, dictionary, temp, generatedAt);
            checkpoint.reached("atlas-site");
            new AtlasPdf(data, referenceDir).write(temp.resolve(pdfName(period)));
            Path target = atlasRoot.resolve(period);
            PublishedFiles.replaceTree(temp, target, () -> checkpoint.reached("atlas-bascule"));
            return target.resolve("index.html");
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private void write(AtlasData data, Dictionary dictionary, Path site, LocalDateTime generatedAt) throws IOException {
        String stamp = "Atlas généré le " + generatedAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm"))
                + " (heure de Paris) — méthode " + data.metadata().methodVersion() + ", période " + data.metadata().period() + ".";
        new SiteWriter(data, referenceDir, dictionary, stamp, pdfName(data.metadata().period())).write(site);
    }

    static String pdfName(String period) {
        return "atlas-" + period + ".pdf";
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
