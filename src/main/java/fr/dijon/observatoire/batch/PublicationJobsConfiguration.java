package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.atlas.AtlasBuilder;
import fr.dijon.observatoire.pack.CilPack;
import fr.dijon.observatoire.publication.PublishedOutputs;
import java.sql.Connection;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The publication jobs of a period, read from the published marts: the atlas (site and PDF) and the CIL pack.
 * Each is one step, identified by the period and its generation time.
 */
@Configuration(proxyBeanMethods = false)
public class PublicationJobsConfiguration {

    public static final String PERIOD = "periode";
    public static final String GENERATED_AT = "genere_le";

    /** What a publication step does with the period and its generation time. */
    @FunctionalInterface
    interface Publication {
        void publish(Connection c, String period, LocalDateTime generatedAt) throws Exception;
    }

    @Bean
    public Job atlasJob(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                        ObservatoireSettings settings, FailureReason failureReason) {
        return job("atlas", repository, tm, dataSource, settings, failureReason, (c, period, at) -> new AtlasBuilder(
                settings.referenceDir(), settings::checkpoint).build(c, period, new PublishedOutputs(settings.outputDir()).atlasDir(), at));
    }

    @Bean
    public Job packJob(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                       ObservatoireSettings settings, FailureReason failureReason) {
        return job("pack-cil", repository, tm, dataSource, settings, failureReason, (c, period, at) -> new CilPack(
                settings.referenceDir()).build(c, period, new PublishedOutputs(settings.outputDir()).packsDir(), at));
    }

    private static Job job(String name, JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                           ObservatoireSettings settings, FailureReason failureReason, Publication publication) {
        String step = name.equals("pack-cil") ? "pack" : name;
        return new JobBuilder(name, repository).listener(failureReason).start(new StepBuilder(step, repository).tasklet((contribution, context) -> {
            var params = context.getStepContext().getStepExecution().getJobParameters();
            settings.failureAt(step);
            try (Connection c = dataSource.getConnection()) {
                publication.publish(c, params.getString(PERIOD), LocalDateTime.parse(params.getString(GENERATED_AT)));
            }
            return RepeatStatus.FINISHED;
        }, tm).build()).build();
    }
}
