package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/**
 * The indicator computation for one period, in the steps the job runs: parameters, staging and intermediate
 * models, secrecy, marts, then the SQL assertions and the secrecy self-check. Each step is idempotent (tables
 * are replaced), so a restarted run resumes at the failed step and gives identical results.
 */
public final class IndicatorRun {

    private final Path jobsDir;
    private final YearMonth period;

    public IndicatorRun(Path jobsDir, YearMonth period) {
        this.jobsDir = jobsDir;
        this.period = period;
    }

    public void parameters(Connection c) throws SQLException, IOException {
        new IndicatorCatalogueLoader(jobsDir).load(c);
        MethodParameters parameters = MethodParameters.load(jobsDir);
        parameters.write(c);
        TerritoryTable.write(c, jobsDir, period.getYear());
        IndicatorContext.write(c, period, parameters);
    }

    public void models(Connection c) throws SQLException, IOException {
        ModelRunner runner = new ModelRunner(jobsDir);
        runner.run(c, SqlModel.Layer.STAGING);
        runner.run(c, SqlModel.Layer.INTERMEDIATE);
    }

    public SecrecyStep.Result secrecy(Connection c) throws SQLException, IOException {
        return new SecrecyStep().run(c, period.toString(), MethodParameters.load(jobsDir).secrecyThreshold());
    }

    public void marts(Connection c) throws SQLException, IOException {
        new ModelRunner(jobsDir).run(c, SqlModel.Layer.MARTS);
    }

    /** The failed SQL assertions and secrecy breaches, in French; empty when everything holds. */
    public List<String> checks(Connection c) throws SQLException, IOException {
        List<String> failures = new java.util.ArrayList<>(new ModelRunner(jobsDir).test(c));
        for (SecrecyVerifier.Violation v : new SecrecyVerifier().verify(c, MethodParameters.load(jobsDir).secrecyThreshold())) {
            failures.add("secret statistique — " + v.rule() + " : " + v.subject() + " (" + v.detail() + ")");
        }
        return failures;
    }
}
