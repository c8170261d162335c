package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.run.InboxFile;
import fr.dijon.observatoire.run.MonthlyReport;
import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly run. It reuses the other jobs as steps ({@code JobStep}), so that a file, a computation or an atlas
 * goes through the same rules and records whether it is run alone or monthly:
 * <ol>
 *   <li>{@code referentiel}: the reference tables and the indicator catalogue (the import job's own step);</li>
 *   <li>{@code boite-entree}: every file of the input folder prepared (unzip, encoding, header) and put in import
 *       order by its detected type;</li>
 *   <li>{@code imports}: the import job, file after file;</li>
 *   <li>{@code indicateurs}: the indicators job, unless the period's publication is up to date;</li>
 *   <li>{@code atlas}, {@code pack}: the atlas and CIL pack jobs;</li>
 *   <li>{@code rapport}: the run report.</li>
 * </ol>
 * A failed step is resumed by running the same command again; the steps (and the files) already done are not redone.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

    public static final String JOB_NAME = "mensuel";
    public static final String PERIOD = "periode";
    public static final String INPUT = "entree";
    public static final String INPUT_FINGERPRINT = "empreinte_entree";
    public static final String GENERATED_AT = "genere_le";

    private static final String UP_TO_DATE = "A_JOUR";
    private static final String COMPUTE = "A_CALCULER";

    @Bean
    public Job monthlyJob(JobRepository repository, PlatformTransactionManager tm, JobOperator operator,
                          DataSource dataSource, ObservatoireSettings settings, ImportReports reports,
                          Step referenceDataStep, InboxTasklet inbox, MonthlyFiles files,
                          @Qualifier("importJob") Job importJob, @Qualifier("indicatorsJob") Job indicatorsJob,
                          @Qualifier("atlasJob") Job atlasJob, @Qualifier("packJob") Job packJob) {
        Step importOne = ChildJobSteps.step(InboxImports.WORKER, importJob, repository, operator,
                step -> ImportRequest.of((InboxFile) step.getExecutionContext().get(InboxImports.FILE)).jobParameters(),
                new ImportOutcomeListener(reports, repository, importJob));
        Step indicators = ChildJobSteps.step("indicateurs", indicatorsJob, repository, operator,
                step -> indicatorsParameters(step, dataSource, settings, repository));
        Step atlas = ChildJobSteps.step("atlas", atlasJob, repository, operator, MonthlyJobConfiguration::publication);
        Step pack = ChildJobSteps.step("pack", packJob, repository, operator, MonthlyJobConfiguration::publication);
        JobExecutionDecider upToDate = (job, step) -> isUpToDate(job.getJobParameters(), dataSource, settings);
        return new JobBuilder(JOB_NAME, repository)
                .start(referenceDataStep)
                .next(new StepBuilder("boite-entree", repository).tasklet(inbox, tm).build())
                .next(InboxImports.step("imports", repository, importOne))
                .next(upToDate).on(UP_TO_DATE).to(atlas)
                .from(upToDate).on(COMPUTE).to(indicators)
                .next(atlas)
                .next(pack)
                .next(new StepBuilder("rapport", repository).tasklet((contribution, context) -> {
                    report(context.getStepContext().getStepExecution(), files, dataSource, settings);
                    return RepeatStatus.FINISHED;
                }, tm).build())
                .end()
                .build();
    }

    private static FlowExecutionStatus isUpToDate(JobParameters params, DataSource dataSource,
                                                  ObservatoireSettings settings) {
        try (Connection c = dataSource.getConnection()) {
            boolean upToDate = IndicatorsRequest.of(c, settings.jobsDir(), YearMonth.parse(params.getString(PERIOD)))
                    .upToDate();
            return new FlowExecutionStatus(upToDate ? UP_TO_DATE : COMPUTE);
        } catch (Exception e) {
            throw new IllegalStateException(ImportService.rootMessage(e), e);
        }
    }

    private static JobParameters indicatorsParameters(StepExecution step, DataSource dataSource,
                                                      ObservatoireSettings settings, JobRepository repository) {
        YearMonth period = YearMonth.parse(step.getJobParameters().getString(PERIOD));
        try (Connection c = dataSource.getConnection()) {
            return IndicatorsRequest.of(c, settings.jobsDir(), period).jobParameters(repository, false);
        } catch (Exception e) {
            throw new IllegalStateException(ImportService.rootMessage(e), e);
        }
    }

    /** The atlas and pack jobs of the run's period, generated at the run's time. */
    private static JobParameters publication(StepExecution step) {
        return new JobParametersBuilder()
                .addString(PublicationJobsConfiguration.PERIOD, step.getJobParameters().getString(PERIOD))
                .addString(PublicationJobsConfiguration.GENERATED_AT, step.getJobParameters().getString(GENERATED_AT))
                .toJobParameters();
    }

    private static void report(StepExecution step, MonthlyFiles files, DataSource dataSource,
                               ObservatoireSettings settings) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            new MonthlyReport(YearMonth.parse(step.getJobParameters().getString(PERIOD)),
                    files.outcomes(step.getJobExecution()), files.durations(step.getJobExecution()))
                    .write(c, settings.outputDir().resolve("rapports"), "Rapport produit le "
                            + step.getJobParameters().getString(GENERATED_AT) + " (heure de Paris)");
        }
    }
}
