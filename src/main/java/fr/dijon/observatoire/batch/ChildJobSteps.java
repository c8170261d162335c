package fr.dijon.observatoire.batch;

import java.util.function.Function;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * Steps that run another job (Spring Batch {@code JobStep}), so that a job reuses the others with their own rules
 * and records. The child job's parameters come from the step execution and are kept in the step's context (a
 * restarted step restarts the same child instance); when the child fails, its French reason ({@link FailureReason})
 * is kept there too.
 */
final class ChildJobSteps {

    /** Step-context key of the child job's parameters. */
    static final String PARAMETERS = "parametres_job";
    /** Step-context key of the child job's failure, in French. */
    static final String FAILURE = "echec";

    private ChildJobSteps() {
    }

    static Step step(String name, Job job, JobRepository repository, JobOperator operator,
                     Function<StepExecution, JobParameters> parameters, StepExecutionListener... listeners) {
        StepBuilder builder = new StepBuilder(name, repository);
        for (StepExecutionListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (step.getStatus().isUnsuccessful()) {
                            step.getExecutionContext().putString(FAILURE, failure(repository, job, step));
                        }
                        return null;
                    }
                })
                .job(job)
                .operator(operator)
                .parametersExtractor((j, step) -> {
                    JobParameters p = parameters.apply(step);
                    step.getExecutionContext().put(PARAMETERS, p);
                    return p;
                })
                .build();
    }

    /** Why the child job of a failed step failed, in French: the child's first failure, else the step's. */
    static String failure(JobRepository repository, Job job, StepExecution step) {
        Object parameters = step.getExecutionContext().get(PARAMETERS);
        JobExecution child = parameters instanceof JobParameters p ? repository.getLastJobExecution(job.getName(), p) : null;
        String reason = child == null ? null : FailureReason.of(child);
        return reason != null ? reason : step.getFailureExceptions().stream().findFirst()
                .map(ImportService::rootMessage).orElse("erreur inconnue");
    }
}
