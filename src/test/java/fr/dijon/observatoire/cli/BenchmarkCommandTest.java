package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark works end to end on a tiny file; its figures are not asserted (benchmarks are not timed tests). */
class BenchmarkCommandTest {

    @TempDir
    Path dir;

    @Test
    void measuresTheThreeStagesAndWritesOneJsonLine() throws Exception {
        CliRun run = CliRun.of("benchmark", "--lignes", "3000", "--encodage", "cp1252", "--sortie", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3\u202F000 logements, 73 colonnes, cp1252", "(a) read_csv brut de DuckDB",
                "(b) import RPLS complet", "rapport (b)/(a)", "(c) indicateurs", "tas Java maximal", "base DuckDB");
        List<String> lines = Files.readAllLines(dir.resolve("benchmarks").resolve("benchmarks.jsonl"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("{\"date\":").contains("\"lignes\":3000", "\"colonnes\":73",
                "\"encodage\":\"cp1252\"", "\"ratio_import_read_csv\":", "\"indicateurs_s\":", "\"tas_java_max_octets\":",
                "\"base_duckdb_octets\":").endsWith("}");
        assertThat(dir.resolve("benchmarks").resolve("travail")).doesNotExist();
    }
}
