package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.indicators.IndicatorRun;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The indicators job for one period: parameters, models (staging and intermediate), secrecy, marts, checks.
 * Identified by the period and a fingerprint of its inputs and method, without incrementer: a failed run is
 * resumed at the failed step by the same command.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorsJobConfiguration {

    public static final String JOB_NAME = "indicateurs";
    public static final String PERIOD = "periode";
    public static final String FINGERPRINT = "empreinte";

    /** One step of an indicator run, on its own connection. */
    @FunctionalInterface
    interface RunStep {
        void apply(IndicatorRun run, Connection c) throws Exception;
    }

    @Bean
    public Job indicatorsJob(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                             ObservatoireSettings settings) {
        return new JobBuilder(JOB_NAME, repository)
                .start(step("parametres", repository, tm, dataSource, settings, IndicatorRun::parameters))
                .next(step("modeles", repository, tm, dataSource, settings, IndicatorRun::models))
                .next(step("secret", repository, tm, dataSource, settings, (run, c) -> run.secrecy(c)))
                .next(step("marts", repository, tm, dataSource, settings, IndicatorRun::marts))
                .next(step("controles", repository, tm, dataSource, settings, IndicatorsJobConfiguration::check))
                .build();
    }

    private static void check(IndicatorRun run, Connection c) throws Exception {
        List<String> failures = run.checks(c);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("contrôles des indicateurs en échec :\n  - " + String.join("\n  - ", failures));
        }
    }

    private static Step step(String name, JobRepository repository, PlatformTransactionManager tm,
                             DataSource dataSource, ObservatoireSettings settings, RunStep action) {
        Tasklet tasklet = (contribution, context) -> {
            String period = context.getStepContext().getStepExecution().getJobParameters().getString(PERIOD);
            IndicatorRun run = new IndicatorRun(settings.jobsDir(), YearMonth.parse(period));
            try (Connection c = dataSource.getConnection()) {
                settings.failureAt("indicateurs-" + name);
                action.apply(run, c);
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repository).tasklet(tasklet, tm).build();
    }
}
