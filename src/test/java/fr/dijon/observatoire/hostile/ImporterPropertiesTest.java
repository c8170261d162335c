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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the import on generated files ({@link GeneratedCsv}): nothing crashes (a file is loaded or
 * refused, never an unexpected error), nothing loads partly (the rows in the base are exactly the rows the report
 * says were loaded, and every record is loaded or listed as rejected), and a clean file round-trips every value
 * whatever its quoting, separator, encoding and line ends.
 *
 * <p>Plain JUnit over seeds drawn from one fixed seed, so every run tries the same cases; a failure prints the case's
 * seed and the generated file. To replay one case: {@code mvn -o test -Dtest=ImporterPropertiesTest
 * -Dproprietes.graine=<graine>}.
 */
class ImporterPropertiesTest {

    private static final long FIRST_SEED = 20_261_202L;
    private static final int CASES_PER_SPOIL = 3;

    private static Path dir;
    private static Connection c;

    /** The case seeds: the fixed draw, or only the one given by {@code -Dproprietes.graine}. */
    static LongStream seeds(int count) {
        String replay = System.getProperty("proprietes.graine", "");
        return replay.isBlank() ? new Random(FIRST_SEED).longs(count) : LongStream.of(Long.parseLong(replay.strip()));
    }

    /** Every form of file (encoding × line ends, both separators), each with its own seed. */
    static Stream<Arguments> cleanCases() {
        long[] seeds = seeds(GeneratedCsv.Form.COVERING).toArray();
        return IntStream.range(0, GeneratedCsv.Form.COVERING).mapToObj(i ->
                Arguments.of(GeneratedCsv.Form.covering(i), seeds[Math.min(i, seeds.length - 1)]));
    }

    /** Every kind of garbage, each with its own seeds. */
    static Stream<Arguments> spoiledCases() {
        int kinds = GeneratedCsv.SPOILS.size();
        long[] seeds = seeds(kinds * CASES_PER_SPOIL).toArray();
        return IntStream.range(0, kinds * CASES_PER_SPOIL).mapToObj(j ->
                Arguments.of(j % kinds, seeds[Math.min(j, seeds.length - 1)]));
    }

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("proprietes-");
        c = TestDatabase.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
        fr.dijon.observatoire.ingest.WorkFolder.deleteQuietly(dir);
    }

    /** Loads the file; the register is emptied first, so that two cases drawing the same bytes both load. */
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

    @ParameterizedTest(name = "{0}, graine {1}")
    @MethodSource("cleanCases")
    void aCleanFileLoadsEveryRowWithItsValuesWhateverItsQuotingSeparatorEncodingAndLineEnds(GeneratedCsv.Form form,
            long seed) throws Exception {
        GeneratedCsv csv = GeneratedCsv.clean(seed, form);

        ImportReport report = load(csv, "rpls2024_propre.csv");

        assertThat(report.status()).as(csv.describe() + " : " + report.reason()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.rowsLoaded()).as(csv.describe()).isEqualTo(csv.streets.size());
        assertThat(report.rowsRejected()).as(csv.describe()).isZero();
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
        assertThat(loaded).as(csv.describe()).containsExactlyInAnyOrderElementsOf(csv.streets);
    }

    @ParameterizedTest(name = "déchet {0}, graine {1}")
    @MethodSource("spoiledCases")
    void aSpoiledFileIsLoadedWhollyOrRefusedButNeverCrashesNorLoadsPartly(int kind, long seed) throws Exception {
        GeneratedCsv csv = GeneratedCsv.spoiled(seed, kind);
        long before = count();
        ImportReport report;
        try {
            report = load(csv, "rpls2024_abime.csv");
        } catch (InputRefusedException refused) {
            assertThat(refused.getMessage()).as(csv.describe()).startsWith("le fichier ").contains("rpls2024_abime.csv");
            assertThat(count()).as(csv.describe()).isEqualTo(before);
            assertNoTemporaryFile();
            return;
        }
        if (report.status() == ImportStatus.CHARGE) {
            assertThat(rowsOf(report.sha256())).as(csv.describe()).isEqualTo(report.rowsLoaded());
            assertThat(report.rowsLoaded() + report.rowsRejected()).as(csv.describe()).isEqualTo(report.rowsRead());
            assertThat(report.rowsRead()).as(csv.describe() + " : aucune ligne ne disparaît")
                    .isGreaterThanOrEqualTo(csv.streets.size() - 1);
            assertEveryRejectedRowIsListed(csv, report);
        } else {
            assertThat(report.status()).as(csv.describe()).isEqualTo(ImportStatus.REFUSE);
            assertThat(rowsOf(report.sha256())).as(csv.describe()).isZero();
            assertThat(count()).as(csv.describe()).isEqualTo(before);
        }
        assertNoTemporaryFile();
    }

    /**
     * The reject file lists every rejected row (as many distinct source lines as rows rejected), each with a line
     * of the file, a column and a reason in French (no parser English); no reject file when nothing was rejected.
     */
    private static void assertEveryRejectedRowIsListed(GeneratedCsv csv, ImportReport report) throws Exception {
        if (report.rowsRejected() == 0) {
            assertThat(report.rejectsFile() == null || !Files.exists(report.rejectsFile())).as(csv.describe()).isTrue();
            return;
        }
        assertThat(report.rejectsFile()).as(csv.describe()).isNotNull().exists();
        Set<Long> lines = new HashSet<>();
        try (Reader in = Files.newBufferedReader(report.rejectsFile(), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord reject : format.parse(in)) {
                String row = csv.describe() + "\nrejet : " + reject;
                long line = Long.parseLong(reject.get("ligne"));
                assertThat(line).as(row).isBetween(2L, (long) csv.lineCount());
                assertThat(reject.get("colonne")).as(row).isNotBlank();
                assertThat(reject.isMapped("valeur")).as(row).isTrue();
                assertThat(reject.get("motif")).as(row).isNotBlank()
                        .doesNotContainPattern("(?i)\\b(error|expected|found|invalid|line)\\b");
                lines.add(line);
            }
        }
        assertThat((long) lines.size()).as(csv.describe() + "\nlignes rejetées " + lines).isEqualTo(report.rowsRejected());
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
