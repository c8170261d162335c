package fr.dijon.observatoire.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts jobs. An execution still marked as running can only be left over from a process that died (DuckDB lets
 * one process hold the file), so every such execution, of any job (a job run as another's step included), is first
 * marked as failed: the same command then restarts it.
 */
@Component
public class JobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    public JobExecution run(Job job, JobParameters parameters) throws Exception {
        for (String name : jobRepository.getJobNames()) {
            for (JobExecution stale : jobRepository.findRunningJobExecutions(name)) {
                jobOperator.recover(stale);
            }
        }
        return jobOperator.start(job, parameters);
    }
}
