package fr.dijon.observatoire.store;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The observatory's clock: local time in Europe/Paris, whatever the machine's zone. */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MILLIS);
    }
}
