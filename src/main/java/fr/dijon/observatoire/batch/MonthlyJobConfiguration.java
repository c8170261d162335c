package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.atlas.AtlasBuilder;
import fr.dijon.observatoire.indicators.IndicatorRun;
import fr.dijon.observatoire.ingest.AnyFileImporter;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.InputRefusedException;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.pack.CilPack;
import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import fr.dijon.observatoire.reference.ReferenceDataLoader;
import fr.dijon.observatoire.run.FileOutcome;
import fr.dijon.observatoire.run.InputFolder;
import fr.dijon.observatoire.run.MonthlyReport;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly run, one step per stage: import the new files of the input folder, compute the indicators, render
 * the atlas, build the CIL pack, write the run report. A failed step is resumed by running the same command again;
 * the steps already done are not redone.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

    public static final String JOB_NAME = "mensuel";
    public static final String PERIOD = "periode";
    public static final String INPUT = "entree";
    public static final String INPUT_FINGERPRINT = "empreinte_entree";
    public static final String GENERATED_AT = "genere_le";
    static final String OUTCOMES = "fichiers";

    /** One stage of the run, on its own connection. */
    @FunctionalInterface
    interface Stage {
        void run(Connection c, JobParameters params, ChunkContext context) throws Exception;
    }

    @Bean
    public Job monthlyJob(JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                          ObservatoireSettings settings) {
        return new JobBuilder(JOB_NAME, repository)
                .start(step("imports", repository, tm, dataSource, settings, (c, p, ctx) -> imports(c, p, ctx, settings)))
                .next(step("indicateurs", repository, tm, dataSource, settings, (c, p, ctx) -> indicators(c, p, settings)))
                .next(step("atlas", repository, tm, dataSource, settings, (c, p, ctx) -> new AtlasBuilder(
                        settings.referenceDir(), settings.jobsDir()).build(c, p.getString(PERIOD),
                        settings.outputDir().resolve("atlas"), LocalDateTime.parse(p.getString(GENERATED_AT)))))
                .next(step("pack", repository, tm, dataSource, settings, (c, p, ctx) -> new CilPack(settings.referenceDir())
                        .build(c, p.getString(PERIOD), settings.outputDir().resolve("packs"),
                                LocalDateTime.parse(p.getString(GENERATED_AT)))))
                .next(step("rapport", repository, tm, dataSource, settings, (c, p, ctx) -> report(c, p, ctx, settings)))
                .build();
    }

    private static Step step(String name, JobRepository repository, PlatformTransactionManager tm, DataSource dataSource,
                             ObservatoireSettings settings, Stage stage) {
        return new StepBuilder(name, repository).tasklet((contribution, context) -> {
            settings.failureAt(name);
            try (Connection c = dataSource.getConnection()) {
                stage.run(c, context.getStepContext().getStepExecution().getJobParameters(), context);
            }
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    private static void imports(Connection c, JobParameters params, ChunkContext context, ObservatoireSettings settings)
            throws Exception {
        new ReferenceDataLoader(settings.referenceDir()).load(c);
        new IndicatorCatalogueLoader(settings.jobsDir()).load(c);
        ArrayList<FileOutcome> outcomes = new ArrayList<>();
        AnyFileImporter importer = new AnyFileImporter(new AnyFileImporter.Settings(settings.rejectsDir(), 0.01,
                YearMonth.now(ParisTime.ZONE), settings.progress("entrée"), settings::failureAt, settings.residenceKeys()));
        for (Path file : InputFolder.inImportOrder(InputFolder.files(Path.of(params.getString(INPUT))))) {
            outcomes.add(importOne(c, file, importer, settings));
        }
        jobContext(context).put(OUTCOMES, outcomes);
    }

    private static FileOutcome importOne(Connection c, Path file, AnyFileImporter importer, ObservatoireSettings settings) {
        String name = file.getFileName().toString();
        PreparedInput input = null;
        try {
            input = new InputPreparer(settings.workDir(), settings.progress(name)).prepare(file);
            ImportReport r = importer.importFile(c, input, null, null);
            return new FileOutcome(name, r.type().code(), r.status().label(), r.reason(), r.rowsRead(), r.rowsLoaded(),
                    r.rowsRejected(), r.rejectsFile() == null ? null : r.rejectsFile().toString(), List.copyOf(r.notes()));
        } catch (InputRefusedException e) {
            return new FileOutcome(name, "inconnu", "refusé", e.getMessage(), 0, 0, 0, null, List.of());
        } catch (Exception e) {
            if (input != null) {
                try {
                    c.setAutoCommit(true);
                    new ImportRegistry().recordFailure(c, input, fr.dijon.observatoire.ingest.FileType.RPLS, null,
                            ImportService.rootMessage(e));
                } catch (Exception ignored) {
                    // The failure is in the report; its record in import_fichier is best effort.
                }
            }
            return new FileOutcome(name, "inconnu", "échec", ImportService.rootMessage(e), 0, 0, 0, null, List.of());
        } finally {
            if (input != null && !input.csv().equals(input.source())) {
                try {
                    Files.deleteIfExists(input.csv());
                } catch (java.io.IOException ignored) {
                    // a temporary copy left in output/tmp is harmless
                }
            }
        }
    }

    private static void indicators(Connection c, JobParameters params, ObservatoireSettings settings) throws Exception {
        IndicatorRun run = new IndicatorRun(settings.jobsDir(), YearMonth.parse(params.getString(PERIOD)));
        run.parameters(c);
        run.models(c);
        run.secrecy(c);
        run.marts(c);
        List<String> failures = run.checks(c);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("contrôles des indicateurs en échec : " + String.join(" ; ", failures));
        }
    }

    @SuppressWarnings("unchecked")
    private static void report(Connection c, JobParameters params, ChunkContext context, ObservatoireSettings settings)
            throws Exception {
        JobExecution job = context.getStepContext().getStepExecution().getJobExecution();
        List<FileOutcome> outcomes = (List<FileOutcome>) jobContext(context).get(OUTCOMES);
        Map<String, Long> durations = new LinkedHashMap<>();
        for (StepExecution step : job.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                durations.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toMillis());
            }
        }
        new MonthlyReport(YearMonth.parse(params.getString(PERIOD)), outcomes == null ? List.of() : outcomes, durations)
                .write(c, settings.outputDir().resolve("rapports"), "Rapport produit le " + params.getString(GENERATED_AT)
                        + " (heure de Paris)");
    }

    private static ExecutionContext jobContext(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
