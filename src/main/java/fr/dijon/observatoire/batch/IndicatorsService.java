package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationInputs;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.store.ParisTime;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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
    private final PublicationStore publications = new PublicationStore();

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
        try (Connection c = dataSource.getConnection()) {
            Optional<Publication> current = publications.current(c, period.toString());
            if (current.isEmpty()) {
                return State.ABSENT;
            }
            String fingerprint = PublicationInputs.of(c, settings.jobsDir(), period).fingerprint();
            return current.get().fingerprint().equals(fingerprint) ? State.UP_TO_DATE : State.STALE;
        }
    }

    public Outcome compute(YearMonth period) throws Exception {
        return compute(period, false);
    }

    public Outcome compute(YearMonth period, boolean recompute) throws Exception {
        String fingerprint;
        Optional<Publication> current;
        try (Connection c = dataSource.getConnection()) {
            fingerprint = PublicationInputs.of(c, settings.jobsDir(), period).fingerprint();
            current = publications.current(c, period.toString());
        }
        if (!recompute && current.isPresent() && current.get().fingerprint().equals(fingerprint)) {
            return new Outcome(true, BatchStatus.COMPLETED, null);
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(IndicatorsJobConfiguration.PERIOD, period.toString())
                .addString(IndicatorsJobConfiguration.FINGERPRINT, fingerprint);
        JobExecution last = jobRepository.getLastJobExecution(IndicatorsJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        if (recompute || (last != null && last.getStatus() == BatchStatus.COMPLETED)) {
            // A completed instance whose publication was since replaced or removed: a new instance computes it again.
            parameters.addString(IndicatorsJobConfiguration.RECOMPUTATION, ParisTime.now().toString());
        }
        JobParameters params = parameters.toJobParameters();
        JobExecution execution = jobRunner.run(indicatorsJob, params);
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(ImportService::rootMessage).orElse(null);
        return new Outcome(false, execution.getStatus(), failure);
    }
}
