package fr.dijon.observatoire.benchmark;

import fr.dijon.observatoire.indicators.IndicatorRun;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.rpls.ResidenceKeySettings;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import fr.dijon.observatoire.reference.ReferenceDataLoader;
import fr.dijon.observatoire.sample.NationalRplsGenerator;
import fr.dijon.observatoire.sample.RplsSampleGenerator;
import fr.dijon.observatoire.sample.SampleInputs;
import fr.dijon.observatoire.sample.RplsVariant;
import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.SchemaMigrator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures, in one process and on the same synthetic national RPLS file: (a) a bare DuckDB read_csv with
 * explicit types, (b) the full RPLS import, (c) the indicators: the sample's loi extract of Dijon Métropole is
 * layered on the national public file (not timed), then the indicators of the territory and the comparisons over
 * the whole national stock are timed. Stages (a) and (b) each work on a fresh DuckDB file.
 */
public final class RplsBenchmark {

    private final Path workDir;
    private final Path referenceDir;
    private final Path jobsDir;

    public RplsBenchmark(Path workDir, Path referenceDir, Path jobsDir) {
        this.workDir = workDir;
        this.referenceDir = referenceDir;
        this.jobsDir = jobsDir;
    }

    public BenchmarkResult run(long rows, boolean cp1252, boolean keep, Consumer<String> log) throws Exception {
        Files.createDirectories(workDir);
        Charset charset = cp1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        Path file = workDir.resolve("rpls2024_national_" + rows + (cp1252 ? "_cp1252" : "") + ".csv");
        log.accept("Génération de " + file.getFileName() + " …");
        long t0 = System.nanoTime();
        NationalRplsGenerator.write(file, RplsVariant.PUBLIQUE, rows, charset, 2024L);
        double generation = (System.nanoTime() - t0) / 1e9;
        Path utf8 = cp1252 ? toUtf8(file) : file;
        try {
            log.accept("(a) read_csv brut de DuckDB …");
            double readCsv = timeReadCsv(utf8, workDir.resolve("a.duckdb"));
            log.accept("(b) import RPLS complet …");
            Path base = workDir.resolve("b.duckdb");
            HeapPeak.reset();
            StageTimes stages = new StageTimes();
            double importSeconds;
            double indicators;
            long databaseBytes;
            try (Connection c = freshBase(base)) {
                long start = System.nanoTime();
                PreparedInput input = new InputPreparer(workDir.resolve("tmp"), LoadProgress.NONE).prepare(file);
                stages.mark("preparation");
                new RplsImporter().importFile(c, input, new RplsImportOptions(2024, RejectThreshold.DEFAULT_SHARE,
                        workDir.resolve("rejets"), LoadProgress.NONE, stages, residenceKeys()));
                stages.mark("validation_et_commit");
                importSeconds = (System.nanoTime() - start) / 1e9;
                if (!input.csv().equals(file)) {
                    Files.deleteIfExists(input.csv());
                }
                log.accept("(c) extrait loi de Dijon Métropole, puis indicateurs du territoire et comparaisons …");
                importTerritoryExtract(c);
                start = System.nanoTime();
                IndicatorRun.of(c, jobsDir, YearMonth.of(2024, 12)).all(c);
                indicators = (System.nanoTime() - start) / 1e9;
                try (Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT");
                }
            }
            databaseBytes = Files.size(base);
            return new BenchmarkResult(rows, cp1252 ? "cp1252" : "utf8", RplsVariant.PUBLIQUE.columnCount(),
                    Files.size(file), generation, readCsv, importSeconds, stages.seconds(), indicators,
                    HeapPeak.bytes(), HeapPeak.maxBytes(), databaseBytes);
        } finally {
            if (!keep) {
                deleteAll();
            }
        }
    }

    /** Layers the sample's loi extract of the observatory's territory on the national file, as an analyst would. */
    private void importTerritoryExtract(Connection c) throws SQLException, IOException {
        Path loi = workDir.resolve(SampleInputs.RPLS_LOI_FILE);
        new RplsSampleGenerator(referenceDir).write(loi, RplsVariant.LOI, RplsSampleGenerator.DEFAULT_DWELLINGS,
                SampleInputs.SEED, StandardCharsets.UTF_8);
        PreparedInput input = new InputPreparer(workDir.resolve("tmp"), LoadProgress.NONE).prepare(loi);
        new RplsImporter().importFile(c, input, new RplsImportOptions(2024, RejectThreshold.DEFAULT_SHARE,
                workDir.resolve("rejets"), LoadProgress.NONE, fr.dijon.observatoire.ingest.LoadCheckpoint.NONE, residenceKeys()));
    }

    private ResidenceKeySettings residenceKeys() throws IOException {
        return fr.dijon.observatoire.indicators.MethodParameters.load(jobsDir).residences().keySettings();
    }

    private double timeReadCsv(Path utf8, Path base) throws SQLException, IOException {
        Files.deleteIfExists(base);
        try (Connection c = new DuckDbStore(base).open()) {
            long start = System.nanoTime();
            ReferenceReadCsv.load(c, utf8, RplsVariant.PUBLIQUE.columns());
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE reference_read_csv");
            }
            return seconds;
        } finally {
            Files.deleteIfExists(base);
        }
    }

    private Connection freshBase(Path base) throws SQLException, IOException {
        Files.deleteIfExists(base);
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".wal"));
        Connection c = new DuckDbStore(base).open();
        new SchemaMigrator().migrate(c);
        new ReferenceDataLoader(referenceDir).load(c);
        return c;
    }

    private Path toUtf8(Path cp1252File) throws IOException {
        Path utf8 = workDir.resolve("reference_utf8.csv");
        try (Reader in = Files.newBufferedReader(cp1252File, Charset.forName("windows-1252"));
             BufferedWriter out = Files.newBufferedWriter(utf8, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
        return utf8;
    }

    private void deleteAll() throws IOException {
        try (Stream<Path> walk = Files.walk(workDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
