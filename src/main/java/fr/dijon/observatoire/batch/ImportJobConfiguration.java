package fr.dijon.observatoire.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job: refresh the reference tables, then load one source file all or nothing. Identified by the
 * file's sha256, type, millésime and refused-attempt number, without incrementer, so that a failed import is
 * restarted by running the same command again.
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {

    public static final String JOB_NAME = "import";

    @Bean
    public Job importJob(JobRepository jobRepository, Step referenceDataStep, Step loadFileStep,
                         FailureReason failureReason) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(failureReason)
                .start(referenceDataStep)
                .next(loadFileStep)
                .build();
    }

    @Bean
    public Step referenceDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  ReferenceDataTasklet tasklet) {
        return new StepBuilder("referentiel", jobRepository)
                .tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    public Step loadFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ImportFileTasklet tasklet) {
        return new StepBuilder("chargement", jobRepository)
                .tasklet(tasklet, transactionManager)
                .build();
    }
}
