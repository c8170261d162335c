package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.indicators.InputFingerprint;
import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** Computes the indicators of a period through the indicators job, unless they are already up to date. */
@Service
public class IndicatorsService {

    private final DataSource dataSource;
    private final JobRunner jobRunner;
    private final JobRepository jobRepository;
    private final Job indicatorsJob;
    private final ObservatoireSettings settings;

    public IndicatorsService(DataSource dataSource, JobRunner jobRunner, JobRepository jobRepository,
                             Job indicatorsJob, ObservatoireSettings settings) {
        this.dataSource = dataSource;
        this.jobRunner = jobRunner;
        this.jobRepository = jobRepository;
        this.indicatorsJob = indicatorsJob;
        this.settings = settings;
    }

    /** The outcome: up to date already, completed now, or failed with its reason. */
    public record Outcome(boolean alreadyUpToDate, BatchStatus status, String failure) {
    }

    public Outcome compute(YearMonth period) throws Exception {
        String fingerprint;
        try (Connection c = dataSource.getConnection()) {
            fingerprint = InputFingerprint.of(c, settings.jobsDir());
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(IndicatorsJobConfiguration.PERIOD, period.toString())
                .addString(IndicatorsJobConfiguration.FINGERPRINT, fingerprint)
                .toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(IndicatorsJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(true, BatchStatus.COMPLETED, null);
        }
        JobExecution execution = jobRunner.run(indicatorsJob, parameters);
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(ImportService::rootMessage).orElse(null);
        return new Outcome(false, execution.getStatus(), failure);
    }
}
