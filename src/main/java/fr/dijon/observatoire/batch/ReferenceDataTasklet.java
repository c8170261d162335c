package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import fr.dijon.observatoire.reference.ReferenceDataLoader;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Loads the reference tables whose files changed since the last run (a no-op most of the time). */
@Component
public class ReferenceDataTasklet implements Tasklet {

    private final DataSource dataSource;
    private final ObservatoireSettings settings;

    public ReferenceDataTasklet(DataSource dataSource, ObservatoireSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            new ReferenceDataLoader(settings.referenceDir()).load(c);
            new IndicatorCatalogueLoader(settings.jobsDir()).load(c);
        }
        return RepeatStatus.FINISHED;
    }
}
