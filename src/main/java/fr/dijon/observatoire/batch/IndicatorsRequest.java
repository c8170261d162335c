package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationInputs;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;

/**
 * What the indicators job is asked for a period: the period and the fingerprint of its current inputs and method.
 * The {@code indicateurs} command and the monthly run decide the same way whether the period's publication is up to
 * date (« déjà à jour » means: published with the same fingerprint) and how the job instance is named.
 */
record IndicatorsRequest(YearMonth period, String fingerprint, Optional<Publication> current) {

    static IndicatorsRequest of(Connection c, Path jobsDir, YearMonth period) throws Exception {
        return new IndicatorsRequest(period, PublicationInputs.of(c, jobsDir, period).fingerprint(),
                new PublicationStore().current(c, period.toString()));
    }

    /** The period is published, with the same inputs and method. */
    boolean upToDate() {
        return current.isPresent() && current.get().fingerprint().equals(fingerprint);
    }

    /**
     * The job's parameters. A deliberate recomputation, or one whose instance completed already (its publication
     * since replaced or removed), is a new instance; otherwise a failed run of the same inputs is resumed.
     */
    JobParameters jobParameters(JobRepository repository, boolean recompute) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(IndicatorsJobConfiguration.PERIOD, period.toString())
                .addString(IndicatorsJobConfiguration.FINGERPRINT, fingerprint);
        JobExecution last = repository.getLastJobExecution(IndicatorsJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        if (recompute || (last != null && last.getStatus() == BatchStatus.COMPLETED)) {
            parameters.addString(IndicatorsJobConfiguration.RECOMPUTATION, ParisTime.now().toString());
        }
        return parameters.toJobParameters();
    }
}
