package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportRequestException;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.MillesimeResolver;
import fr.dijon.observatoire.ingest.PreparedInput;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

/** Imports one file through the import job: detection, idempotence check, launch or restart, report. */
@Service
public class ImportService {

    public static final String SHA256 = "sha256";
    public static final String TYPE = "type";
    public static final String MILLESIME = "millesime";
    public static final String ATTEMPT = "tentative";
    public static final String FILE = "fichier";
    public static final String MAX_REJECTS = "maxRejets";

    private final DataSource dataSource;
    private final PreparedInputs preparedInputs;
    private final ImportReports reports;
    private final JobRunner jobRunner;
    private final Job importJob;
    private final ObservatoireSettings settings;

    public ImportService(DataSource dataSource, PreparedInputs preparedInputs, ImportReports reports,
                         JobRunner jobRunner, Job importJob, ObservatoireSettings settings) {
        this.dataSource = dataSource;
        this.preparedInputs = preparedInputs;
        this.reports = reports;
        this.jobRunner = jobRunner;
        this.importJob = importJob;
        this.settings = settings;
    }

    /** The outcome of one import: the report, and the batch status when a job ran. */
    public record Outcome(ImportReport report, BatchStatus batchStatus, String failure) {

        public boolean failed() {
            return batchStatus == BatchStatus.FAILED;
        }
    }

    public Outcome importFile(Path file, FileType forcedType, Integer millesimeOption, double maxRejectShare)
            throws Exception {
        PreparedInput input = preparedInputs.prepare(file, settings.progress(file.getFileName().toString()));
        FileType type = forcedType != null ? forcedType : FileType.detect(input.header());
        if (type == null) {
            preparedInputs.release(input.sha256());
            throw new ImportRequestException("type de fichier non reconnu pour " + input.fileName()
                    + " d'après son en-tête : précisez-le avec --type rpls (ou ops, partenaires).");
        }
        Integer millesime = type == FileType.RPLS ? Integer.valueOf(MillesimeResolver.resolve(millesimeOption,
                input.fileName())) : millesimeOption;
        ImportRegistry.Entry previous;
        try (Connection c = dataSource.getConnection()) {
            ImportRegistry registry = new ImportRegistry();
            if (registry.alreadyLoaded(c, input.sha256())) {
                preparedInputs.release(input.sha256());
                return new Outcome(alreadyImported(input, type, millesime), null, null);
            }
            previous = registry.find(c, input.sha256()).orElse(null);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(SHA256, input.sha256())
                .addString(TYPE, type.code())
                .addLong(MILLESIME, millesime == null ? 0L : millesime.longValue())
                .addLong(ATTEMPT, previous == null ? 0L : (long) previous.completedAttempts())
                .addString(FILE, file.toAbsolutePath().toString(), false)
                .addDouble(MAX_REJECTS, maxRejectShare, false)
                .toJobParameters();
        JobExecution execution = jobRunner.run(importJob, parameters);
        Optional<ImportReport> report = reports.take(input.sha256());
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(ImportService::rootMessage).orElse(null);
        return new Outcome(report.orElse(null), execution.getStatus(), failure);
    }

    private static ImportReport alreadyImported(PreparedInput input, FileType type, Integer millesime) {
        return new ImportReport(input.fileName(), input.sha256(), type, millesime, null, input.encoding().label(),
                ImportStatus.DEJA_IMPORTE, null, 0, 0, 0, List.of(), null, List.of());
    }

    /** The French sentence for a failure (technical detail is left to --debug). */
    static String rootMessage(Throwable t) {
        return fr.dijon.observatoire.store.ErrorText.french(t);
    }
}
