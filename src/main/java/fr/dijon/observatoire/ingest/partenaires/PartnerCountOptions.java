package fr.dijon.observatoire.ingest.partenaires;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import java.nio.file.Path;
import java.time.YearMonth;

/** Settings of one partner-count import; {@code currentMonth} is the month in Europe/Paris. */
public record PartnerCountOptions(double maxRejectShare, Path rejectsDir, YearMonth currentMonth,
                                  LoadProgress progress, LoadCheckpoint checkpoint) {
}
