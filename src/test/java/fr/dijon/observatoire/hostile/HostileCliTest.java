package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.cli.HoldDatabase;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI's promises under hostile use: a truly read-only sql, French errors, the documented exit codes. */
class HostileCliTest extends HostileTest {

    private Path rpls;

    @BeforeEach
    void setUp() throws Exception {
        rpls = RplsFixture.modern(false).rows(20).write(dir.resolve("rpls2024.csv"));
    }

    @Test
    void sqlCanNeitherWriteNorReadAnyFileOutsideTheBase() throws Exception {
        assertThat(ws.importFile(rpls).exitCode()).isZero();
        Path written = dir.resolve("fuite.csv");

        CliRun copy = ws.run("sql", "COPY (SELECT * FROM rpls_logement) TO '" + written + "'");
        CliRun read = ws.run("sql", "SELECT * FROM read_text('/etc/hostname')");
        CliRun csv = ws.run("sql", "SELECT * FROM read_csv('" + rpls + "')");
        CliRun unlock = ws.run("sql", "SET enable_external_access = true");
        CliRun attach = ws.run("sql", "ATTACH '" + dir.resolve("autre.duckdb") + "' AS autre");

        for (CliRun run : new CliRun[] {copy, read, csv, unlock, attach}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).startsWith("Requête refusée : ").doesNotContain("Error", "Exception");
            assertThat(run.out()).doesNotContain("21231");
        }
        assertThat(copy.err()).contains("ne peut ni lire ni écrire d'autre fichier");
        assertThat(read.err()).contains("ne peut ni lire ni écrire d'autre fichier");
        assertThat(written).doesNotExist();
        assertThat(dir.resolve("autre.duckdb")).doesNotExist();
        assertThat(ws.run("sql", "SELECT count(*) AS n FROM rpls_logement").out()).isEqualTo("n\n20\n");
    }

    @Test
    void sqlExplainsAnUnknownTableOrColumnOrASyntaxErrorInFrench() throws Exception {
        assertThat(ws.importFile(rpls).exitCode()).isZero();

        CliRun table = ws.run("sql", "SELECT * FROM logements");
        CliRun column = ws.run("sql", "SELECT loyer_moyen FROM rpls_logement");
        CliRun syntax = ws.run("sql", "SELEC 1");

        assertThat(table.err()).contains("la table « logements » n'existe pas", "SHOW TABLES").doesNotContain("Catalog Error");
        assertThat(column.err()).contains("la colonne « loyer_moyen » n'existe pas").doesNotContain("Binder Error");
        assertThat(syntax.err()).contains("erreur de syntaxe SQL près de « SELEC »").doesNotContain("Parser Error");
        CliRun debug = ws.run("sql", "SELECT * FROM logements", "--debug");
        assertThat(debug.err()).contains("Détail technique (DuckDB) : Catalog Error");
    }

    @Test
    void aSecondCommandOnABaseInUseGetsTheFrenchMessageWithTheProcessNumber() throws Exception {
        assertThat(ws.importFile(rpls).exitCode()).isZero();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldDatabase.class.getName(), ws.base.toString()).start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                    .readLine()).isEqualTo("prêt");
            for (CliRun run : new CliRun[] {ws.importFile(rpls), ws.run("sql", "SELECT 1"), ws.run("statut"),
                ws.run("indicateurs", "--periode", "2026-01")}) {
                assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
                assertThat(run.err()).contains("la base " + ws.base.toAbsolutePath() + " est utilisée par une autre "
                        + "exécution (processus " + holder.pid() + ")").doesNotContain("IO Error", "Conflicting lock");
            }
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTextFileOrAFolderGivenAsTheBaseIsExplainedInFrench() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "ceci n'est pas une base\n");
        Path folder = Files.createDirectories(dir.resolve("dossier"));

        for (String command : new String[] {"statut", "import"}) {
            CliRun onText = command.equals("import")
                    ? CliRun.of("import", rpls.toString(), "--base", text.toString(), "--sortie", ws.out.toString())
                    : CliRun.of(command, "--base", text.toString());
            CliRun onFolder = command.equals("import")
                    ? CliRun.of("import", rpls.toString(), "--base", folder.toString(), "--sortie", ws.out.toString())
                    : CliRun.of(command, "--base", folder.toString());
            assertThat(onText.exitCode()).as(onText.err()).isEqualTo(2);
            assertThat(onText.err()).contains("notes.txt n'est pas une base DuckDB").doesNotContain("IO Error");
            assertThat(onFolder.exitCode()).as(onFolder.err()).isEqualTo(2);
            assertThat(onFolder.err()).contains("dossier est un dossier").doesNotContain("IO Error");
        }
        assertThat(Files.readString(text)).isEqualTo("ceci n'est pas une base\n");
    }

    @Test
    void aFuturePeriodIsAUsageError() {
        String future = YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).plusMonths(2).toString();
        for (String command : new String[] {"atlas", "indicateurs", "pack-cil"}) {
            CliRun run = ws.run(command, "--periode", future);
            assertThat(run.exitCode()).as(command + " : " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains("période dans le futur : " + future);
        }
        assertThat(ws.out.resolve("atlas")).doesNotExist();
    }

    @Test
    void aNegativeRejectThresholdIsAUsageError() throws Exception {
        CliRun run = ws.importFile(rpls, "--max-rejets", "-5");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("--max-rejets invalide", "entre 0 et 100");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void anRplsWithoutDepcomIsRefusedNamingDepcom() throws Exception {
        Path file = dir.resolve("rpls2024_sans_depcom.csv");
        Files.writeString(file, Files.readString(rpls).replaceFirst("DEPCOM", "CODE_COMMUNE"));

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_sans_depcom.csv", "colonne obligatoire absente : DEPCOM");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void aFileNameWithALineEndIsPrintedOnOneLine() throws Exception {
        Path file = dir.resolve("rpls2024\nfaux.csv");
        Files.write(file, new byte[] {0, 0, 0, 1});

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024\\nfaux.csv");
        assertThat(run.err().strip().lines().filter(l -> l.contains("faux.csv")).count()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("faux.csv"))).isEmpty();
    }

    @Test
    void aFolderGivenAsAFileIsSaidToBeAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("entree"));

        CliRun run = ws.importFile(folder);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("entree est un dossier, pas un fichier").doesNotContain("introuvable");
    }

    @Test
    void anUnreadableFileIsSaidToBeUnreadable() throws Exception {
        Path file = Files.copy(rpls, dir.resolve("rpls2024_prive.csv"));
        Files.setPosixFilePermissions(file, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "root lit tous les fichiers");

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rpls2024_prive.csv", "permission refusée");
    }
}
