package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.cli.FaultToleranceTestSupport;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an import, at the last checkpoint before the commit, then the same command again: the
 * base holds none of the killed load, the second run loads the file once, and the killed process's temporary
 * files are gone. (Kills during indicateurs and atlas belong to the atomic publication of the marts.)
 */
class HostileKillTest {

    @TempDir
    Path dir;

    @Test
    void aZippedImportKilledBeforeItsCommitLeavesAConsistentBaseAndNoTemporaryFile() throws Exception {
        HostileWorkspace ws = new HostileWorkspace(dir);
        Path csv = RplsFixture.modern(true).rows(50).write(dir.resolve("rpls2024.csv"));
        Path zip = dir.resolve("rpls2024.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("rpls2024.csv"));
            out.write(Files.readAllBytes(csv));
            out.closeEntry();
        }
        assertThat(ws.importFile(RplsFixture.modern(true).rows(7).write(dir.resolve("rpls2023.csv"))).exitCode()).isZero();

        Process killed = FaultToleranceTestSupport.pausedAt("avant-validation", "import", zip.toString(),
                "--base", ws.base.toString(), "--sortie", ws.out.toString());
        try (Stream<Path> files = Files.walk(ws.out.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile).count()).as("l'archive est extraite").isEqualTo(1);
        }
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);

        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(7);
        assertThat(ws.count("SELECT count(*) FROM residence WHERE millesime = 2024")).isZero();
        CliRun again = ws.importFile(zip);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM rpls_logement WHERE millesime = 2024")).isEqualTo(50);
        assertThat(ws.count("SELECT count(*) FROM rpls_logement WHERE millesime = 2023")).isEqualTo(7);
        assertThat(ws.count("SELECT count(*) FROM import_fichier WHERE statut = 'chargé'")).isEqualTo(2);
        ws.assertNoTemporaryFile();
    }
}
