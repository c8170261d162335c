package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.CsvStaging;
import fr.dijon.observatoire.ingest.RejectCollector;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.store.SqlResource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Imports one RPLS file, all or nothing, in one DuckDB transaction: DuckDB's CSV reader fills a text staging
 * table, SQL checks the rows, Java writes only the rejects, the residences of the communes whose effective rows
 * are the file's are worked out on the file's points ({@link ResidenceBuilder}, {@code identifiants.sql}), then SQL
 * normalises the valid rows into {@code rpls_logement}, replacing the rows of the same millésime and variant for the
 * communes the file covers ({@link RplsLayering}), and writes the residences, their addresses and their
 * correspondences with the reference millésime. A file with too many rejected rows is refused and nothing is
 * loaded.
 */
public final class RplsImporter {

    private static final String STAGING = "rpls_stg";

    private final ImportRegistry registry = new ImportRegistry();
    private final RplsLayering layering = new RplsLayering();

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
            long staged = CsvStaging.load(c, input, STAGING, layout.stagingFields(), options.progress());
            options.checkpoint().reached("apres-lecture");
            SqlResource.run(c, "rpls/controle.sql");
            RejectCollector.Result rejects = RejectCollector.collect(c, input, STAGING,
                    SqlResource.text("rpls/rejets.sql"),
                    field -> layout.headerName(RplsField.valueOf(field), input.header()), options.rejectsDir());
            long read = staged + rejects.csvRows();
            long rejected = rejects.rows();
            java.util.Optional<String> refusal = RejectThreshold.refusal(rejected, read, options.maxRejectShare(),
                    rejects.file());
            if (refusal.isPresent()) {
                c.rollback();
                return refuse(c, input, options, layout, refusal.get(), read, rejected, rejects.file(), start);
            }
            setVariables(c, input, options, layout);
            RplsLayering.Plan plan = layering.plan(c);
            layering.record(c);
            keyResidences(c, options);
            options.checkpoint().reached("apres-residences");
            layering.removeReplaced(c);
            long loaded = SqlResource.run(c, "rpls/insertion.sql");
            options.checkpoint().reached("apres-insertion");
            SqlResource.run(c, "rpls/residences.sql");
            List<String> notes = new java.util.ArrayList<>(ReplacementMessage.lines(options.millesime(), layout.loi(),
                    plan));
            notes.addAll(new ResidenceQualityReport(c).lines(options.millesime(), true));
            options.checkpoint().reached("avant-validation");
            ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.RPLS,
                    options.millesime(), layout.name(), input.encoding().label(), ImportStatus.CHARGE, null, read,
                    loaded, rejected, layout.unknown(), rejects.file(), notes);
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

    private static void setVariables(Connection c, PreparedInput input, RplsImportOptions options, RplsLayout layout)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET VARIABLE rpls_millesime = " + options.millesime());
            st.execute("SET VARIABLE rpls_sha256 = '" + input.sha256() + "'");
            st.execute("SET VARIABLE rpls_variante = '" + (layout.loi() ? "loi" : "publique") + "'");
            st.execute("SET VARIABLE rpls_maille = " + options.residenceKeys().gridSize());
        }
        SqlResource.run(c, "rpls/macros.sql");
    }

    /**
     * Works out the residence of every point of the file: points and their groups (SQL), clustering and positions
     * (Java), stable identifiers matched with the reference millésime (SQL).
     */
    private static void keyResidences(Connection c, RplsImportOptions options) throws SQLException {
        int salt = 0;
        while (!distinctPointKeys(c, salt)) {
            if (++salt > 3) {
                throw new IllegalStateException("clés de points en collision malgré quatre essais : signalez ce fichier "
                        + "aux développeurs de l'observatoire.");
            }
        }
        new ResidenceBuilder(options.residenceKeys()).build(c);
        SqlResource.run(c, "rpls/identifiants_logements.sql");
        SqlResource.run(c, "rpls/identifiants.sql");
    }

    /** Builds the points with this salt; true when their 64-bit keys are distinct (a collision was never seen). */
    private static boolean distinctPointKeys(Connection c, int salt) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET VARIABLE rpls_sel = " + salt);
        }
        SqlResource.run(c, "rpls/points.sql");
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) = count(DISTINCT point_cle) FROM rpls_point")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private ImportReport refuse(Connection c, PreparedInput input, RplsImportOptions options, RplsLayout layout,
                                String reason, long read, long rejected, Path rejectsFile, long start)
            throws SQLException {
        ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.RPLS, options.millesime(),
                layout.name(), input.encoding().label(), ImportStatus.REFUSE, reason, read, 0, rejected,
                layout.unknown(), rejectsFile, List.of());
        dropStaging(c);
        registry.recordRefusal(c, input, report, System.currentTimeMillis() - start);
        return report;
    }

    private static void dropStaging(Connection c) throws SQLException {
        List<String> tables = new java.util.ArrayList<>(List.of("rpls_rejets", "rpls_point", "rpls_point_norm",
                ResidenceBuilder.POINT_RESIDENCE, ResidenceBuilder.RESIDENCE_CALC, "rpls_residence_nouvelle",
                "rpls_reference", "rpls_paire", "rpls_residence_id", "rpls_correspondance", "rpls_point_final",
                "rpls_nouvel_identifiant"));
        tables.addAll(RplsLayering.temporaryTables());
        CsvStaging.drop(c, STAGING, List.of("rpls_valides"), tables);
    }


}
