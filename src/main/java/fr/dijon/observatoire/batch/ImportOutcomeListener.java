package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.run.FileOutcome;
import fr.dijon.observatoire.run.InboxFile;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * After the import job of one file of the monthly run: keeps what happened to the file in its partition's context,
 * for the report: the import job's report (loaded or refused, with counts and rejects), or its failure with the
 * file's real type and the reason.
 */
final class ImportOutcomeListener implements StepExecutionListener {

    /** Partition-context key of the file's {@link FileOutcome}. */
    static final String OUTCOME = "resultat";

    private final ImportReports reports;
    private final JobRepository repository;
    private final Job importJob;

    ImportOutcomeListener(ImportReports reports, JobRepository repository, Job importJob) {
        this.reports = reports;
        this.repository = repository;
        this.importJob = importJob;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        InboxFile file = (InboxFile) step.getExecutionContext().get(InboxImports.FILE);
        ImportReport r = reports.take(file.sha256()).orElse(null);
        FileOutcome outcome;
        if (step.getStatus().isUnsuccessful() || r == null) {
            String reason = step.getStatus().isUnsuccessful() ? ChildJobSteps.failure(repository, importJob, step)
                    : "le bilan de l'import est introuvable : voyez « ./observatoire statut »";
            outcome = new FileOutcome(file.name(), file.type(), false, "échec", reason, 0, 0, 0, null, List.of());
        } else {
            outcome = new FileOutcome(file.name(), r.type().code(), false, r.status().label(), r.reason(), r.rowsRead(),
                    r.rowsLoaded(), r.rowsRejected(), r.rejectsFile() == null ? null : r.rejectsFile().toString(),
                    List.copyOf(r.notes()));
        }
        step.getExecutionContext().put(OUTCOME, outcome);
        return null;
    }
}
