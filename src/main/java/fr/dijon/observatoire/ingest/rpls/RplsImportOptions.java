package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import java.nio.file.Path;

/**
 * Settings of one RPLS import: the millésime, the highest share of rejected rows tolerated (0.01 = 1 %), the
 * folder for reject files, the progress sink and the failure-injection hook.
 */
public record RplsImportOptions(int millesime, double maxRejectShare, Path rejectsDir, LoadProgress progress,
                                LoadCheckpoint checkpoint) {
}
