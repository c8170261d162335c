package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.atlas.AtlasBuilder;
import java.sql.Connection;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The atlas job: renders the site and the PDF of a period from the published marts. */
@Configuration(proxyBeanMethods = false)
public class AtlasJobConfiguration {

    public static final String JOB_NAME = "atlas";
    public static final String PERIOD = "periode";
    public static final String GENERATED_AT = "genere_le";

    @Bean
    public Job atlasJob(JobRepository repository, Step atlasStep) {
        return new JobBuilder(JOB_NAME, repository).start(atlasStep).build();
    }

    @Bean
    public Step atlasStep(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                          ObservatoireSettings settings) {
        return new StepBuilder("atlas", repository).tasklet((contribution, context) -> {
            var params = context.getStepContext().getStepExecution().getJobParameters();
            settings.failureAt("atlas");
            try (Connection c = dataSource.getConnection()) {
                new AtlasBuilder(settings.referenceDir(), settings.jobsDir()).build(c, params.getString(PERIOD),
                        settings.outputDir().resolve("atlas"), LocalDateTime.parse(params.getString(GENERATED_AT)));
            }
            return RepeatStatus.FINISHED;
        }, tm).build();
    }
}
