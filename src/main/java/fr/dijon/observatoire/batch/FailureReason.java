package fr.dijon.observatoire.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps why a job failed, as a French sentence, in its execution context: the in-memory exceptions are lost once
 * the execution is read back from the repository, and a job run as another job's step is read back that way.
 */
@Component
public class FailureReason implements JobExecutionListener {

    /** Job-context key of the French reason of a failed execution. */
    static final String KEY = "motif_echec";

    private final JobRepository repository;

    public FailureReason(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus().isUnsuccessful() && !execution.getAllFailureExceptions().isEmpty()) {
            execution.getExecutionContext().putString(KEY,
                    ImportService.rootMessage(execution.getAllFailureExceptions().get(0)));
            repository.updateExecutionContext(execution);
        }
    }

    /** The reason kept for a failed execution, if any. */
    static String of(JobExecution execution) {
        return execution.getExecutionContext().containsKey(KEY) ? execution.getExecutionContext().getString(KEY) : null;
    }
}
