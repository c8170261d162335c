package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationInputs;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator computation for one period, in the stages the job runs: parameters, staging and intermediate
 * models, secrecy, marts, checks, publication. Everything before the publication happens in the work schema
 * {@code calcul}; the publication then appears at once. The work schema remembers which period and inputs it
 * holds and how far it got: a stage whose predecessors are missing or belong to another computation (a run of
 * another period in between) redoes them first, so a resumed run never publishes another period's tables.
 */
public final class IndicatorRun {

    /** The stages, in order. */
    public enum Stage {
        PARAMETRES, MODELES, SECRET, MARTS, CONTROLES, PUBLICATION
    }

    private final Path jobsDir;
    private final YearMonth period;
    private final String fingerprint;
    private final LoadCheckpoint checkpoint;

    /**
     * @param checkpoint reached before each stage ({@code indicateurs-<étape>}) and just before the publication's
     *                   commit ({@code indicateurs-avant-validation}), for failure and kill tests
     */
    public IndicatorRun(Path jobsDir, YearMonth period, String fingerprint, LoadCheckpoint checkpoint) {
        this.jobsDir = jobsDir;
        this.period = period;
        this.fingerprint = fingerprint;
        this.checkpoint = checkpoint;
    }

    /** A run identified by the current inputs' fingerprint. */
    public static IndicatorRun of(Connection c, Path jobsDir, YearMonth period) throws Exception {
        return new IndicatorRun(jobsDir, period, PublicationInputs.of(c, jobsDir, period).fingerprint(),
                LoadCheckpoint.NONE);
    }

    /** Runs every stage; returns the publication. */
    public Publication all(Connection c) throws Exception {
        for (Stage stage : Stage.values()) {
            run(c, stage);
        }
        return new PublicationStore().require(c, period.toString());
    }

    /** Runs one stage, after redoing the earlier ones the work schema does not hold for this computation. */
    public void run(Connection c, Stage stage) throws Exception {
        int done = done(c);
        for (int i = done + 1; i < stage.ordinal(); i++) {
            execute(c, Stage.values()[i]);
        }
        execute(c, stage);
    }

    private void execute(Connection c, Stage stage) throws Exception {
        checkpoint.reached("indicateurs-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        WorkSchema.within(c, () -> {
            switch (stage) {
                case PARAMETRES -> parameters(c);
                case MODELES -> models(c);
                case SECRET -> secrecy(c);
                case MARTS -> marts(c);
                case CONTROLES -> check(c);
                case PUBLICATION -> publish(c);
            }
            return null;
        });
        mark(c, stage);
    }

    private void parameters(Connection c) throws Exception {
        new IndicatorCatalogueLoader(jobsDir).load(c);
        MethodParameters parameters = MethodParameters.load(jobsDir);
        ParameterTables.write(c, parameters);
        TerritoryTable.write(c, parameters.territoire().epci(), period.getYear());
        IndicatorContext.write(c, period, parameters);
        ComparisonReference.write(c, period);
    }

    private void models(Connection c) throws Exception {
        ModelRunner runner = new ModelRunner(jobsDir);
        runner.run(c, SqlModel.Layer.STAGING);
        runner.run(c, SqlModel.Layer.INTERMEDIATE);
    }

    private void marts(Connection c) throws Exception {
        ModelRunner runner = new ModelRunner(jobsDir);
        runner.run(c, SqlModel.Layer.MARTS);
        ModelDictionary.write(c, runner.models());
    }

    private void secrecy(Connection c) throws Exception {
        new SecrecyStep().run(c, period.toString(), MethodParameters.load(jobsDir).secrecyThreshold());
    }

    private void check(Connection c) throws Exception {
        List<String> failures = new ArrayList<>(new ModelRunner(jobsDir).test(c));
        for (SecrecyVerifier.Violation v : new SecrecyVerifier().verify(c, MethodParameters.load(jobsDir).secrecyThreshold())) {
            failures.add("secret statistique — " + v.rule() + " : " + v.subject() + " (" + v.detail() + ")");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("contrôles des indicateurs en échec, rien n'est publié :\n  - "
                    + String.join("\n  - ", failures));
        }
    }

    private void publish(Connection c) throws Exception {
        MethodParameters parameters = MethodParameters.load(jobsDir);
        PublicationInputs inputs = PublicationInputs.of(c, jobsDir, period);
        Integer millesime;
        Integer opsYear;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT millesime_rpls, annee_ops FROM " + WorkSchema.NAME + ".param_execution")) {
            rs.next();
            millesime = rs.getInt(1);
            opsYear = rs.getObject(2) == null ? null : rs.getInt(2);
        }
        new PublicationStore().publish(c, new Publication(period.toString(), 0, null, inputs.fingerprint(),
                parameters.version(), millesime, opsYear, inputs.inputsJson(), parameters.toJson(),
                inputs.sourcesJson(), null, null), () -> checkpoint.reached("indicateurs-avant-validation"));
    }

    /** The last stage the work schema holds for this period and fingerprint, or −1. */
    private int done(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + WorkSchema.NAME);
            st.execute("CREATE TABLE IF NOT EXISTS " + WorkSchema.NAME + ".etat_calcul (periode VARCHAR, "
                    + "empreinte VARCHAR, etape INTEGER)");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT etape FROM " + WorkSchema.NAME + ".etat_calcul "
                + "WHERE periode = ? AND empreinte = ?")) {
            ps.setString(1, period.toString());
            ps.setString(2, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    private void mark(Connection c, Stage stage) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM " + WorkSchema.NAME + ".etat_calcul");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + WorkSchema.NAME + ".etat_calcul VALUES (?, ?, ?)")) {
            ps.setString(1, period.toString());
            ps.setString(2, fingerprint);
            ps.setInt(3, stage.ordinal());
            ps.executeUpdate();
        }
    }
}
