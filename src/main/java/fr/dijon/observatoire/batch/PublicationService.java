package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.publication.PublishedOutputs;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Renders a period's publication: the atlas or the CIL pack. A period already published is rendered as it was
 * published, with the parameters and inputs stored with it, even if jobs/ or the inputs changed since (the
 * outcome then carries a note saying how to recompute it); a period never computed is computed first.
 */
@Service
public class PublicationService {

    private final IndicatorsService indicators;
    private final JobRunner jobRunner;
    private final Job atlasJob;
    private final Job packJob;
    private final ObservatoireSettings settings;

    public PublicationService(IndicatorsService indicators, JobRunner jobRunner, @Qualifier("atlasJob") Job atlasJob,
                              @Qualifier("packJob") Job packJob, ObservatoireSettings settings) {
        this.indicators = indicators;
        this.jobRunner = jobRunner;
        this.atlasJob = atlasJob;
        this.packJob = packJob;
        this.settings = settings;
    }

    /** The outcome: the published file when it succeeded, else the reason; a note when the publication is stale. */
    public record Outcome(Path path, String failure, String note) {
    }

    public Outcome atlas(YearMonth period) throws Exception {
        return publish(atlasJob, period, new PublishedOutputs(settings.outputDir()).atlasIndex(period.toString()));
    }

    public Outcome pack(YearMonth period) throws Exception {
        return publish(packJob, period, new PublishedOutputs(settings.outputDir()).pack(period.toString()));
    }

    private Outcome publish(Job job, YearMonth period, Path result) throws Exception {
        IndicatorsService.State state = indicators.state(period);
        String note = null;
        if (state == IndicatorsService.State.ABSENT) {
            IndicatorsService.Outcome computed = indicators.compute(period);
            if (computed.status() != BatchStatus.COMPLETED) {
                return new Outcome(null, "indicateurs : " + computed.failure(), null);
            }
        } else if (state == IndicatorsService.State.STALE) {
            note = "la publication de " + period + " repose sur des fichiers ou une méthode qui ont changé depuis son "
                    + "calcul ; elle est produite telle qu'elle a été publiée. Pour la mettre à jour : "
                    + "./observatoire indicateurs --periode " + period + " --recalculer";
        }
        JobExecution execution = jobRunner.run(job, new JobParametersBuilder()
                .addString(PublicationJobsConfiguration.PERIOD, period.toString())
                .addString(PublicationJobsConfiguration.GENERATED_AT, ParisTime.now().withNano(0).toString())
                .toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Outcome(null, execution.getAllFailureExceptions().stream().findFirst()
                    .map(ImportService::rootMessage).orElse("erreur inconnue"), null);
        }
        return new Outcome(result, null, note);
    }
}
