package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.ConsoleProgress;
import fr.dijon.observatoire.ingest.LoadProgress;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The folders and switches the commands pass to the jobs. */
@Component
public class ObservatoireSettings {

    private final Path outputDir;
    private final Path referenceDir;
    private final Path jobsDir;
    private final String failurePoint;
    private final boolean showProgress;

    public ObservatoireSettings(@Value("${observatoire.sortie:output}") String outputDir,
                                @Value("${observatoire.referentiel:reference-data}") String referenceDir,
                                @Value("${observatoire.jobs:jobs}") String jobsDir,
                                @Value("${observatoire.panne:}") String failurePoint,
                                @Value("${observatoire.progression:true}") boolean showProgress,
                                @Value("${observatoire.pause:}") String pausePoint) {
        this.outputDir = Path.of(outputDir);
        this.referenceDir = Path.of(referenceDir);
        this.jobsDir = Path.of(jobsDir);
        this.failurePoint = failurePoint;
        this.showProgress = showProgress;
        this.pausePoint = pausePoint;
    }

    private final String pausePoint;

    /**
     * A named point of a job: fails there when it is the injected failure point, or, when it is the pause point
     * ({@code observatoire.pause}), says so on stderr and waits to be killed (tests that SIGKILL a run at a
     * precise point). Does nothing otherwise.
     */
    public void checkpoint(String point) {
        failureAt(point);
        if (point.equals(pausePoint)) {
            System.err.println("pause au point « " + point + " »");
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Fails here when this is the injected failure point (tests of restart); does nothing otherwise. */
    public void failureAt(String point) {
        if (point.equals(failurePoint) && injected.add(point)) {
            throw new IllegalStateException("panne injectée au point « " + point + " »");
        }
    }

    private final java.util.Set<String> injected = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Progress of a long load on stderr, or nothing when progress display is off (tests). */
    public LoadProgress progress(String fileName) {
        return showProgress ? new ConsoleProgress(System.err, fileName) : LoadProgress.NONE;
    }

    public Path outputDir() {
        return outputDir;
    }

    public Path rejectsDir() {
        return outputDir.resolve("rejets");
    }

    public Path workDir() {
        return outputDir.resolve("tmp");
    }

    public Path referenceDir() {
        return referenceDir;
    }

    public Path jobsDir() {
        return jobsDir;
    }

    /** How the RPLS import groups dwellings into residences (jobs/parametres.yml, section « residences »). */
    public fr.dijon.observatoire.ingest.rpls.ResidenceKeySettings residenceKeys() throws java.io.IOException {
        return fr.dijon.observatoire.indicators.MethodParameters.load(jobsDir).residences().keySettings();
    }

    /** A named checkpoint where a failure is injected, for restart tests; empty in normal use. */
    public String failurePoint() {
        return failurePoint;
    }
}
