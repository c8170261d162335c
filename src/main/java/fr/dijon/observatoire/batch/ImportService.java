package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.PreparedInput;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

/** Imports one file through the import job: detection, idempotence check, launch or restart, report. */
@Service
public class ImportService {

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
        Optional<ImportRequest> request;
        try (Connection c = dataSource.getConnection()) {
            request = ImportRequest.of(c, input, forcedType, millesimeOption, maxRejectShare);
        } catch (RuntimeException e) {
            preparedInputs.release(input.sha256());
            throw e;
        }
        if (request.isEmpty()) {
            preparedInputs.release(input.sha256());
            FileType type = forcedType != null ? forcedType : FileType.detect(input.header());
            return new Outcome(alreadyImported(input, type, millesimeOption), null, null);
        }
        JobExecution execution = jobRunner.run(importJob, request.get().jobParameters());
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
