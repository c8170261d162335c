package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.AnyFileImporter;
import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.store.ParisTime;
import java.time.YearMonth;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Loads one source file with the importer of its type. The importer owns its DuckDB transaction (on its own
 * connection), so the file is loaded wholly or not at all; a refused file ends the step with exit status
 * {@code REFUSE}, a failure leaves the job FAILED and restartable.
 */
@Component
public class ImportFileTasklet implements Tasklet {

    public static final String REFUSED = "REFUSE";

    private final DataSource dataSource;
    private final ObservatoireSettings settings;
    private final PreparedInputs preparedInputs;
    private final ImportReports reports;
    private final LoadCheckpoint checkpoint;

    public ImportFileTasklet(DataSource dataSource, ObservatoireSettings settings, PreparedInputs preparedInputs,
                             ImportReports reports) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.preparedInputs = preparedInputs;
        this.reports = reports;
        this.checkpoint = settings::checkpoint;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobParameters params = chunkContext.getStepContext().getStepExecution().getJobParameters();
        String sha = params.getString(ImportRequest.SHA256);
        FileType type = FileType.fromCode(params.getString(ImportRequest.TYPE));
        int millesime = params.getLong(ImportRequest.MILLESIME).intValue();
        Path file = Path.of(params.getString(ImportRequest.FILE));
        LoadProgress progress = settings.progress(file.getFileName().toString());
        PreparedInput input = preparedInputs.get(sha, file, progress);
        try (Connection c = dataSource.getConnection()) {
            ImportReport report;
            try {
                report = new AnyFileImporter(new AnyFileImporter.Settings(settings.rejectsDir(),
                        params.getDouble(ImportRequest.MAX_REJECTS), YearMonth.now(ParisTime.ZONE), progress, checkpoint,
                        settings.residenceKeys()))
                        .importFile(c, input, type, millesime == 0 ? null : millesime);
            } catch (Exception e) {
                recordFailure(c, input, type, millesime, e);
                throw e;
            }
            reports.put(sha, report);
            contribution.incrementFilterCount(report.rowsRejected());
            contribution.incrementWriteCount(report.rowsLoaded());
            if (report.refused()) {
                contribution.setExitStatus(new ExitStatus(REFUSED, report.reason()));
            }
        } finally {
            preparedInputs.release(sha);
        }
        return RepeatStatus.FINISHED;
    }

    private static void recordFailure(Connection c, PreparedInput input, FileType type, int millesime, Exception e) {
        try {
            c.setAutoCommit(true);
            new ImportRegistry().recordFailure(c, input, type, millesime, String.valueOf(e.getMessage()));
        } catch (SQLException ignored) {
            // The failure itself is reported by the job; its record in import_fichier is best effort.
        }
    }
}
