package fr.dijon.observatoire.indicators;

import static fr.dijon.observatoire.store.TestDatabase.count;
import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.ops.OpsImportOptions;
import fr.dijon.observatoire.ingest.ops.OpsImporter;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.sample.OpsSampleGenerator;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the indicators make of residences: every address published, OPS linked by any address, evolution. */
class ResidenceIndicatorsTest {

    @TempDir
    Path dir;

    private Connection c;

    @BeforeEach
    void open() throws Exception {
        c = TestDatabase.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private void rpls(int millesime, int buildings) throws Exception {
        RplsFixture fixture = RplsFixture.modern(false);
        for (int b = 0; b < buildings; b++) {
            for (int i = 0; i < 10; i++) {
                fixture.row(Map.of("IMMEU", "RESIDENCE LES TILLEULS", "NUMVOIE", String.valueOf(1 + 2 * b),
                        "TYPVOIE", "AV", "NOMVOIE", "DES TILLEULS", "X", (853_512 + 40 * b) + ",00", "Y", "6694011,00"));
            }
        }
        fixture.importInto(c, dir, "rpls" + millesime + ".csv", millesime);
    }

    private void compute() throws Exception {
        IndicatorRun.of(c, Path.of("jobs"), YearMonth.of(2024, 12)).all(c);
    }

    @Test
    void everyAddressIsPublishedTheOpsRowOfASecondaryAddressReachesItsResidenceAndEvolutionFollowsTheId()
            throws Exception {
        rpls(2023, 2);
        rpls(2024, 3);
        String residence = string(c, "SELECT residence_id FROM residence WHERE millesime = 2024");
        Path ops = Files.writeString(dir.resolve("ops2024.csv"), OpsSampleGenerator.HEADER + "\n"
                + "2024;adresse;;21231;5 avenue des Tilleuls;;10;10;0;10;10;3;3;2;1;1;6;4;2;2;1;1;1;3;4;2;12;6;3;3;2;1;0;1;0;0;1;0\n"
                + "2024;adresse;;21231;3 av. des tilleuls;;10;10;0;10;10;2;3;3;1;1;5;4;2;2;1;1;1;3;4;2;12;6;3;3;2;1;0;1;0;0;1;0\n");
        new OpsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(ops),
                new OpsImportOptions(0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));

        compute();

        assertThat(count(c, "SELECT count(DISTINCT residence_id) FROM residence")).as("one estate, one id").isEqualTo(1);
        assertThat(string(c, "SELECT string_agg(adresse || ' ' || logements || ' ' || principale, ' ; ' "
                + "ORDER BY adresse_recherche) FROM mart_residence_adresse WHERE periode = '2024-12' AND residence_id = '" + residence + "'"))
                .isEqualTo("1 avenue DES TILLEULS 10 true ; 3 avenue DES TILLEULS 10 false ; 5 avenue DES TILLEULS 10 false");
        assertThat(string(c, "SELECT residence_id || ' ' || repondants FROM calcul.stg_ops_residence"))
                .isEqualTo(residence + " 20");
        assertThat(string(c, "SELECT logements_precedents || ' ' || logements || ' ' || evolution || ' ' || suivi "
                + "FROM mart_residence_evolution WHERE periode = '2024-12'")).isEqualTo("20 30 10 identifiant conservé");
        assertThat(string(c, "SELECT forme FROM mart_recherche_abreviation WHERE abreviation = 'AV'")).isEqualTo("AVENUE");
    }
}
