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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Imports one RPLS file, all or nothing, in one DuckDB transaction: DuckDB's CSV reader fills a text staging
 * table, SQL checks the rows, Java writes only the rejects, SQL normalises the valid rows into
 * {@code rpls_logement}, replacing the rows of the same millésime and variant for the communes the file covers
 * ({@link RplsLayering}), and rebuilds the residences of the communes whose effective rows are the file's. A file
 * with too many rejected rows is refused and nothing is loaded.
 */
public final class RplsImporter {

    private static final String STAGING = "rpls_stg";

    private final ImportRegistry registry = new ImportRegistry();
    private final ResidencePositions positions = new ResidencePositions();
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
            RplsLayering.Plan plan = layering.replace(c);
            long loaded = insert(c);
            layering.record(c);
            options.checkpoint().reached("apres-insertion");
            SqlResource.run(c, "rpls/residences.sql");
            positions.compute(c, options.millesime());
            options.checkpoint().reached("avant-validation");
            ImportReport report = new ImportReport(input.fileName(), input.sha256(), FileType.RPLS,
                    options.millesime(), layout.name(), input.encoding().label(), ImportStatus.CHARGE, null, read,
                    loaded, rejected, layout.unknown(), rejects.file(),
                    ReplacementMessage.lines(options.millesime(), layout.loi(), plan));
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
        }
    }

    private static long insert(Connection c) throws SQLException {
        SqlResource.run(c, "rpls/macros.sql");
        return SqlResource.run(c, "rpls/insertion.sql");
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
        List<String> tables = new java.util.ArrayList<>(List.of("rpls_rejets"));
        tables.addAll(RplsLayering.temporaryTables());
        CsvStaging.drop(c, STAGING, List.of("rpls_valides"), tables);
    }


}
