package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.batch.Schedule;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled date reached while the previous monthly run is still going is not started: it is logged as ignored. */
class SchedulerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    @Test
    void theDatesReachedDuringARunAreTheScheduledOnesBetweenItsStartAndItsEnd() {
        Schedule everyMinute = new Schedule("0 * * * * *", PARIS, Path.of("entree"));
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 1, 58, 0, 0, PARIS);
        assertThat(everyMinute.reachedDuring(start, start.plusSeconds(150)))
                .containsExactly(start.plusMinutes(1), start.plusMinutes(2));
        assertThat(everyMinute.reachedDuring(start, start.plusSeconds(59))).isEmpty();
        Schedule monthly = new Schedule("0 0 3 2 * *", PARIS, Path.of("entree"));
        ZonedDateTime run = ZonedDateTime.of(2026, 11, 2, 3, 0, 0, 0, PARIS);
        assertThat(monthly.reachedDuring(run, run.plusHours(6))).isEmpty();
        assertThat(monthly.reachedDuring(run, run.plusMonths(2))).containsExactly(run.plusMonths(1), run.plusMonths(2));
    }

    @Test
    void aTriggerDuringARunIsLoggedAsIgnored() throws Exception {
        Path home = dir.resolve("projet");
        Files.createDirectories(home.resolve("jobs"));
        try (var files = Files.list(Path.of("jobs"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, home.resolve("jobs").resolve(f.getFileName()));
            }
        }
        Files.createSymbolicLink(home.resolve("jobs/models"), Path.of("jobs/models").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("jobs/tests"), Path.of("jobs/tests").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("reference-data"), Path.of("reference-data").toAbsolutePath());
        Files.createDirectories(dir.resolve("entree"));
        // Every second: a monthly run (Spring start, reference tables, an empty folder) lasts longer than that.
        Files.writeString(home.resolve("jobs/calendrier.properties"), "cron=* * * * * *\nfuseau=Europe/Paris\nentree="
                + dir.resolve("entree") + "\n");
        Path out = dir.resolve("sortie");
        Process scheduler = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dobservatoire.home=" + home, "-cp", System.getProperty("java.class.path"),
                "fr.dijon.observatoire.Observatoire", "planifier", "--sortie", out.toString()))
                .redirectErrorStream(true).start();
        boolean ignored = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(scheduler.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(fr.dijon.observatoire.format.Typography.apply(
                        "ignoré : le traitement mensuel précédent était encore en cours"))) {
                    ignored = true;
                    break;
                }
            }
        } finally {
            scheduler.destroy();
            assertThat(scheduler.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ignored).isTrue();
        String log = Files.readString(out.resolve("rapports").resolve("planificateur.log"));
        assertThat(log).contains("traitement mensuel de ", "ignoré", "planificateur arrêté");
    }
}
