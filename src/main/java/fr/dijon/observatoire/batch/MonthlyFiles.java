package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.run.FileOutcome;
import fr.dijon.observatoire.run.InboxFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * What a monthly run did, read back from the job repository: each file of the input folder with its outcome (from
 * the input folder's step, or from its import's partition, whichever execution of the run did it), the first
 * failure in French, and the duration of each step.
 */
@Component
public class MonthlyFiles {

    private final JobRepository repository;

    public MonthlyFiles(JobRepository repository) {
        this.repository = repository;
    }

    /** Every file of the input folder, in import order, with what happened to it so far. */
    @SuppressWarnings("unchecked")
    public List<FileOutcome> outcomes(JobExecution execution) {
        List<InboxFile> files = (List<InboxFile>) execution.getExecutionContext().get(InboxTasklet.FILES);
        List<FileOutcome> outcomes = new ArrayList<>();
        if (files == null) {
            return outcomes;
        }
        for (int i = 0; i < files.size(); i++) {
            InboxFile file = files.get(i);
            if (!file.toImport()) {
                outcomes.add(file.outcome());
                continue;
            }
            StepExecution partition = repository.getLastStepExecution(execution.getJobInstance(),
                    InboxImports.WORKER + ":" + InboxImports.partition(i + 1));
            Object outcome = partition == null ? null : partition.getExecutionContext().get(ImportOutcomeListener.OUTCOME);
            outcomes.add(outcome instanceof FileOutcome o ? o : new FileOutcome(file.name(), file.type(), false,
                    "non importé", "l'import de ce fichier n'a pas eu lieu : un import précédent a échoué.", 0, 0, 0,
                    null, List.of()));
        }
        return outcomes;
    }

    /**
     * Why the run failed, in French: the failed file's import (naming the file and its type), else the failed
     * step's child job, else the first failure of the run.
     */
    public String failure(JobExecution execution) {
        for (FileOutcome f : outcomes(execution)) {
            if ("échec".equals(f.status())) {
                return "import de " + f.file() + " (" + f.typeLabel() + ") : " + f.reason();
            }
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isUnsuccessful() && step.getExecutionContext().containsKey(ChildJobSteps.FAILURE)) {
                return step.getStepName() + " : " + step.getExecutionContext().getString(ChildJobSteps.FAILURE);
            }
        }
        return execution.getAllFailureExceptions().stream().findFirst().map(ImportService::rootMessage).orElse(null);
    }

    /** The duration of each step of this execution, in milliseconds (a file's import counts in « imports »). */
    public Map<String, Long> durations(JobExecution execution) {
        Map<String, Long> durations = new LinkedHashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().contains(":") && step.getStartTime() != null && step.getEndTime() != null) {
                durations.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toMillis());
            }
        }
        return durations;
    }
}
