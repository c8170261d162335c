package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo pipeline end to end on the generated Dijon sample, then checks on what it publishes. */
class DemoPipelineTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path demoBase;
    private static CliRun demo;

    @BeforeAll
    static void runDemo() {
        demoBase = shared.resolve("sortie").resolve("observatoire.duckdb");
        demo = CliRun.of("demo", "--sortie", shared.resolve("sortie").toString());
    }

    @AfterEach
    void clearFailure() {
        System.clearProperty("observatoire.panne");
    }

    private Path copy() throws Exception {
        Path copy = dir.resolve("copie.duckdb");
        Files.copy(demoBase, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static String sql(Path base, String query) {
        return CliRun.of("sql", "--base", base.toString(), query).out();
    }

    @Test
    void theDemoImportsEverythingAndComputesThePlausibleIndicators() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("rpls2024_dijon_metropole_loi.csv : importé", "ops2024_dijon_metropole.csv : importé",
                "ligne(s) non rattachée(s)", "révision", "Indicateurs de " + YearMonth.now().minusMonths(1) + " calculés");
        List<String> classes = sql(demoBase, "SELECT classe_fragilite, count(*) AS n FROM mart_residence "
                + "WHERE classe_fragilite IS NOT NULL GROUP BY 1 ORDER BY 1").lines().skip(1).toList();
        assertThat(classes).hasSize(3);
        for (String line : classes) {
            int count = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1));
            assertThat(count).as(line).isGreaterThanOrEqualTo(20);
        }
        String access = sql(demoBase, "SELECT count(DISTINCT classe_accessibilite) AS n, "
                + "count(*) FILTER (WHERE croisement = 'accessible et non fragile') AS ok FROM mart_residence");
        assertThat(access.lines().skip(1).findFirst().orElseThrow()).matches("3,[1-9][0-9]+");
    }

    @Test
    void theSecrecySelfCheckPassesAndCatchesATamperedMart() throws Exception {
        CliRun check = CliRun.of("verifier-secret", "--base", demoBase.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("Secret statistique respecté");

        Path tampered = copy();
        try (var c = new fr.dijon.observatoire.store.DuckDbStore(tampered).open(); var st = c.createStatement()) {
            st.execute("UPDATE mart_residence_composante SET part = 0.1, secret = NULL WHERE secret = 'primaire' "
                    + "AND residence_id = (SELECT min(residence_id) FROM mart_residence_composante WHERE secret = 'primaire')");
        }
        CliRun broken = CliRun.of("verifier-secret", "--base", tampered.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("Secret statistique en défaut", "effectif sous le seuil", "mart_residence_composante");
    }

    @Test
    void aFailedIndicatorRunResumesAtTheFailedStepAndGivesIdenticalResults() throws Exception {
        Path base = copy();
        String period = YearMonth.now().minusMonths(2).toString();
        String fingerprint = "SELECT count(*) AS n, sum(hash(t.*)) AS h FROM mart_territoire t";

        System.setProperty("observatoire.panne", "indicateurs-marts");
        CliRun failed = CliRun.of("indicateurs", "--periode", period, "--base", base.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("panne injectée", "reprendra à l'étape en échec");

        System.clearProperty("observatoire.panne");
        CliRun resumed = CliRun.of("indicateurs", "--periode", period, "--base", base.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(sql(base, "SELECT string_agg(STEP_NAME || '=' || STATUS, ' ' ORDER BY STEP_EXECUTION_ID) AS s "
                + "FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"))
                .isEqualTo("s\nmarts=COMPLETED controles=COMPLETED\n");
        String afterRestart = sql(base, fingerprint);

        try (var c = new fr.dijon.observatoire.store.DuckDbStore(base).open()) {
            var run = new fr.dijon.observatoire.indicators.IndicatorRun(Path.of("jobs"), YearMonth.parse(period));
            run.parameters(c);
            run.models(c);
            run.secrecy(c);
            run.marts(c);
        }
        assertThat(sql(base, fingerprint)).isEqualTo(afterRestart);
    }
}
