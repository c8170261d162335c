package fr.dijon.observatoire.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Properties;
import org.springframework.scheduling.support.CronExpression;

/**
 * The schedule of {@code planifier}, read from {@code jobs/calendrier.properties}: a cron expression in a time
 * zone (by default 03:00 on the 2nd of each month, Europe/Paris) and the input folder.
 */
public record Schedule(String cron, ZoneId zone, Path input) {

    public static Schedule load(Path jobsDir) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(jobsDir.resolve("calendrier.properties"), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        String cron = p.getProperty("cron", "0 0 3 2 * *").strip();
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("expression cron invalide dans jobs/calendrier.properties : « " + cron + " »");
        }
        return new Schedule(cron, ZoneId.of(p.getProperty("fuseau", "Europe/Paris").strip()),
                Path.of(p.getProperty("entree", "entree").strip()));
    }

    /**
     * The dates the schedule reached while a run was in progress, from {@code start} (excluded) to {@code end}
     * (included): the scheduler does not start them, it says it ignored them.
     */
    public java.util.List<ZonedDateTime> reachedDuring(ZonedDateTime start, ZonedDateTime end) {
        java.util.List<ZonedDateTime> reached = new java.util.ArrayList<>();
        for (ZonedDateTime t = next(start); t != null && !t.isAfter(end); t = next(t)) {
            reached.add(t);
        }
        return reached;
    }

    /** The next run after {@code now}, in the schedule's zone. */
    public ZonedDateTime next(ZonedDateTime now) {
        return CronExpression.parse(cron).next(now.withZoneSameInstant(zone));
    }
}
