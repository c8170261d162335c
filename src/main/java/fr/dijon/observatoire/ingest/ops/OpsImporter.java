package fr.dijon.observatoire.ingest.ops;

import fr.dijon.observatoire.format.FrenchCsvWriter;
import fr.dijon.observatoire.ingest.CsvStaging;
import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.RejectCollector;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.ingest.RejectFile;
import fr.dijon.observatoire.store.SqlResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Imports one OPS occupancy extract, all or nothing, with the same rules as the RPLS import (staging by
 * DuckDB's reader, SQL checks, rejects file, refusal threshold), then links each row to an RPLS residence by
 * identifier or normalised address. Unlinked rows are kept and listed, never dropped.
 */
public final class OpsImporter {

    private static final String STAGING = "ops_stg";

    private final ImportRegistry registry = new ImportRegistry();

    public ImportReport importFile(Connection c, PreparedInput input, OpsImportOptions options)
            throws SQLException, IOException {
        long start = System.currentTimeMillis();
        Map<OpsColumn, Integer> positions = positions(input);
        List<String> missing = OpsColumnsCheck.missing(positions);
        List<String> unknown = OpsColumnsCheck.unknown(input);
        if (!missing.isEmpty()) {
            return refuse(c, input, "colonne obligatoire absente : " + String.join(", ", missing)
                    + ". Le format des extraits OPS est décrit dans le README.", unknown, 0, 0, null, null, start);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long staged = CsvStaging.load(c, input, STAGING, stagingFields(positions), options.progress());
            try (Statement st = c.createStatement()) {
                st.execute("CREATE OR REPLACE TEMP VIEW ops_stg_controle AS SELECT s.*, "
                        + "s.rowid - (SELECT min(rowid) FROM ops_stg) AS rang FROM ops_stg s");
                st.execute("CREATE OR REPLACE TEMP TABLE ops_rejets AS "
                        + OpsRules.rejectsSql(new ArrayList<>(positions.keySet()),
                        java.time.Year.now(fr.dijon.observatoire.store.ParisTime.ZONE).getValue()));
            }
            RejectCollector.Result rejects = RejectCollector.collect(c, input, STAGING,
                    "SELECT * FROM ops_rejets ORDER BY rang, champ",
                    field -> label(input, positions, OpsColumn.valueOf(field)), options.rejectsDir());
            long read = staged + rejects.csvRows();
            Integer year = surveyYear(c);
            java.util.Optional<String> refusal = RejectThreshold.refusal(rejects.rows(), read,
                    options.maxRejectShare(), rejects.file());
            if (refusal.isPresent()) {
                c.rollback();
                String reason = refusal.get();
                return refuse(c, input, reason, unknown, read, rejects.rows(), rejects.file(), year, start);
            }
            insert(c, input);
            options.checkpoint().reached("apres-insertion");
            List<String> notes = listUnlinked(c, input, options.rejectsDir());
            ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.OPS, year,
                    "OPS (format de l'observatoire)", input.encoding().label(), ImportStatus.CHARGE, null, read,
                    read - rejects.rows(), rejects.rows(), unknown, rejects.file(), notes);
            registry.record(c, input, report, System.currentTimeMillis() - start);
            registry.markEmptied(c, FileType.OPS.code(), input, "ops_occupation");
            drop(c);
            c.commit();
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The column's name as the file spells it. */
    private static String label(PreparedInput input, Map<OpsColumn, Integer> positions, OpsColumn column) {
        Integer position = positions.get(column);
        return position == null ? column.column() : input.header().columns().get(position);
    }

    private static Map<OpsColumn, Integer> positions(PreparedInput input) {
        Map<OpsColumn, Integer> positions = new LinkedHashMap<>();
        for (OpsColumn column : OpsColumn.values()) {
            int index = input.header().indexOfIgnoreCase(column.column());
            if (index >= 0) {
                positions.put(column, index);
            }
        }
        return positions;
    }

    private static LinkedHashMap<String, Integer> stagingFields(Map<OpsColumn, Integer> positions) {
        LinkedHashMap<String, Integer> fields = new LinkedHashMap<>();
        for (OpsColumn column : OpsColumn.values()) {
            fields.put(column.column(), positions.get(column));
        }
        return fields;
    }

    private static Integer surveyYear(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(TRY_CAST(trim(annee_enquete) AS INTEGER)) FROM ops_stg_controle "
                     + "WHERE rang NOT IN (SELECT rang FROM ops_rejets)")) {
            rs.next();
            return (Integer) rs.getObject(1);
        }
    }

    private static void insert(Connection c, PreparedInput input) throws SQLException {
        StringJoiner counts = new StringJoiner(",\n    ");
        for (OpsColumn column : OpsColumn.counts()) {
            counts.add("TRY_CAST(trim(" + column.column() + ") AS INTEGER) AS " + column.column());
        }
        String insertion = SqlResource.text("ops/insertion.sql").replace("${counts}", counts.toString());
        try (Statement st = c.createStatement()) {
            st.execute("SET VARIABLE ops_sha256 = '" + input.sha256() + "'");
            st.execute("CREATE OR REPLACE TEMP VIEW ops_stg_controle AS SELECT s.*, "
                    + "s.rowid - (SELECT min(rowid) FROM ops_stg) AS rang, "
                    + CsvStaging.lineExpression(STAGING, "(s.rowid - (SELECT min(rowid) FROM ops_stg))")
                    + " AS ligne_source FROM ops_stg s");
            for (String sql : fr.dijon.observatoire.store.SqlScript.statements(insertion)) {
                st.execute(sql);
            }
        }
        SqlResource.run(c, "rpls/macros.sql");
        SqlResource.run(c, "ops/rattachement.sql");
    }

    /** Lists the rows linked to no residence, in the report and in {@code <fichier>-<sha8>-non-rattachees.csv}. */
    private static List<String> listUnlinked(Connection c, PreparedInput input, Path dir) throws SQLException, IOException {
        List<String> notes = new ArrayList<>();
        Path file = dir.resolve(RejectFile.pathFor(input).replace(".csv", "-non-rattachees.csv"));
        Files.createDirectories(dir);
        long count = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ligne_source, depcom, identifiant_residence, adresse "
                     + "FROM ops_occupation WHERE import_sha256 = getvariable('ops_sha256') "
                     + "AND rattachement = 'non rattaché' ORDER BY ligne_source");
             FrenchCsvWriter out = new FrenchCsvWriter(Files.newOutputStream(file))) {
            out.row("fichier", "ligne", "code commune", "identifiant de résidence", "adresse", "motif");
            while (rs.next()) {
                count++;
                out.row(input.fileName(), rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        "aucune résidence du RPLS ne correspond à l'identifiant ni à l'adresse");
                if (count <= 10) {
                    notes.add("ligne " + rs.getLong(1) + " non rattachée : " + rs.getString(4) + " (" + rs.getString(2) + ")");
                }
            }
        }
        if (count == 0) {
            Files.deleteIfExists(file);
        } else {
            notes.add(0, count + " ligne(s) non rattachée(s) à une résidence du RPLS, conservées sans résidence : " + file);
        }
        return notes;
    }

    private ImportReport refuse(Connection c, PreparedInput input, String reason, List<String> unknown, long read,
                                long rejected, Path rejectsFile, Integer year, long start) throws SQLException {
        ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.OPS, year,
                "OPS (format de l'observatoire)", input.encoding().label(), ImportStatus.REFUSE, reason, read, 0,
                rejected, unknown, rejectsFile, List.of());
        drop(c);
        registry.recordRefusal(c, input, report, System.currentTimeMillis() - start);
        return report;
    }

    private static void drop(Connection c) throws SQLException {
        CsvStaging.drop(c, STAGING, List.of("ops_stg_controle"), List.of("ops_rejets"));
    }
}
