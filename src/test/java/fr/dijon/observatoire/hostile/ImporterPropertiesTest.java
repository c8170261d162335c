package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.AnyFileImporter;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.InputRefusedException;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.store.ParisTime;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties of the import on generated files ({@link GeneratedCsv}): nothing crashes (a file is loaded or
 * refused, never an unexpected error), nothing loads partly (the rows in the base are exactly the rows the report
 * says were loaded, and every record is loaded or listed as rejected), and a clean file round-trips every value
 * whatever its quoting, separator, encoding and line ends.
 */
class ImporterPropertiesTest {

    private static Path dir;
    private static Connection c;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("proprietes-");
        c = TestDatabase.open(dir);
    }

    @AfterContainer
    static void close() throws Exception {
        c.close();
        fr.dijon.observatoire.ingest.WorkFolder.deleteQuietly(dir);
    }

    /** Loads the file; the register is emptied first, since the engine may draw the same seed twice. */
    private static ImportReport load(GeneratedCsv csv, String name) throws Exception {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("DELETE FROM import_fichier");
        }
        Path file = Files.write(dir.resolve(name), csv.bytes);
        PreparedInput input = new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file);
        try {
            return new AnyFileImporter(new AnyFileImporter.Settings(dir.resolve("rejets"), 0.5,
                    YearMonth.now(ParisTime.ZONE), LoadProgress.NONE, LoadCheckpoint.NONE))
                    .importFile(c, input, null, 2024);
        } finally {
            if (!input.csv().equals(input.source())) {
                Files.deleteIfExists(input.csv());
            }
        }
    }

    private static long rowsOf(String sha) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM rpls_logement WHERE import_sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Property(tries = 60)
    void aCleanFileLoadsEveryRowWithItsValuesWhateverItsQuotingSeparatorEncodingAndLineEnds(@ForAll long seed)
            throws Exception {
        GeneratedCsv csv = new GeneratedCsv(seed, false);

        ImportReport report = load(csv, "rpls2024_propre.csv");

        assertThat(report.status()).as(csv.description + " : " + report.reason()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.rowsLoaded()).as(csv.description).isEqualTo(csv.streets.size());
        assertThat(report.rowsRejected()).as(csv.description).isZero();
        List<String> loaded = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(nomvoie, '') FROM rpls_logement "
                + "WHERE import_sha256 = ? ORDER BY rowid")) {
            ps.setString(1, report.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    loaded.add(rs.getString(1));
                }
            }
        }
        assertThat(loaded).as(csv.description).containsExactlyInAnyOrderElementsOf(csv.streets);
    }

    @Property(tries = 60)
    void aSpoiledFileIsLoadedWhollyOrRefusedButNeverCrashesNorLoadsPartly(@ForAll long seed) throws Exception {
        GeneratedCsv csv = new GeneratedCsv(seed, true);
        long before = count();
        ImportReport report;
        try {
            report = load(csv, "rpls2024_abime.csv");
        } catch (InputRefusedException refused) {
            assertThat(refused.getMessage()).as(csv.description).startsWith("le fichier ").contains("rpls2024_abime.csv");
            assertThat(count()).as(csv.description).isEqualTo(before);
            assertNoTemporaryFile();
            return;
        }
        if (report.status() == ImportStatus.CHARGE) {
            assertThat(rowsOf(report.sha256())).as(csv.description).isEqualTo(report.rowsLoaded());
            assertThat(report.rowsLoaded() + report.rowsRejected()).as(csv.description).isEqualTo(report.rowsRead());
            assertThat(report.rowsRead()).as(csv.description + " : aucune ligne ne disparaît")
                    .isGreaterThanOrEqualTo(csv.streets.size() - 1);
        } else {
            assertThat(report.status()).as(csv.description).isEqualTo(ImportStatus.REFUSE);
            assertThat(rowsOf(report.sha256())).as(csv.description).isZero();
            assertThat(count()).as(csv.description).isEqualTo(before);
        }
        assertNoTemporaryFile();
    }

    private static long count() throws Exception {
        return TestDatabase.count(c, "SELECT count(*) FROM rpls_logement");
    }

    private static void assertNoTemporaryFile() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }
}
