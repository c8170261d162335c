package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.pack.CilPack;
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

/** The CIL pack job: the zip of CSV tables, dictionary, metadata, PDF summary and read-me of a period. */
@Configuration(proxyBeanMethods = false)
public class PackJobConfiguration {

    public static final String JOB_NAME = "pack-cil";

    @Bean
    public Job packJob(JobRepository repository, Step packStep) {
        return new JobBuilder(JOB_NAME, repository).start(packStep).build();
    }

    @Bean
    public Step packStep(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                         ObservatoireSettings settings) {
        return new StepBuilder("pack", repository).tasklet((contribution, context) -> {
            var params = context.getStepContext().getStepExecution().getJobParameters();
            settings.failureAt("pack");
            try (Connection c = dataSource.getConnection()) {
                new CilPack(settings.referenceDir()).build(c, params.getString(AtlasJobConfiguration.PERIOD),
                        settings.outputDir().resolve("packs"),
                        LocalDateTime.parse(params.getString(AtlasJobConfiguration.GENERATED_AT)));
            }
            return RepeatStatus.FINISHED;
        }, tm).build();
    }
}
