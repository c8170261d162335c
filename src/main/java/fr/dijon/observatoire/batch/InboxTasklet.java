package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRequestException;
import fr.dijon.observatoire.ingest.InputRefusedException;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.run.InboxFile;
import fr.dijon.observatoire.run.InputFolder;
import fr.dijon.observatoire.run.TypeHint;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The first step of the monthly run: prepares every file of the input folder (unzip, encoding, header, sha256) the
 * way the import command does, decides what the import job will be asked (type, millésime, attempt), and puts the
 * files in import order into the job's context. A file already loaded, the same content twice, or a file that cannot
 * be read is settled here, with its real type (or the one its name suggests) and its reason.
 */
@Component
public class InboxTasklet implements Tasklet {

    /** The job-context key of the prepared files, in import order. */
    public static final String FILES = "boite_entree";

    private final DataSource dataSource;
    private final PreparedInputs preparedInputs;
    private final ObservatoireSettings settings;

    public InboxTasklet(DataSource dataSource, PreparedInputs preparedInputs, ObservatoireSettings settings) {
        this.dataSource = dataSource;
        this.preparedInputs = preparedInputs;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Path folder = Path.of(context.getStepContext().getStepExecution().getJobParameters()
                .getString(MonthlyJobConfiguration.INPUT));
        List<InboxFile> files = new ArrayList<>();
        Map<String, InboxFile> seen = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (Path file : InputFolder.files(folder)) {
                InboxFile prepared = prepare(c, file, seen);
                if (prepared.sha256() != null) {
                    seen.putIfAbsent(prepared.sha256(), prepared);
                }
                files.add(prepared);
            }
        }
        ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.put(FILES, new ArrayList<>(InputFolder.inImportOrder(files)));
        return RepeatStatus.FINISHED;
    }

    private InboxFile prepare(Connection c, Path file, Map<String, InboxFile> seen) throws Exception {
        String name = fr.dijon.observatoire.ingest.FileNames.display(file);
        PreparedInput input;
        try {
            input = preparedInputs.prepare(file, settings.progress(name));
        } catch (InputRefusedException | IOException e) {
            TypeHint.Hint hint = TypeHint.of(file);
            return new InboxFile(name, file.toString(), null, hint.type() == null ? null : hint.type().code(),
                    hint.fromName(), null, 0, InboxFile.REFUSED,
                    e instanceof InputRefusedException ? e.getMessage() : ImportService.rootMessage(e));
        }
        FileType detected = FileType.detect(input.header());
        String type = detected == null ? null : detected.code();
        InboxFile twin = seen.get(input.sha256());
        if (twin != null) {
            if (!twin.toImport()) {
                preparedInputs.release(input.sha256());
            }
            return new InboxFile(name, file.toString(), input.sha256(), type, false, null, 0, InboxFile.ALREADY_IMPORTED,
                    "même contenu que " + twin.name() + " (même empreinte sha256) : traité une seule fois.");
        }
        Optional<ImportRequest> request;
        try {
            request = ImportRequest.of(c, input, null, null, RejectThreshold.DEFAULT_SHARE);
        } catch (ImportRequestException e) {
            return settled(name, input, type, InboxFile.REFUSED, e.getMessage());
        }
        if (request.isEmpty()) {
            return settled(name, input, type, InboxFile.ALREADY_IMPORTED, "déjà importé (empreinte "
                    + input.sha256().substring(0, 12) + "…), rien n'a changé.");
        }
        ImportRequest r = request.get();
        return new InboxFile(name, r.file(), r.sha256(), type, false, r.millesime(), r.attempt(), InboxFile.TO_IMPORT,
                null);
    }

    private InboxFile settled(String name, PreparedInput input, String type, String status, String reason)
            throws IOException {
        preparedInputs.release(input.sha256());
        return new InboxFile(name, input.source().toString(), input.sha256(), type, false, null, 0, status,
                reason);
    }
}
