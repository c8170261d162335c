package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.run.FileOutcome;
import fr.dijon.observatoire.run.InputFolder;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs the monthly job for a period and an input folder. The period, the folder and the folder's fingerprint
 * identify the run: the same command resumes a failed run at its failed step; new files give a new run.
 */
@Service
public class MonthlyService {

    private final JobRunner jobRunner;
    private final JobRepository jobRepository;
    private final Job monthlyJob;
    private final MonthlyFiles files;

    public MonthlyService(JobRunner jobRunner, JobRepository jobRepository, @Qualifier("monthlyJob") Job monthlyJob,
                          MonthlyFiles files) {
        this.jobRunner = jobRunner;
        this.jobRepository = jobRepository;
        this.monthlyJob = monthlyJob;
        this.files = files;
    }

    /** The outcome: done already, or the batch status with the files and the failure if any. */
    public record Outcome(boolean alreadyDone, BatchStatus status, List<FileOutcome> files, String failure) {
    }

    public Outcome run(YearMonth period, Path input) throws Exception {
        String fingerprint = InputFolder.fingerprint(input);
        JobParameters identifying = new JobParametersBuilder()
                .addString(MonthlyJobConfiguration.PERIOD, period.toString())
                .addString(MonthlyJobConfiguration.INPUT, input.toAbsolutePath().normalize().toString())
                .addString(MonthlyJobConfiguration.INPUT_FINGERPRINT, fingerprint)
                .toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(MonthlyJobConfiguration.JOB_NAME, identifying);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(true, BatchStatus.COMPLETED, List.of(), null);
        }
        JobParameters parameters = new JobParametersBuilder(identifying)
                .addString(MonthlyJobConfiguration.GENERATED_AT, ParisTime.now().withNano(0).toString(), false)
                .toJobParameters();
        JobExecution execution = jobRunner.run(monthlyJob, parameters);
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null : files.failure(execution);
        return new Outcome(false, execution.getStatus(), files.outcomes(execution), failure);
    }
}
