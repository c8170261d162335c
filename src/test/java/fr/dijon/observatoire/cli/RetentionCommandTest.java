package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old publications are removed on request, with their atlas if asked; the latest one never is. */
class RetentionCommandTest {

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.on(dir.resolve("obs.duckdb").toString(), dir.resolve("sortie").toString(), args);
    }

    private String sql(String query) {
        CliRun run = cli("sql", query);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void statutListsThePublicationsAndOnlyOldOnesAreRemoved() throws Exception {
        Path rpls = RplsFixture.modern(false).rows(30).write(dir.resolve("rpls2024.csv"));
        assertThat(cli("import", rpls.toString()).exitCode()).isZero();
        for (String period : new String[] {"2025-11", "2025-12", "2026-01"}) {
            CliRun computed = cli("indicateurs", "--periode", period);
            assertThat(computed.exitCode()).as(computed.err()).isZero();
        }
        Files.createDirectories(dir.resolve("sortie/atlas/2025-11"));
        Files.writeString(dir.resolve("sortie/atlas/2025-11/index.html"), "<html></html>");
        Files.writeString(dir.resolve("sortie/atlas/2025-12.txt"), "autre chose");

        CliRun statut = cli("statut");
        assertThat(statut.out()).contains("Publications des indicateurs", "2025-11", "2026-01", "publiée", "RPLS 2024");

        CliRun latest = cli("publications", "--supprimer", "2026-01");
        assertThat(latest.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(latest.err()).contains("la publication de 2026-01 est la plus récente");
        CliRun none = cli("publications", "--garder", "0");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);

        CliRun kept = cli("publications", "--garder", "2", "--fichiers");
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("Publication de 2025-11 supprimée").doesNotContain("2025-12 supprimée");
        assertThat(dir.resolve("sortie/atlas/2025-11")).doesNotExist();
        assertThat(dir.resolve("sortie/atlas/2025-12.txt")).exists();
        assertThat(sql("SELECT periode, count(*) AS n FROM mart_residence GROUP BY 1 ORDER BY 1"))
                .isEqualTo("periode,n\n2025-12,1\n2026-01,1\n");
        assertThat(sql("SELECT periode, statut FROM publication ORDER BY periode"))
                .isEqualTo("periode,statut\n2025-11,supprimée\n2025-12,publiée\n2026-01,publiée\n");

        assertThat(cli("publications", "--supprimer", "2025-12").exitCode()).isZero();
        CliRun last = cli("publications", "--garder", "1");
        assertThat(last.out()).contains("Rien à supprimer");
        assertThat(cli("publications", "--supprimer", "2026-01").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sql("SELECT count(*) AS n FROM mart_residence WHERE periode = '2026-01'")).isEqualTo("n\n1\n");
        assertThat(cli("atlas", "--periode", "2026-01").exitCode()).isZero();
    }
}
