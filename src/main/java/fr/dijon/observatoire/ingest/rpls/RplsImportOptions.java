package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import java.nio.file.Path;

/**
 * Settings of one RPLS import: the millésime, the highest share of rejected rows tolerated (0.01 = 1 %), the
 * folder for reject files, the progress sink, the failure-injection hook and how residences are keyed.
 */
public record RplsImportOptions(int millesime, double maxRejectShare, Path rejectsDir, LoadProgress progress,
                                LoadCheckpoint checkpoint, ResidenceKeySettings residenceKeys) {

    /** With the residence key settings shipped in jobs/parametres.yml. */
    public RplsImportOptions(int millesime, double maxRejectShare, Path rejectsDir, LoadProgress progress,
                             LoadCheckpoint checkpoint) {
        this(millesime, maxRejectShare, rejectsDir, progress, checkpoint, ResidenceKeySettings.DEFAULT);
    }
}
