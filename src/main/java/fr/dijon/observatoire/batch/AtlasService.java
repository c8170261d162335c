package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

/** Renders the atlas of a period, computing its indicators first when they are not up to date. */
@Service
public class AtlasService {

    private final IndicatorsService indicators;
    private final JobRunner jobRunner;
    private final Job atlasJob;
    private final ObservatoireSettings settings;

    public AtlasService(IndicatorsService indicators, JobRunner jobRunner, Job atlasJob, ObservatoireSettings settings) {
        this.indicators = indicators;
        this.jobRunner = jobRunner;
        this.atlasJob = atlasJob;
        this.settings = settings;
    }

    /** The outcome: the index page when it succeeded, else the reason. */
    public record Outcome(Path index, String failure) {
    }

    public Outcome build(YearMonth period) throws Exception {
        IndicatorsService.Outcome computed = indicators.compute(period);
        if (computed.status() != BatchStatus.COMPLETED) {
            return new Outcome(null, "indicateurs : " + computed.failure());
        }
        JobExecution execution = jobRunner.run(atlasJob, new JobParametersBuilder()
                .addString(AtlasJobConfiguration.PERIOD, period.toString())
                .addString(AtlasJobConfiguration.GENERATED_AT, ParisTime.now().withNano(0).toString())
                .toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Outcome(null, execution.getAllFailureExceptions().stream().findFirst()
                    .map(ImportService::rootMessage).orElse("erreur inconnue"));
        }
        return new Outcome(settings.outputDir().resolve("atlas").resolve(period.toString()).resolve("index.html"), null);
    }
}
