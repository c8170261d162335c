package fr.dijon.observatoire.ingest.rpls;

import static fr.dijon.observatoire.store.TestDatabase.count;
import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A public file and a loi extract of the same millésime, in either order: layered per commune, nothing lost. */
class RplsLayeringTest {

    private static final String DIJON = "21231";
    private static final String CHENOVE = "21166";
    private static final String BEAUNE = "21054";
    private static final String NUITS = "21464";

    @TempDir
    Path dir;

    /** The public file of the département: the metropolis and two communes outside it. */
    private Path departementFile() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false);
        add(fixture, DIJON, "Dijon", 30);
        add(fixture, CHENOVE, "Chenôve", 10);
        add(fixture, BEAUNE, "Beaune", 12);
        add(fixture, NUITS, "Nuits-Saint-Georges", 5);
        return fixture.write(dir.resolve("rpls2024_cote_dor_public.csv"));
    }

    /** The loi extract of the metropolis: other counts than the public file, and rents. */
    private Path loiExtract() throws Exception {
        RplsFixture fixture = RplsFixture.modern(true);
        add(fixture, DIJON, "Dijon", 28);
        add(fixture, CHENOVE, "Chenôve", 11);
        return fixture.write(dir.resolve("rpls2024_dijon_metropole_loi.csv"));
    }

    private static void add(RplsFixture fixture, String depcom, String name, int rows) {
        for (int i = 0; i < rows; i++) {
            fixture.row(Map.of("DEPCOM", depcom, "LIBCOM", name, "NUMVOIE", String.valueOf(1 + i % 3),
                    "IDENT_REP", depcom + String.format("%05d", i)));
        }
    }

    private ImportReport load(Connection c, Path file) throws Exception {
        return RplsFixture.importFile(c, dir, file, 2024, LoadCheckpoint.NONE);
    }

    private Connection base(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        return TestDatabase.open(folder);
    }

    /** The effective stock, commune by commune: variant, dwellings, dwellings with a rent, dwellings linked. */
    private static List<String> effectiveStock(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT depcom, variante, count(*), count(loyerprinc), count(residence_id) "
                     + "FROM rpls_logement_effectif GROUP BY ALL ORDER BY depcom")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
                        + rs.getLong(5));
            }
        }
        return rows;
    }

    @Test
    void departementFileThenLoiExtractAndTheReverseLoseNothingAndTheMetropolisCarriesTheLoiColumns() throws Exception {
        List<String> expected = List.of(
                NUITS + " publique 5 0 5", BEAUNE + " publique 12 0 12",
                CHENOVE + " loi 11 11 11", DIJON + " loi 28 28 28");
        try (Connection c = base("public-puis-loi")) {
            load(c, departementFile());
            ImportReport loi = load(c, loiExtract());

            assertThat(loi.status()).isEqualTo(ImportStatus.CHARGE);
            assertThat(effectiveStock(c)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(count(c, "SELECT count(*) FROM rpls_logement")).isEqualTo(57 + 39);
            assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE variante = 'publique' AND depcom IN ('"
                    + DIJON + "', '" + CHENOVE + "') AND residence_id IS NULL")).isEqualTo(40);
            assertThat(count(c, "SELECT sum(nb_logements) FROM residence")).isEqualTo(56);
            assertThat(loi.notes()).contains(
                    "Ajoute 39 logements dans 2 communes sans RPLS 2024 (version loi) jusqu'ici : "
                            + "Dijon (28), Chenôve (11).",
                    "Dans 2 communes, la version loi remplace désormais la version publique : ses 40 logements "
                            + "restent chargés mais ne sont plus lus.",
                    "Les 2 autres communes du millésime 2024 (17 logements) ne sont pas touchées.");
            assertThat(string(c, "SELECT variante FROM rpls_commune_variante WHERE depcom = '" + BEAUNE + "'"))
                    .isEqualTo("publique");
        }
        try (Connection c = base("loi-puis-public")) {
            load(c, loiExtract());
            ImportReport publique = load(c, departementFile());

            assertThat(effectiveStock(c)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(count(c, "SELECT sum(nb_logements) FROM residence")).isEqualTo(56);
            assertThat(publique.notes()).contains(
                    "Dans 2 communes, la version loi déjà importée (39 logements) reste en vigueur : les 40 logements "
                            + "publics du fichier y sont chargés mais ne sont pas lus.");
            assertThat(count(c, "SELECT count(*) FROM import_fichier WHERE statut = 'chargé'")).isEqualTo(2);
        }
    }

    @Test
    void aFileReplacesItsOwnCommunesOnlyAndSaysWhatItReplacesBeforeCommitting() throws Exception {
        try (Connection c = base("remplacement")) {
            load(c, departementFile());
            RplsFixture beaune = RplsFixture.modern(false);
            add(beaune, BEAUNE, "Beaune", 13);
            ImportReport report = load(c, beaune.write(dir.resolve("rpls2024_beaune_corrige.csv")));

            assertThat(report.notes().subList(0, 2)).containsExactly(
                    "Remplace 12 logements du RPLS 2024 (version publique) dans 1 commune, par les 13 du fichier : "
                            + "Beaune (12 → 13).",
                    "Les 3 autres communes du millésime 2024 (45 logements) ne sont pas touchées.");
            assertThat(effectiveStock(c)).contains(BEAUNE + " publique 13 0 13", NUITS + " publique 5 0 5",
                    DIJON + " publique 30 0 30");
            assertThat(count(c, "SELECT count(*) FROM residence WHERE depcom = '" + BEAUNE + "'")).isEqualTo(3);
            assertThat(count(c, "SELECT count(*) FROM import_fichier WHERE statut = 'remplacé'")).isZero();
        }
    }

    @Test
    void aLoiExtractOfSomeCommunesKeepsTheLoiRowsOfTheOthers() throws Exception {
        try (Connection c = base("loi-partiels")) {
            load(c, loiExtract());
            RplsFixture chenove = RplsFixture.modern(true);
            add(chenove, CHENOVE, "Chenôve", 9);
            load(c, chenove.write(dir.resolve("rpls2024_chenove_loi.csv")));

            assertThat(effectiveStock(c)).containsExactly(CHENOVE + " loi 9 9 9", DIJON + " loi 28 28 28");
            assertThat(count(c, "SELECT count(*) FROM residence WHERE depcom = '" + DIJON + "'")).isEqualTo(3);
        }
    }
}
