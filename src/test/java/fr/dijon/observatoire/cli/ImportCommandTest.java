package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private String db;
    private String out;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("obs.duckdb").toString();
        out = dir.resolve("sortie").toString();
        file = RplsFixture.modern(true).rows(40).write(dir.resolve("rpls2024_cli.csv"));
    }

    @AfterEach
    void clearFailure() {
        System.clearProperty("observatoire.panne");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--base";
        all[args.length + 1] = db;
        all[args.length + 2] = "--sortie";
        all[args.length + 3] = out;
        return CliRun.of(all);
    }

    @Test
    void importsOnceThenSaysAlreadyImportedAndChangesNothing() {
        CliRun first = run("import", file.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("rpls2024_cli.csv : importé — RPLS 2024, RPLS 2023+, version loi",
                "40 lignes lues, 40 chargées, 0 rejetées");

        CliRun second = run("import", file.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("déjà importé", "rien n'a changé");

        assertThat(run("sql", "SELECT count(*) AS n FROM rpls_logement").out()).isEqualTo("n\n40\n");
        CliRun status = run("statut");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("rpls2024_cli.csv", "chargé", "import", "terminé");
    }

    @Test
    void sqlIsReadOnlyAndPrintsMachineCsv() {
        run("import", file.toString());

        CliRun csv = run("sql", "SELECT CAST(1.5 AS DECIMAL(3,1)) AS x, 'a,b' AS t, depcom FROM rpls_logement LIMIT 1");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).isEqualTo("x,t,depcom\n1.5,\"a,b\",21231\n");

        CliRun write = run("sql", "DELETE FROM rpls_logement");
        assertThat(write.exitCode()).isEqualTo(1);
        assertThat(write.err()).contains("lecture seule");
        assertThat(run("sql", "SELECT count(*) AS n FROM rpls_logement").out()).isEqualTo("n\n40\n");
    }

    @Test
    void usageErrorsExitWithTwoAndAFrenchMessage() throws Exception {
        CliRun unknown = run("import", file.toString(), "--inconnue");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("argument ou option inconnu : --inconnue");

        Path unnamed = RplsFixture.modern(false).rows(3).write(dir.resolve("parc.csv"));
        CliRun noMillesime = run("import", unnamed.toString());
        assertThat(noMillesime.exitCode()).isEqualTo(2);
        assertThat(noMillesime.err()).contains("millésime introuvable", "--millesime AAAA");

        CliRun badType = run("import", unnamed.toString(), "--type", "xyz", "--millesime", "2024");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).contains("type de fichier inconnu");

        CliRun missing = run("import", dir.resolve("absent.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Fichier introuvable");
    }

    @Test
    void aRefusedFileExitsWithThreeAndLoadsNothing() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false).rows(10);
        fixture.row(Map.of("NBPIECE", "x"));
        Path bad = fixture.write(dir.resolve("rpls2024_mauvais.csv"));

        CliRun refused = run("import", bad.toString());

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("Fichier refusé", "trop de lignes rejetées : 1 sur 11", "Lignes rejetées :");
        assertThat(run("sql", "SELECT count(*) AS n FROM rpls_logement").out()).isEqualTo("n\n0\n");

        CliRun tolerant = run("import", bad.toString(), "--max-rejets", "10");
        assertThat(tolerant.exitCode()).as(tolerant.err()).isZero();
        assertThat(run("sql", "SELECT count(*) AS n FROM rpls_logement").out()).isEqualTo("n\n10\n");
    }

    @Test
    void aFailedImportIsRestartedByTheSameCommandWithoutDuplicates() {
        System.setProperty("observatoire.panne", "apres-insertion");
        CliRun failed = run("import", file.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("Échec de l'import", "panne injectée", "relancez la même commande");
        assertThat(run("sql", "SELECT count(*) AS n FROM rpls_logement").out()).isEqualTo("n\n0\n");
        assertThat(run("sql", "SELECT statut FROM import_fichier").out()).isEqualTo("statut\néchec\n");

        System.clearProperty("observatoire.panne");
        CliRun rerun = run("import", file.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();

        assertThat(run("sql", "SELECT count(*) AS n, count(DISTINCT ident_rep) AS d FROM rpls_logement").out())
                .isEqualTo("n,d\n40,40\n");
        assertThat(run("sql", "SELECT count(*) AS n FROM BATCH_JOB_INSTANCE").out()).isEqualTo("n\n1\n");
        assertThat(run("sql", "SELECT string_agg(STATUS, '+' ORDER BY JOB_EXECUTION_ID) AS s FROM BATCH_JOB_EXECUTION")
                .out()).isEqualTo("s\nFAILED+COMPLETED\n");
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedPlainly() throws Exception {
        run("import", file.toString());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db)
                .redirectErrorStream(true).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("prêt");

            CliRun busy = run("import", file.toString());
            assertThat(busy.exitCode()).isEqualTo(1);
            assertThat(busy.err()).contains("est utilisée par une autre exécution", "processus " + holder.pid());
            assertThat(busy.err()).doesNotContain("Exception", "\tat ");

            CliRun busySql = run("sql", "SELECT 1");
            assertThat(busySql.exitCode()).isEqualTo(1);
            assertThat(busySql.err()).contains("est utilisée par une autre exécution");
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
