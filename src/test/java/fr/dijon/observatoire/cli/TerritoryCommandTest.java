package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observatory publishes its territory only, and refuses in French a stock without it. */
class TerritoryCommandTest {

    @TempDir
    Path dir;

    private String db;
    private String out;

    @BeforeEach
    void setUp() {
        db = dir.resolve("obs.duckdb").toString();
        out = dir.resolve("sortie").toString();
    }

    private CliRun run(String... args) {
        return CliRun.on(db, out, args);
    }

    private static RplsFixture rows(RplsFixture fixture, String depcom, String name, int count) {
        for (int i = 0; i < count; i++) {
            fixture.row(Map.of("DEPCOM", depcom, "LIBCOM", name, "NUMVOIE", String.valueOf(1 + i % 4)));
        }
        return fixture;
    }

    @Test
    void aStockOfOtherCommunesOnlyIsRefusedInFrenchByIndicatorsAndAtlas() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false);
        rows(fixture, "21054", "Beaune", 20);
        rows(fixture, "21464", "Nuits-Saint-Georges", 6);
        assertThat(run("import", fixture.write(dir.resolve("rpls2024_beaune.csv")).toString()).exitCode()).isZero();

        for (String command : new String[] {"indicateurs", "atlas"}) {
            CliRun refused = run(command, "--periode", "2024-12");

            assertThat(refused.exitCode()).as(command).isEqualTo(ExitCodes.FAILURE);
            assertThat(refused.err()).as(command).contains(
                    "le parc RPLS chargé ne contient aucun logement du territoire de l'observatoire, Dijon Métropole "
                            + "(EPCI 242100410, 23 communes) : il compte 26 logements de 2 communes (Beaune, "
                            + "Nuits-Saint-Georges) du département Côte-d'Or (21), millésime 2024.",
                    "territoire.epci dans jobs/parametres.yml");
            assertThat(refused.out() + refused.err()).as(command)
                    .doesNotContain("Exception", "\tat ", "NoSuchElement");
        }
    }

    @Test
    void aDepartementFileAndTheLoiExtractPublishTheMetropolisOnly() throws Exception {
        RplsFixture departement = RplsFixture.modern(false);
        rows(departement, "21231", "Dijon", 30);
        rows(departement, "21054", "Beaune", 20);
        RplsFixture loi = rows(RplsFixture.modern(true), "21231", "Dijon", 25);
        assertThat(run("import", departement.write(dir.resolve("rpls2024_21.csv")).toString()).exitCode()).isZero();
        CliRun imported = run("import", loi.write(dir.resolve("rpls2024_dm_loi.csv")).toString());
        assertThat(imported.out()).contains("la version loi remplace désormais la version publique",
                "L'autre commune du millésime 2024 (20 logements) n'est pas touchée.");

        CliRun indicators = run("indicateurs", "--periode", "2024-12");

        assertThat(indicators.exitCode()).as(indicators.err()).isZero();
        assertThat(run("sql", "SELECT DISTINCT depcom, loyers_connus > 0 AS loi FROM mart_residence").out())
                .isEqualTo("depcom,loi\n21231,true\n");
        assertThat(run("sql", "SELECT count(*) AS n FROM mart_territoire WHERE territoire = '21054'").out())
                .isEqualTo("n\n0\n");
        assertThat(run("sql", "SELECT valeur FROM mart_territoire WHERE niveau = 'epci' AND indicateur = 'logements'")
                .out()).isEqualTo("valeur\n25.0\n");
        CliRun status = run("statut");
        assertThat(status.out()).contains("version loi", "version publique", "Beaune",
                "1 commune en version loi a aussi des lignes de la version publique (30 logements), gardées mais "
                        + "non lues.");
    }
}
