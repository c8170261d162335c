package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.Schedule;
import fr.dijon.observatoire.store.ParisTime;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;

/**
 * {@code observatoire planifier}: the long-running scheduled mode. At each date of the cron expression of
 * {@code jobs/calendrier.properties} (by default 03:00 on the 2nd, Europe/Paris) it runs the monthly job for the
 * previous month. The database is opened only during a run, so the other commands stay usable between runs.
 * A second scheduler is refused (lock file), and SIGTERM stops it cleanly, after the run in progress if any.
 */
@Command(name = "planifier", header = "Mode planifié : traitement mensuel à date fixe.",
        description = "Mode planifié : lance le traitement mensuel du mois précédent selon le calendrier de "
        + "jobs/calendrier.properties (par défaut le 2 de chaque mois à 3 h, heure de Paris). S'arrête "
        + "proprement sur SIGTERM. Journal dans <sortie>/rapports/planificateur.log.")
public class PlanifierCommand extends ObservatoireCommand {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = root.options();
        Schedule schedule = Schedule.load(options.projectHome().resolve("jobs"));
        Files.createDirectories(options.outputDir().resolve("rapports"));
        Path lockFile = options.outputDir().resolve(".planificateur.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                System.err.println("Erreur : un autre planificateur tourne déjà pour " + options.outputDir()
                        + " (verrou " + lockFile + ") : arrêtez-le avant d'en lancer un second.");
                return ExitCodes.FAILURE;
            }
            return loop(options, schedule);
        }
    }

    private int loop(GlobalOptions options, Schedule schedule) throws InterruptedException, IOException {
        AtomicBoolean stopping = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(false);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            if (!running.get()) {
                main.interrupt();
            }
            try {
                stopped.await(15, TimeUnit.MINUTES);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "arret-planificateur"));
        Path log = options.outputDir().resolve("rapports").resolve("planificateur.log");
        log(log, "planificateur démarré ; calendrier « " + schedule.cron() + " » (" + schedule.zone() + ")");
        try {
            while (!stopping.get()) {
                ZonedDateTime next = schedule.next(ZonedDateTime.now(schedule.zone()));
                log(log, "prochain traitement mensuel le " + next.format(FRENCH));
                try {
                    Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(schedule.zone()), next).toMillis()));
                } catch (InterruptedException e) {
                    break;
                }
                running.set(true);
                try {
                    runOnce(options, schedule, log);
                } finally {
                    running.set(false);
                }
                for (ZonedDateTime ignored : schedule.reachedDuring(next, ZonedDateTime.now(schedule.zone()))) {
                    log(log, "déclenchement du " + ignored.format(FRENCH) + " ignoré : le traitement mensuel "
                            + "précédent était encore en cours");
                }
            }
        } finally {
            log(log, "planificateur arrêté");
            stopped.countDown();
        }
        return ExitCodes.OK;
    }

    private static void runOnce(GlobalOptions options, Schedule schedule, Path log) throws IOException {
        YearMonth month = YearMonth.now(ParisTime.ZONE).minusMonths(1);
        log(log, "traitement mensuel de " + month + " : début");
        try (AppContext app = AppContext.start(options, Map.of())) {
            int exit = MensuelCommand.run(app, month, schedule.input(), options.outputDir());
            log(log, "traitement mensuel de " + month + " : fin, code " + exit);
        } catch (Exception e) {
            log(log, "traitement mensuel de " + month + " : échec — " + e.getMessage());
        }
    }

    private static void log(Path log, String message) throws IOException {
        String line = ParisTime.now().format(FRENCH) + " " + message;
        System.out.println(line);
        Files.writeString(log, line + System.lineSeparator(), java.nio.charset.StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
