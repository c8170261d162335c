package fr.dijon.observatoire.ingest.partenaires;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.ingest.CsvStaging;
import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.InputRefusedException;
import fr.dijon.observatoire.ingest.PersonalData;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.RejectCollector;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.store.ParisTime;
import fr.dijon.observatoire.store.SqlResource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Imports a monthly partner-count file in long format ({@code periode;partenaire;indicateur;territoire;valeur
 * [;commentaire]}), all or nothing. Files with columns or values that look like personal data are refused whole
 * ({@link PersonalData}); revised
 * values are kept in the history table and listed in the report (old → new).
 */
public final class PartnerCountImporter {

    static final List<String> COLUMNS = List.of("periode", "partenaire", "indicateur", "territoire", "valeur", "commentaire");
    private static final String STAGING = "part_stg";

    private final ImportRegistry registry = new ImportRegistry();

    public ImportReport importFile(Connection c, PreparedInput input, PartnerCountOptions options)
            throws SQLException, IOException {
        long start = System.currentTimeMillis();
        List<String> unknown = new ArrayList<>();
        LinkedHashMap<String, Integer> fields = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            int index = input.header().indexOfIgnoreCase(column);
            fields.put(column, index < 0 ? null : index);
        }
        for (String column : input.header().columns()) {
            if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                unknown.add(column);
            }
        }
        try {
            PersonalData.refuseColumns(input, COLUMNS);
        } catch (InputRefusedException e) {
            return refuse(c, input, e.getMessage(), unknown, 0, 0, null, start);
        }
        List<String> missing = COLUMNS.subList(0, 5).stream().filter(col -> fields.get(col) == null).toList();
        if (!missing.isEmpty()) {
            return refuse(c, input, "colonne obligatoire absente : " + String.join(", ", missing)
                    + " (format attendu : periode;partenaire;indicateur;territoire;valeur[;commentaire]).",
                    unknown, 0, 0, null, start);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long staged = CsvStaging.load(c, input, STAGING, fields, options.progress());
            String rank = "(s.rowid - (SELECT min(rowid) FROM part_stg))";
            PersonalData.refuseValues(c, input, STAGING, textColumns(input, fields),
                    CsvStaging.lineExpression(STAGING, rank));
            try (Statement st = c.createStatement()) {
                st.execute("SET VARIABLE mois_courant = '" + options.currentMonth() + "'");
                st.execute("SET VARIABLE part_sha256 = '" + input.sha256() + "'");
                st.execute("SET VARIABLE maintenant = '" + ParisTime.now() + "'");
                st.execute("CREATE OR REPLACE TEMP VIEW part_stg_controle AS SELECT s.*, " + rank + " AS rang, "
                        + "TRY_CAST(replace(replace(trim(s.valeur), ' ', ''), ',', '.') AS DOUBLE) AS valeur_num, "
                        + CsvStaging.lineExpression(STAGING, rank) + " AS ligne_source FROM part_stg s");
                st.execute("CREATE OR REPLACE TEMP TABLE part_rejets AS " + SqlResource.text("partenaires/rejets.sql"));
            }
            RejectCollector.Result rejects = RejectCollector.collect(c, input, STAGING,
                    "SELECT * FROM part_rejets ORDER BY rang, champ",
                    field -> input.header().columns().get(fields.get(field)), options.rejectsDir());
            long read = staged + rejects.csvRows();
            java.util.Optional<String> refusal = RejectThreshold.refusal(rejects.rows(), read,
                    options.maxRejectShare(), rejects.file());
            if (refusal.isPresent()) {
                c.rollback();
                String reason = refusal.get();
                return refuse(c, input, reason, unknown, read, rejects.rows(), rejects.file(), start);
            }
            SqlResource.run(c, "partenaires/insertion.sql");
            options.checkpoint().reached("apres-insertion");
            List<String> revisions = revisions(c, input.sha256());
            ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.PARTENAIRES,
                    latestYear(c), "comptages des partenaires (format long)", input.encoding().label(),
                    ImportStatus.CHARGE, null, read, read - rejects.rows(), rejects.rows(), unknown, rejects.file(),
                    revisions);
            registry.record(c, input, report, System.currentTimeMillis() - start);
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

    /** The staged text columns (all but the value) and their names in the file. */
    private static java.util.Map<String, String> textColumns(PreparedInput input, LinkedHashMap<String, Integer> fields) {
        java.util.Map<String, String> columns = new LinkedHashMap<>();
        fields.forEach((field, index) -> {
            if (index != null && !field.equals("valeur") && !field.equals("periode")) {
                columns.put(field, input.header().columns().get(index));
            }
        });
        return columns;
    }

    private static List<String> revisions(Connection c, String sha) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT periode, partenaire, indicateur, territoire, valeur, nouvelle_valeur "
                     + "FROM partenaire_valeur_historique WHERE remplace_par_sha256 = '" + sha + "' "
                     + "ORDER BY periode, partenaire, indicateur, territoire")) {
            while (rs.next()) {
                lines.add("révision " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + " : " + FrenchNumbers.display(rs.getDouble(5), decimals(rs.getDouble(5)))
                        + " → " + FrenchNumbers.display(rs.getDouble(6), decimals(rs.getDouble(6))));
            }
        }
        return lines;
    }

    private static int decimals(double value) {
        return value == Math.rint(value) ? 0 : 2;
    }

    private static Integer latestYear(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(CAST(left(periode, 4) AS INTEGER)) FROM part_nouvelles")) {
            rs.next();
            return (Integer) rs.getObject(1);
        }
    }

    private ImportReport refuse(Connection c, PreparedInput input, String reason, List<String> unknown, long read,
                                long rejected, Path rejectsFile, long start) throws SQLException {
        ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.PARTENAIRES, null,
                "comptages des partenaires (format long)", input.encoding().label(), ImportStatus.REFUSE, reason,
                read, 0, rejected, unknown, rejectsFile, List.of());
        drop(c);
        registry.recordRefusal(c, input, report, System.currentTimeMillis() - start);
        return report;
    }

    private static void drop(Connection c) throws SQLException {
        CsvStaging.drop(c, STAGING, List.of("part_stg_controle"), List.of("part_rejets", "part_nouvelles"));
    }
}
