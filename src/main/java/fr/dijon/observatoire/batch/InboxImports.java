package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.run.InboxFile;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The monthly run's imports: the import job once per file of the input folder that is to be imported, one file
 * after the other in import order (RPLS, then OPS, then partner counts), each file a partition « import:NNN » of the
 * step. A file refused by its importer is an outcome, not a failure; a failed import stops the step at that file,
 * and running the same command again restarts that file's import job, the files already done staying done.
 */
final class InboxImports {

    /** Partition-context key of the file ({@link InboxFile}). */
    static final String FILE = "fichier_entree";
    /** The worker step's name, prefix of the partitions' names. */
    static final String WORKER = "import";

    private InboxImports() {
    }

    static Step step(String name, JobRepository repository, Step worker) {
        return new StepBuilder(name, repository)
                .partitioner(worker)
                .splitter(new FilesToImport(repository))
                .partitionHandler(new OneAfterAnother(worker, repository))
                .aggregator(InboxImports::aggregate)
                .build();
    }

    /** The partition's name of the n-th file of the folder (in import order, from 1). */
    static String partition(int position) {
        return String.format("%03d", position);
    }

    /** One partition per file to import, named by its position in import order. */
    private static final class FilesToImport implements StepExecutionSplitter {

        private final JobRepository repository;

        FilesToImport(JobRepository repository) {
            this.repository = repository;
        }

        @Override
        public String getStepName() {
            return WORKER;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
            List<InboxFile> files = (List<InboxFile>) manager.getJobExecution().getExecutionContext()
                    .get(InboxTasklet.FILES);
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).toImport()) {
                    ExecutionContext context = new ExecutionContext();
                    context.put(FILE, files.get(i));
                    partitions.put(partition(i + 1), context);
                }
            }
            return new SimpleStepExecutionSplitter(repository, WORKER, grid -> partitions).split(manager, gridSize);
        }
    }

    /**
     * Runs the partitions in name order, one at a time, and stops at the first that fails: the files after it are
     * marked failed without being run (not left « starting », which would look like a run still going), so that the
     * same command runs them after the failed one.
     */
    private record OneAfterAnother(Step worker, JobRepository repository) implements PartitionHandler {

        @Override
        public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
            List<StepExecution> files = splitter.split(manager, 1).stream()
                    .sorted(Comparator.comparing(StepExecution::getStepName)).toList();
            boolean failed = false;
            for (StepExecution file : files) {
                if (failed) {
                    file.setStatus(BatchStatus.FAILED);
                    file.setExitStatus(new ExitStatus(NOT_RUN, "non importé : un import précédent a échoué"));
                    file.setEndTime(java.time.LocalDateTime.now());
                    repository.update(file);
                    continue;
                }
                worker.execute(file);
                failed = file.getStatus().isUnsuccessful();
            }
            return files;
        }
    }

    /** The exit code of a file not run because an earlier file's import failed. */
    static final String NOT_RUN = "NON_EXECUTE";

    /** The step succeeds when every file's import job completed (a refused file is a completed import). */
    private static void aggregate(StepExecution manager, Collection<StepExecution> files) {
        BatchStatus status = files.stream().map(StepExecution::getStatus).reduce(BatchStatus.COMPLETED, BatchStatus::max);
        manager.setStatus(status);
        manager.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.FAILED);
    }
}
