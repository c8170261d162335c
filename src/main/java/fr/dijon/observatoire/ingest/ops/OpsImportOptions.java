package fr.dijon.observatoire.ingest.ops;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import java.nio.file.Path;

/** Settings of one OPS import: reject threshold (0.01 = 1 %), folder for reports, progress, failure hook. */
public record OpsImportOptions(double maxRejectShare, Path rejectsDir, LoadProgress progress,
                               LoadCheckpoint checkpoint) {
}
