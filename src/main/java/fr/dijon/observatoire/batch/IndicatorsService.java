package fr.dijon.observatoire.batch;

import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Computes and publishes the indicators of a period through the indicators job, unless that period's publication
 * already rests on the same inputs and method. A deliberate recomputation replaces that period's publication
 * alone; the previous version stays in the history.
 */
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

    /** Whether a period is published, and on the current inputs and method. */
    public enum State {
        ABSENT, STALE, UP_TO_DATE
    }

    public State state(YearMonth period) throws Exception {
        IndicatorsRequest request = request(period);
        return request.current().isEmpty() ? State.ABSENT : request.upToDate() ? State.UP_TO_DATE : State.STALE;
    }

    public Outcome compute(YearMonth period) throws Exception {
        return compute(period, false);
    }

    public Outcome compute(YearMonth period, boolean recompute) throws Exception {
        IndicatorsRequest request = request(period);
        if (!recompute && request.upToDate()) {
            return new Outcome(true, BatchStatus.COMPLETED, null);
        }
        JobExecution execution = jobRunner.run(indicatorsJob, request.jobParameters(jobRepository, recompute));
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(ImportService::rootMessage).orElse(null);
        return new Outcome(false, execution.getStatus(), failure);
    }

    private IndicatorsRequest request(YearMonth period) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return IndicatorsRequest.of(c, settings.jobsDir(), period);
        }
    }
}
