package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.sample.NationalRplsGenerator;
import fr.dijon.observatoire.sample.SampleInputs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes, injected failures, corrupt input and concurrent runs: the store stays consistent and runs resume. */
class FaultToleranceTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearFailure() {
        System.clearProperty("observatoire.panne");
    }

    private Process child(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), "fr.dijon.observatoire.Observatoire"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String sql(Path base, String query) {
        return CliRun.of("sql", "--base", base.toString(), query).out();
    }

    /**
     * Starts a child process that stops for good at a load checkpoint ({@code observatoire.pause}) and returns
     * once it has said so: a kill then lands at a known point, whatever the machine's speed.
     */
    static Process pausedAt(String point, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dobservatoire.pause=" + point, "-cp", System.getProperty("java.class.path"),
                "fr.dijon.observatoire.Observatoire"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains(fr.dijon.observatoire.format.Typography.apply("pause au point « " + point + " »"))) {
                return process;
            }
        }
        throw new AssertionError("le processus s'est terminé sans atteindre le point " + point + " :\n" + seen);
    }

    @Test
    void aKilledImportLeavesNoPartialRowsAndTheSameCommandCompletesIt() throws Exception {
        Path file = dir.resolve("rpls2024_national.csv");
        NationalRplsGenerator.write(file, 20_000, StandardCharsets.UTF_8, 3L);
        Path base = dir.resolve("obs.duckdb");
        String[] importArgs = {"import", file.toString(), "--base", base.toString(), "--sortie", dir.resolve("sortie").toString()};

        Process process = pausedAt("apres-insertion", importArgs);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(137);

        assertThat(sql(base, "SELECT count(*) AS n FROM rpls_logement")).isEqualTo("n\n0\n");
        CliRun rerun = CliRun.of(importArgs);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(sql(base, "SELECT count(*) AS n FROM rpls_logement")).isEqualTo("n\n20000\n");
        assertThat(sql(base, "SELECT count(*) AS n FROM import_fichier WHERE statut = 'chargé'")).isEqualTo("n\n1\n");
        assertThat(sql(base, "SELECT string_agg(STATUS, '+' ORDER BY JOB_EXECUTION_ID) AS s FROM BATCH_JOB_EXECUTION"))
                .isEqualTo("s\nFAILED+COMPLETED\n");
    }

    @Test
    void theMonthlyRunRefusesCorruptFilesResumesAtTheAtlasStepAndKeepsThePreviousAtlas() throws Exception {
        Path input = dir.resolve("entree");
        YearMonth period = YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1);
        List<Path> sample = SampleInputs.writeAll(dir.resolve("echantillon"), Path.of("reference-data"), Path.of("jobs"), period);
        Files.createDirectories(input);
        for (Path file : sample) {
            String name = file.getFileName().toString();
            if (!name.startsWith("partenaires_") || name.compareTo("partenaires_" + period.minusMonths(3) + ".csv") > 0) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Files.write(input.resolve("binaire.csv"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Files.createFile(input.resolve("vide.csv"));
        Files.writeString(input.resolve("entete_seule.csv"), "periode;partenaire;indicateur;territoire;valeur\n");
        Files.write(input.resolve("tronque.zip"), new byte[] {'P', 'K', 3, 4, 9, 9});
        Path base = dir.resolve("obs.duckdb");
        Path out = dir.resolve("sortie");
        String[] monthly = {"mensuel", "--periode", period.toString(), "--entree", input.toString(), "--base",
            base.toString(), "--sortie", out.toString()};

        CliRun first = CliRun.of(monthly);
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(3);
        assertThat(first.err()).contains("binaire.csv (inconnu) : refusé", "vide.csv (inconnu) : refusé",
                "entete_seule.csv (comptages des partenaires) : refusé", "tronque.zip (inconnu) : refusé");
        assertThat(first.out()).contains("rpls2024_dijon_metropole_loi.csv (RPLS) : chargé",
                "Traitement mensuel de " + period + " terminé");
        Path index = out.resolve("atlas").resolve(period.toString()).resolve("index.html");
        String atlasBefore = Files.readString(index);
        assertThat(out.resolve("packs").resolve("pack-cil-" + period + ".zip")).exists();
        assertThat(Files.readString(out.resolve("rapports").resolve(period + ".json")))
                .contains("\"statut\" : \"refusé\"", "\"comptages_manquants\"", "\"part_des_chiffres_occupation_masques\"", "\"durees_ms\"");
        assertThat(Files.readString(out.resolve("rapports").resolve(period + ".html"))).contains("Révisions", "Durée des étapes");

        Files.copy(sample.get(sample.size() - 4), input.resolve(sample.get(sample.size() - 4).getFileName()));
        System.setProperty("observatoire.panne", "atlas");
        CliRun failed = CliRun.of(monthly);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("panne injectée", "reprendra à l'étape en échec");
        assertThat(Files.readString(index)).isEqualTo(atlasBefore);

        System.clearProperty("observatoire.panne");
        CliRun resumed = CliRun.of(monthly);
        assertThat(resumed.exitCode()).as(resumed.err()).isIn(0, 3);
        // The reference tables are checked again (a no-op when their files did not change); nothing else is redone.
        assertThat(sql(base, "SELECT string_agg(STEP_NAME, ',' ORDER BY STEP_EXECUTION_ID) AS s FROM BATCH_STEP_EXECUTION "
                + "WHERE JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION JOIN BATCH_JOB_INSTANCE "
                + "USING (JOB_INSTANCE_ID) WHERE JOB_NAME = 'mensuel')"))
                .isEqualTo("s\n\"referentiel,atlas,pack,rapport\"\n");
        // The resumed run published the pack and the atlas: the attack finds nothing in them.
        CliRun verified = CliRun.of("verifier-secret", "--base", base.toString(), "--sortie", out.toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
    }

    @Test
    void aSecondRunIsRefusedWhileTheDatabaseIsInUseAndNothingIsCorrupted() throws Exception {
        Path base = dir.resolve("obs.duckdb");
        Path file = fr.dijon.observatoire.ingest.rpls.RplsFixture.modern(false).rows(20).write(dir.resolve("rpls2024.csv"));
        assertThat(CliRun.of("import", file.toString(), "--base", base.toString(), "--sortie", dir.toString()).exitCode()).isZero();
        Files.createDirectories(dir.resolve("entree"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldDatabase.class.getName(), base.toString()).start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine())
                    .isEqualTo("prêt");
            CliRun second = CliRun.of("mensuel", "--periode", "2026-01", "--entree", dir.resolve("entree").toString(),
                    "--base", base.toString(), "--sortie", dir.toString());
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("est utilisée par une autre exécution");
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(sql(base, "SELECT count(*) AS n FROM rpls_logement")).isEqualTo("n\n20\n");
    }

    @Test
    void theSchedulerRefusesASecondInstanceAndStopsCleanlyOnSigterm() throws Exception {
        Path out = dir.resolve("sortie");
        Process scheduler = child("planifier", "--sortie", out.toString(), "--base", dir.resolve("obs.duckdb").toString());
        BufferedReader lines = new BufferedReader(new InputStreamReader(scheduler.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.contains("prochain traitement mensuel")) {
            assertThat(line).doesNotContain("Erreur");
        }
        assertThat(line).contains("prochain traitement mensuel le 02/");

        CliRun second = CliRun.of("planifier", "--sortie", out.toString());
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("un autre planificateur tourne déjà");

        scheduler.destroy();
        assertThat(scheduler.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out.resolve("rapports").resolve("planificateur.log")))
                .contains("planificateur démarré", "planificateur arrêté");
    }
}
