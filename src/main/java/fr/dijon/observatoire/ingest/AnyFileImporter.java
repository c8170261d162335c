package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.ingest.ops.OpsImportOptions;
import fr.dijon.observatoire.ingest.ops.OpsImporter;
import fr.dijon.observatoire.ingest.partenaires.PartnerCountImporter;
import fr.dijon.observatoire.ingest.partenaires.PartnerCountOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.ResidenceKeySettings;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/**
 * Imports one prepared file with the importer of its type: RPLS, OPS or partner counts. Used by the monthly run,
 * which imports a whole folder, each file wholly or not at all.
 */
public final class AnyFileImporter {

    /**
     * Where rejects go, the refusal threshold, the current month, the progress and failure hooks, and how RPLS
     * dwellings are grouped into residences.
     */
    public record Settings(Path rejectsDir, double maxRejectShare, YearMonth currentMonth, LoadProgress progress,
                           LoadCheckpoint checkpoint, ResidenceKeySettings residenceKeys) {

        /** With the residence key settings shipped in jobs/parametres.yml (tests, tools). */
        public Settings(Path rejectsDir, double maxRejectShare, YearMonth currentMonth, LoadProgress progress,
                        LoadCheckpoint checkpoint) {
            this(rejectsDir, maxRejectShare, currentMonth, progress, checkpoint, ResidenceKeySettings.DEFAULT);
        }
    }

    private final Settings settings;

    public AnyFileImporter(Settings settings) {
        this.settings = settings;
    }

    /**
     * Imports the file, or reports it as already imported or refused (unknown type, no millésime, records lost by
     * the reader, personal data…): a refusal found while loading rolls the load back and is recorded.
     */
    public ImportReport importFile(Connection c, PreparedInput input, FileType forcedType, Integer millesime)
            throws SQLException, IOException {
        FileType type = forcedType != null ? forcedType : FileType.detect(input.header());
        if (type == null) {
            return refused(c, input, FileType.PARTENAIRES, null, "type de fichier non reconnu d'après l'en-tête ("
                    + String.join(";", input.header().columns().subList(0, Math.min(6, input.header().columns().size())))
                    + "…) : ni RPLS, ni OPS, ni comptages des partenaires.");
        }
        ImportRegistry registry = new ImportRegistry();
        if (registry.alreadyLoaded(c, input.sha256())) {
            return new ImportReport(input.fileName(), input.sha256(), type, millesime, null, input.encoding().label(),
                    ImportStatus.DEJA_IMPORTE, null, 0, 0, 0, List.of(), null, List.of());
        }
        try {
            PersonalData.refuseColumns(input, knownColumns(input, type));
            return load(c, input, type, millesime);
        } catch (InputRefusedException e) {
            return refused(c, input, type, millesime, e.getMessage());
        }
    }

    /** The columns of the file that its importer reads or knows, exempt from the personal-data name check. */
    private static List<String> knownColumns(PreparedInput input, FileType type) {
        return switch (type) {
            case RPLS -> {
                List<String> unknown = fr.dijon.observatoire.ingest.rpls.RplsLayout.of(input.header()).unknown();
                yield input.header().columns().stream().filter(col -> !unknown.contains(col)).toList();
            }
            case OPS -> java.util.Arrays.stream(fr.dijon.observatoire.ingest.ops.OpsColumn.values())
                    .map(fr.dijon.observatoire.ingest.ops.OpsColumn::column).toList();
            case PARTENAIRES -> input.header().columns();
        };
    }

    private ImportReport load(Connection c, PreparedInput input, FileType type, Integer millesime)
            throws SQLException, IOException {
        return switch (type) {
            case RPLS -> {
                Integer year = millesime != null ? millesime
                        : MillesimeResolver.fromFileName(input.fileName()).stream().boxed().findFirst().orElse(null);
                if (year == null) {
                    yield refused(c, input, type, null, "millésime introuvable dans le nom du fichier : nommez-le comme "
                            + "rpls2024.csv ou importez-le avec « import --millesime AAAA ».");
                }
                yield new RplsImporter().importFile(c, input, new RplsImportOptions(year, settings.maxRejectShare(),
                        settings.rejectsDir(), settings.progress(), settings.checkpoint(), settings.residenceKeys()));
            }
            case OPS -> new OpsImporter().importFile(c, input, new OpsImportOptions(settings.maxRejectShare(),
                    settings.rejectsDir(), settings.progress(), settings.checkpoint()));
            case PARTENAIRES -> new PartnerCountImporter().importFile(c, input, new PartnerCountOptions(
                    settings.maxRejectShare(), settings.rejectsDir(), settings.currentMonth(), settings.progress(),
                    settings.checkpoint()));
        };
    }

    private static ImportReport refused(Connection c, PreparedInput input, FileType type, Integer millesime,
                                        String reason) throws SQLException {
        ImportReport report = new ImportReport(input.fileName(), input.sha256(), type, millesime, null,
                input.encoding().label(), ImportStatus.REFUSE, reason, 0, 0, 0, List.of(), null, List.of());
        new ImportRegistry().recordRefusal(c, input, report, 0);
        return report;
    }
}
