package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.store.ParisTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Publications by period on the demo: kept side by side, atomic under SIGKILL, rendered as they were published. */
class PublicationsTest {

    private static final YearMonth LAST = YearMonth.now(ParisTime.ZONE).minusMonths(1);
    private static final YearMonth BEFORE = LAST.minusMonths(1);

    @TempDir
    Path dir;

    private static Path demoBase;

    @BeforeAll
    static void runDemo() {
        CliRun demo = SharedDemo.run();
        demoBase = SharedDemo.dir().resolve("observatoire.duckdb");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @AfterEach
    void clearSettings() {
        System.clearProperty("observatoire.home");
    }

    private Path copy() throws IOException {
        Path copy = dir.resolve("copie.duckdb");
        Files.copy(demoBase, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static String sql(Path base, String query) {
        CliRun run = CliRun.of("sql", "--base", base.toString(), query);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private CliRun cli(Path base, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base", base.toString(), "--sortie", dir.resolve("sortie").toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void twoPeriodsArePublishedSideBySideAndEachAtlasAndPackHoldsItsOwnPeriod() throws Exception {
        Path base = copy();
        CliRun before = cli(base, "indicateurs", "--periode", BEFORE.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("calculés et publiés");

        assertThat(sql(base, "SELECT periode, max(mois) AS dernier FROM mart_serie_mensuelle GROUP BY 1 ORDER BY 1"))
                .isEqualTo("periode,dernier\n" + BEFORE + "," + BEFORE + "\n" + LAST + "," + LAST + "\n");
        assertThat(sql(base, "SELECT periode, version, statut FROM publication ORDER BY periode"))
                .isEqualTo("periode,version,statut\n" + BEFORE + ",1,publiée\n" + LAST + ",1,publiée\n");

        for (YearMonth period : List.of(BEFORE, LAST)) {
            CliRun atlas = cli(base, "atlas", "--periode", period.toString());
            assertThat(atlas.exitCode()).as(atlas.err()).isZero();
            assertThat(atlas.out()).doesNotContain("Attention");
            String methodology = Files.readString(dir.resolve("sortie/atlas/" + period + "/methodologie.html"));
            assertThat(methodology).containsAnyOf(period.toString(), frenchMonth(period));
            CliRun pack = cli(base, "pack-cil", "--periode", period.toString());
            assertThat(pack.exitCode()).as(pack.err()).isZero();
            try (ZipFile zip = new ZipFile(dir.resolve("sortie/packs/pack-cil-" + period + ".zip").toFile())) {
                String metadata = new String(zip.getInputStream(zip.getEntry("metadonnees.json")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(metadata).contains("\"periode\" : \"" + period + "\"");
                String series = new String(zip.getInputStream(zip.getEntry("sans_abrisme_series.csv")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(series).contains(";" + period + ";").doesNotContain(";" + period.plusMonths(1) + ";");
            }
        }

        CliRun again = cli(base, "indicateurs", "--periode", LAST.toString());
        assertThat(again.out()).contains("déjà à jour");
        CliRun forced = cli(base, "indicateurs", "--periode", LAST.toString(), "--recalculer");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(sql(base, "SELECT version, statut FROM publication WHERE periode = '" + LAST + "' ORDER BY version"))
                .isEqualTo("version,statut\n1,remplacée\n2,publiée\n");
        assertThat(sql(base, "SELECT count(DISTINCT periode) AS n FROM mart_residence")).isEqualTo("n\n2\n");
    }

    private Process child(Path base, String pause, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dobservatoire.pause=" + pause, "-cp", System.getProperty("java.class.path"),
                "fr.dijon.observatoire.Observatoire"));
        command.addAll(List.of(args));
        command.addAll(List.of("--base", base.toString(), "--sortie", dir.resolve("sortie").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"indicateurs-modeles", "indicateurs-marts", "indicateurs-publication",
        "indicateurs-avant-validation"})
    void aKilledComputationLeavesThePublishedPeriodWholeAndTheSameCommandCompletesIt(String point) throws Exception {
        Path base = copy();
        String published = "SELECT count(*) AS n, sum(hash(r)) AS h FROM mart_residence r WHERE periode = '" + LAST + "'";
        String expected = sql(base, published);

        Process process = child(base, point, "indicateurs", "--periode", BEFORE.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        boolean paused = false;
        while ((line = out.readLine()) != null) {
            if (line.contains(fr.dijon.observatoire.format.Typography.apply("pause au point « " + point + " »"))) {
                paused = true;
                break;
            }
        }
        assertThat(paused).as("le calcul a atteint le point " + point).isTrue();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(sql(base, published)).isEqualTo(expected);
        assertThat(sql(base, "SELECT count(*) AS n FROM mart_residence WHERE periode = '" + BEFORE + "'")).isEqualTo("n\n0\n");
        assertThat(sql(base, "SELECT string_agg(periode, ' ' ORDER BY periode) AS p FROM publication"))
                .isEqualTo("p\n" + LAST + "\n");
        CliRun atlas = cli(base, "atlas", "--periode", LAST.toString());
        assertThat(atlas.exitCode()).as(atlas.err()).isZero();

        CliRun rerun = cli(base, "indicateurs", "--periode", BEFORE.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(sql(base, "SELECT string_agg(periode, ' ' ORDER BY periode) AS p FROM publication"))
                .isEqualTo("p\n" + BEFORE + " " + LAST + "\n");
        assertThat(sql(base, published)).isEqualTo(expected);
    }

    @Test
    void theMethodologyOfAPublishedPeriodShowsTheWeightsItWasComputedWith() throws Exception {
        Path base = copy();
        Path home = dir.resolve("projet");
        fr.dijon.observatoire.store.TestTrees.copy(Path.of("jobs"), home.resolve("jobs"));
        Files.createSymbolicLink(home.resolve("reference-data"), Path.of("reference-data").toAbsolutePath());
        Path parameters = home.resolve("jobs/parametres.yml");
        String yaml = Files.readString(parameters);
        assertThat(yaml).contains("tres_bas_revenus:        { poids: 0.25,");
        Files.writeString(parameters, yaml.replace("tres_bas_revenus:        { poids: 0.25,",
                "tres_bas_revenus:        { poids: 0.40,"));
        // The indicators' documentation is the schema file's as the period was computed with it, too.
        Path territory = home.resolve("jobs/models/marts/mart_territoire.yml");
        String schema = Files.readString(territory);
        assertThat(schema).contains("libelle: \"Part des logements en QPV\"");
        Files.writeString(territory, schema.replace("libelle: \"Part des logements en QPV\"",
                "libelle: \"Part des logements en quartier prioritaire (essai)\""));
        System.setProperty("observatoire.home", home.toString());

        CliRun atlas = cli(base, "atlas", "--periode", LAST.toString());
        assertThat(atlas.exitCode()).as(atlas.err()).isZero();
        assertThat(atlas.out()).contains("Attention", "--recalculer");
        String methodology = Files.readString(dir.resolve("sortie/atlas/" + LAST + "/methodologie.html"));
        assertThat(methodology).contains("25\u202F%").doesNotContain("40\u202F%")
                .contains("Part des logements en QPV").doesNotContain("(essai)");

        CliRun recomputed = cli(base, "indicateurs", "--periode", LAST.toString(), "--recalculer");
        assertThat(recomputed.exitCode()).as(recomputed.err()).isZero();
        assertThat(cli(base, "atlas", "--periode", LAST.toString()).exitCode()).isZero();
        methodology = Files.readString(dir.resolve("sortie/atlas/" + LAST + "/methodologie.html"));
        assertThat(methodology).contains("40\u202F%").contains("Part des logements en quartier prioritaire (essai)")
                .doesNotContain("Part des logements en QPV");
        assertThat(Files.readString(dir.resolve("sortie/atlas/" + LAST + "/communes/21231.html")))
                .contains("Part des logements en quartier prioritaire (essai)");
    }

    private static String frenchMonth(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH) + " "
                + month.getYear();
    }
}
