package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.RejectFile;
import fr.dijon.observatoire.ingest.RejectedValue;
import fr.dijon.observatoire.store.SqlResource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports one RPLS file, all or nothing, in one DuckDB transaction: DuckDB's CSV reader fills a text staging
 * table, SQL checks the rows, Java writes only the rejects, SQL normalises the valid rows into
 * {@code rpls_logement}, replaces the millésime's rows for the départements the file covers, and rebuilds their
 * residences. A file with too many rejected rows is refused and nothing is loaded.
 */
public final class RplsImporter {

    private final ImportRegistry registry = new ImportRegistry();
    private final ResidencePositions positions = new ResidencePositions();

    public ImportReport importFile(Connection c, PreparedInput input, RplsImportOptions options)
            throws SQLException, IOException {
        long start = System.currentTimeMillis();
        RplsLayout layout = RplsLayout.of(input.header());
        if (!layout.missing().isEmpty()) {
            String reason = "colonne obligatoire absente : " + String.join(", ", layout.missing())
                    + ". Vérifiez qu'il s'agit bien d'un fichier RPLS du SDES (en-tête sur la première ligne).";
            return refuse(c, input, options, layout, reason, 0, 0, null, start);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long staged = RplsStaging.load(c, input, layout, options.progress());
            options.checkpoint().reached("apres-lecture");
            SqlResource.run(c, "rpls/controle.sql");
            RejectCounts rejects = writeRejects(c, input, layout, options.rejectsDir());
            long read = staged + rejects.csvRows;
            long rejected = rejects.csvRows + rejects.valueRows;
            if (read == 0) {
                c.rollback();
                return refuse(c, input, options, layout, "le fichier ne contient aucune ligne de données.",
                        0, 0, rejects.file, start);
            }
            if ((double) rejected / read > options.maxRejectShare()) {
                c.rollback();
                String reason = String.format(Locale.FRANCE,
                        "trop de lignes rejetées : %d sur %d (%.1f %%), au-delà du seuil de %s %% (option --max-rejets). "
                                + "Rien n'a été chargé : corrigez les lignes listées dans %s, ou relevez le seuil.",
                        rejected, read, 100.0 * rejected / read, percent(options.maxRejectShare()), rejects.file);
                return refuse(c, input, options, layout, reason, read, rejected, rejects.file, start);
            }
            long loaded = replaceAndInsert(c, input, options);
            options.checkpoint().reached("apres-insertion");
            SqlResource.run(c, "rpls/residences.sql");
            positions.compute(c, options.millesime());
            options.checkpoint().reached("avant-validation");
            ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.RPLS,
                    options.millesime(), layout.name(), input.encoding().label(), ImportStatus.CHARGE, null, read,
                    loaded, rejected, layout.unknown(), rejects.file, List.of());
            registry.record(c, input, report, System.currentTimeMillis() - start);
            registry.markReplaced(c, FileType.RPLS.code(), options.millesime(), input.sha256(), "rpls_logement");
            dropStaging(c);
            c.commit();
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private long replaceAndInsert(Connection c, PreparedInput input, RplsImportOptions options) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET VARIABLE rpls_millesime = " + options.millesime());
            st.execute("SET VARIABLE rpls_sha256 = '" + input.sha256() + "'");
            st.execute("DROP TABLE IF EXISTS rpls_import_deps");
            st.execute("CREATE TEMP TABLE rpls_import_deps AS SELECT DISTINCT CASE WHEN trim(depcom) LIKE '97%' "
                    + "THEN substr(trim(depcom), 1, 3) ELSE substr(trim(depcom), 1, 2) END AS dep "
                    + "FROM rpls_stg_controle WHERE depcom_ok AND nbpiece_ok AND surfhab_ok");
            st.execute("DELETE FROM rpls_logement WHERE millesime = " + options.millesime()
                    + " AND dep IN (SELECT dep FROM rpls_import_deps)");
        }
        SqlResource.run(c, "rpls/macros.sql");
        return SqlResource.run(c, "rpls/insertion.sql");
    }

    private record RejectCounts(long csvRows, long valueRows, Path file) {
    }

    private RejectCounts writeRejects(Connection c, PreparedInput input, RplsLayout layout, Path rejectsDir)
            throws SQLException, IOException {
        List<long[]> csvLines = new ArrayList<>();
        List<RejectedValue> csvRejects = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT line, any_value(error_type), any_value(csv_line), "
                     + "any_value(error_message) FROM " + RplsStaging.REJECTS_TABLE + " GROUP BY line ORDER BY line")) {
            while (rs.next()) {
                long line = rs.getLong(1);
                csvLines.add(new long[] {line});
                csvRejects.add(new RejectedValue(line, "(ligne entière)", shorten(rs.getString(3)),
                        RplsRejectReasons.forCsvError(rs.getString(2), rs.getString(4))));
            }
        }
        CsvRejectLines lines = new CsvRejectLines(csvLines.stream().mapToLong(l -> l[0]).toArray());
        long valueRows = 0;
        Path published;
        try (RejectFile file = new RejectFile(rejectsDir, input);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(SqlResource.text("rpls/rejets.sql"))) {
            int csvIndex = 0;
            long lastRank = -1;
            while (rs.next()) {
                long rank = rs.getLong(1);
                long line = lines.lineOf(rank);
                while (csvIndex < csvRejects.size() && csvRejects.get(csvIndex).line() < line) {
                    file.add(csvRejects.get(csvIndex++));
                }
                String field = rs.getString(2);
                String value = rs.getString(3);
                RplsField rplsField = RplsField.valueOf(field);
                file.add(new RejectedValue(line, layout.headerName(rplsField, input.header()), value,
                        RplsRejectReasons.forValue(field, value)));
                if (rank != lastRank) {
                    valueRows++;
                    lastRank = rank;
                }
            }
            while (csvIndex < csvRejects.size()) {
                file.add(csvRejects.get(csvIndex++));
            }
            published = file.count() == 0 ? null : file.path();
        }
        return new RejectCounts(csvRejects.size(), valueRows, published);
    }

    private ImportReport refuse(Connection c, PreparedInput input, RplsImportOptions options, RplsLayout layout,
                                String reason, long read, long rejected, Path rejectsFile, long start)
            throws SQLException {
        ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.RPLS, options.millesime(),
                layout.name(), input.encoding().label(), ImportStatus.REFUSE, reason, read, 0, rejected,
                layout.unknown(), rejectsFile, List.of());
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            dropStaging(c);
            registry.record(c, input, report, System.currentTimeMillis() - start);
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return report;
    }

    private static void dropStaging(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP VIEW IF EXISTS rpls_stg_controle");
            st.execute("DROP TABLE IF EXISTS rpls_stg");
            st.execute("DROP TABLE IF EXISTS rpls_import_deps");
        }
    }

    private static String shorten(String line) {
        if (line == null) {
            return "";
        }
        String s = line.strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String percent(double share) {
        return String.format(Locale.FRANCE, "%s", new java.math.BigDecimal(share * 100).stripTrailingZeros()
                .toPlainString().replace('.', ','));
    }

}
