package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.atlas.AtlasPdf;
import fr.dijon.observatoire.format.FrenchCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.publication.PublishedDictionary;
import fr.dijon.observatoire.publication.PublishedMarts;
import fr.dijon.observatoire.store.Rows;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The indicator pack of the CIL (conférence intercommunale du logement): CSV tables for French Excel, their
 * dictionary, the metadata, a PDF summary and a French read-me, in one zip. It reads the published marts only.
 * The zip is deterministic (fixed entry order and timestamps) and written atomically.
 */
public final class CilPack {

    /** The fixed timestamp of every zip entry (1 January 2020, 00:00 UTC). */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(1_577_836_800_000L);

    private final Path referenceDir;

    public CilPack(Path referenceDir) {
        this.referenceDir = referenceDir;
    }

    public Path build(Connection c, String period, Path packsDir, LocalDateTime generatedAt) throws SQLException, IOException {
        AtlasData data = AtlasData.read(c, period);
        PublishedMarts marts = new PublishedMarts(c, period);
        List<PackTable> tables = PackTables.all(PublishedDictionary.read(marts), period, components(marts));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("LISEZMOI.txt", ReadMe.text(data, tables, generatedAt).getBytes(StandardCharsets.UTF_8));
        entries.put("metadonnees.json", PackMetadata.json(new PublicationStore().require(c, period), data, generatedAt));
        entries.put("dictionnaire.csv", dictionary(tables));
        for (PackTable table : tables) {
            entries.put(table.file(), csv(marts, table));
        }
        Path pdf = Files.createTempFile("synthese-", ".pdf");
        try {
            new AtlasPdf(data, referenceDir).writeSynthesis(pdf);
            entries.put("synthese.pdf", Files.readAllBytes(pdf));
        } finally {
            Files.deleteIfExists(pdf);
        }
        Files.createDirectories(packsDir);
        Path target = packsDir.resolve("pack-cil-" + period + ".zip");
        Path temp = fr.dijon.observatoire.store.PublishedFiles.temporaryFile(packsDir, ".pack-cil-" + period + "-", ".zip");
        try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static List<String> components(PublishedMarts marts) throws SQLException {
        return Rows.list(marts.query("SELECT composante FROM mart_residence_composante GROUP BY composante "
                + "ORDER BY min(rang)"), rs -> rs.getString("composante"));
    }

    private static byte[] csv(PublishedMarts marts, PackTable table) throws SQLException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> names = table.columns().stream().map(PackColumn::name).toList();
        List<Object[]> rows = Rows.list(marts.query(table.query()), rs -> {
            Object[] row = new Object[names.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(names.get(i));
            }
            return row;
        });
        try (FrenchCsvWriter writer = new FrenchCsvWriter(bytes)) {
            writer.row(names.toArray());
            for (Object[] row : rows) {
                writer.row(row);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * dictionnaire.csv: one row per column of each table, documented as the period's publication documents the mart
     * column it publishes, then one row per documented code of a column of codes (each indicator of communes.csv…).
     */
    private static byte[] dictionary(List<PackTable> tables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FrenchCsvWriter writer = new FrenchCsvWriter(bytes)) {
            writer.row("fichier", "colonne", "code", "libelle", "unite", "definition", "source");
            for (PackTable table : tables) {
                for (PackColumn column : table.columns()) {
                    writer.row(table.file(), column.name(), null, column.label(), column.unit(), column.definition(),
                            column.source());
                    for (PublishedDictionary.Entry code : column.codes()) {
                        writer.row(table.file(), column.name(), code.code(), code.label(), code.unit(), code.definition(),
                                code.source());
                    }
                }
            }
        }
        return bytes.toByteArray();
    }
}
