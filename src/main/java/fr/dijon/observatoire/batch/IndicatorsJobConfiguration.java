package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.indicators.IndicatorRun;
import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The indicators job for one period: parameters, models (staging and intermediate), secrecy, marts, checks, then
 * the publication, which appears at once. Identified by the period and a fingerprint of its inputs and method,
 * without incrementer: a failed run is resumed at the failed step by the same command.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorsJobConfiguration {

    public static final String JOB_NAME = "indicateurs";
    public static final String PERIOD = "periode";
    public static final String FINGERPRINT = "empreinte";
    /** Set to a timestamp by a deliberate recomputation (--recalculer), so that it is a new job instance. */
    public static final String RECOMPUTATION = "recalcul";

    @Bean
    public Job indicatorsJob(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                             ObservatoireSettings settings, FailureReason failureReason) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(failureReason)
                .start(step(IndicatorRun.Stage.PARAMETRES, repository, tm, dataSource, settings))
                .next(step(IndicatorRun.Stage.MODELES, repository, tm, dataSource, settings))
                .next(step(IndicatorRun.Stage.SECRET, repository, tm, dataSource, settings))
                .next(step(IndicatorRun.Stage.MARTS, repository, tm, dataSource, settings))
                .next(step(IndicatorRun.Stage.CONTROLES, repository, tm, dataSource, settings))
                .next(step(IndicatorRun.Stage.PUBLICATION, repository, tm, dataSource, settings))
                .build();
    }

    private static Step step(IndicatorRun.Stage stage, JobRepository repository, PlatformTransactionManager tm,
                             DataSource dataSource, ObservatoireSettings settings) {
        String name = stage.name().toLowerCase(java.util.Locale.ROOT);
        Tasklet tasklet = (contribution, context) -> {
            JobParameters params = context.getStepContext().getStepExecution().getJobParameters();
            IndicatorRun run = new IndicatorRun(settings.jobsDir(), YearMonth.parse(params.getString(PERIOD)),
                    params.getString(FINGERPRINT), settings::checkpoint);
            try (Connection c = dataSource.getConnection()) {
                run.run(c, stage);
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repository).tasklet(tasklet, tm).build();
    }
}
