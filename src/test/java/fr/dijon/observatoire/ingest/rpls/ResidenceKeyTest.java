package fr.dijon.observatoire.ingest.rpls;

import static fr.dijon.observatoire.store.TestDatabase.count;
import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Residences that are real estates: split by distance, QPV and landlord, every address, stable identifiers. */
class ResidenceKeyTest {

    /** Three places of Dijon about 2 km apart (Lambert-93). */
    private static final double[][] PLACES = {{853_512, 6_694_011}, {851_300, 6_692_600}, {855_600, 6_695_700}};

    @TempDir
    Path dir;

    private Connection c;
    private int files;

    @BeforeEach
    void open() throws Exception {
        c = TestDatabase.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private ImportReport load(RplsFixture fixture, int millesime) throws Exception {
        return fixture.importInto(c, dir, "rpls" + millesime + "_" + (++files) + ".csv", millesime);
    }

    /** {@code dwellings} rows of one building: a programme at an address and a position. */
    private static void building(RplsFixture fixture, String programme, String number, String street, double x,
                                 double y, int dwellings, Map<String, String> extra) {
        for (int i = 0; i < dwellings; i++) {
            Map<String, String> row = new HashMap<>(Map.of("IMMEU", programme, "NUMVOIE", number, "TYPVOIE", "RUE",
                    "NOMVOIE", street, "X", coordinate(x), "Y", coordinate(y),
                    "IDENT_REP", street.substring(0, 3) + number + "-" + i));
            row.putAll(extra);
            fixture.row(row);
        }
    }

    private static String coordinate(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value).replace('.', ',');
    }

    private String residenceAt(int millesime, String number, String street) throws Exception {
        return string(c, "SELECT DISTINCT residence_id FROM rpls_logement WHERE millesime = " + millesime
                + " AND numvoie = '" + number + "' AND nomvoie = '" + street + "'");
    }

    @Test
    void aProgrammeNameRecurringAtDistantPlacesGivesOneResidencePerEstate() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false);
        for (int p = 0; p < PLACES.length; p++) {
            String street = "DES ESTATES " + p;
            building(fixture, "RESIDENCE LE PARC", "1", street, PLACES[p][0], PLACES[p][1], 20, Map.of());
            building(fixture, "RESIDENCE LE PARC", "5", street, PLACES[p][0] + 70, PLACES[p][1] + 20, 8, Map.of());
            building(fixture, "RES LE PARC", "9", street, PLACES[p][0] + 130, PLACES[p][1] - 40, 6, Map.of());
        }

        ImportReport report = load(fixture, 2024);

        assertThat(count(c, "SELECT count(*) FROM residence")).isEqualTo(3);
        assertThat(count(c, "SELECT count(*) FROM residence WHERE nb_logements = 34 AND nb_adresses = 3 "
                + "AND methode_cle = 'programme'")).isEqualTo(3);
        double spread = Math.hypot(130, 40);
        assertThat(Double.parseDouble(string(c, "SELECT max(etendue_m) FROM residence")))
                .isLessThanOrEqualTo(ResidenceKeySettings.DEFAULT.linkageDistance() + spread);
        assertThat(count(c, "SELECT count(DISTINCT residence_id) FROM rpls_logement WHERE nomvoie = 'DES ESTATES 1'"))
                .isEqualTo(1);
        assertThat(string(c, "SELECT x || ' ' || y FROM residence WHERE adresse = '1 rue DES ESTATES 0'"))
                .as("the medoid: the building that minimises the dwelling-weighted distances").isEqualTo("853512.0 6694011.0");
        assertThat(report.notes()).anySatisfy(line -> assertThat(line).contains("1 nom, 3 résidences",
                "RESIDENCE LE PARC à Dijon (3 résidences, jusqu'à 5,3 km l'une de l'autre)"));
    }

    @Test
    void qpvBoundariesAndLandlordsOfTheLoiVariantAreNeverCrossed() throws Exception {
        RplsFixture fixture = RplsFixture.modern(true);
        double x = PLACES[0][0];
        double y = PLACES[0][1];
        building(fixture, "CITE DU MAIL", "1", "DU MAIL", x, y, 10, Map.of("QPV_CODE", "QN02102M"));
        building(fixture, "CITE DU MAIL", "3", "DU MAIL", x + 40, y, 10, Map.of());
        building(fixture, "LES TILLEULS", "7", "DES TILLEULS", x + 400, y, 10, Map.of("RS", "GRAND DIJON HABITAT"));
        building(fixture, "LES TILLEULS", "9", "DES TILLEULS", x + 440, y, 10, Map.of("RS", "ORVITIS"));

        ImportReport report = load(fixture, 2024);

        assertThat(count(c, "SELECT count(*) FROM residence")).isEqualTo(4);
        assertThat(count(c, "SELECT count(DISTINCT en_qpv) FROM residence WHERE programme = 'CITE DU MAIL'")).isEqualTo(2);
        assertThat(count(c, "SELECT count(DISTINCT bailleur) FROM residence WHERE programme = 'LES TILLEULS'")).isEqualTo(2);
        assertThat(report.notes()).anySatisfy(line -> assertThat(line).contains("2 noms, 4 résidences"));
    }

    @Test
    void dwellingsWithoutCoordinatesOrOutsideTheirCommuneStillGetAResidenceFromTheirAddress() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false);
        double x = PLACES[0][0];
        double y = PLACES[0][1];
        building(fixture, "LES ACACIAS", "2", "DES ACACIAS", x, y, 10, Map.of());
        building(fixture, "LES ACACIAS", "2", "DES ACACIAS", Double.NaN, Double.NaN, 3, Map.of("X", "", "Y", ""));
        building(fixture, "LES ACACIAS", "40", "DES ACACIAS", Double.NaN, Double.NaN, 4, Map.of("X", "", "Y", ""));
        building(fixture, "", "8", "DU MARCHE", x, y, 5, Map.of("DEPCOM", "21166", "LIBCOM", "Chenôve"));

        ImportReport report = load(fixture, 2024);

        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE residence_id IS NULL")).isZero();
        assertThat(count(c, "SELECT nb_logements FROM residence WHERE adresse = '2 rue DES ACACIAS'")).isEqualTo(13);
        assertThat(string(c, "SELECT methode_cle || ' ' || logements_sans_coordonnees || ' ' || (lon IS NULL) "
                + "FROM residence WHERE adresse = '40 rue DES ACACIAS'")).isEqualTo("adresse 4 true");
        assertThat(string(c, "SELECT logements_hors_commune || ' ' || (x IS NULL) FROM residence WHERE depcom = '21166'"))
                .isEqualTo("5 true");
        assertThat(report.notes()).anySatisfy(line -> assertThat(line).contains(
                "7 sans coordonnées utilisables, 5 aux coordonnées hors de leur commune"));
    }

    @Test
    void everyAddressIsKeptWithASearchKeyThatIgnoresAccentsAndAbbreviations() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false);
        double x = PLACES[1][0];
        double y = PLACES[1][1];
        building(fixture, "RESIDENCE DU 14 JUILLET", "0021", "DU 14 JUILLET", x, y, 8, Map.of("TYPVOIE", "AV"));
        building(fixture, "RESIDENCE DU 14 JUILLET", "23", "DU 14-JUILLET", x + 30, y, 6, Map.of("TYPVOIE", "AVENUE"));
        building(fixture, "RESIDENCE DU 14 JUILLET", "2", "SAINT-EXUPÉRY", x + 60, y + 20, 4,
                Map.of("TYPVOIE", "PL", "INDREP", "B"));

        load(fixture, 2024);

        String residence = string(c, "SELECT residence_id FROM residence");
        assertThat(count(c, "SELECT count(*) FROM residence")).isEqualTo(1);
        assertThat(count(c, "SELECT nb_adresses FROM residence")).isEqualTo(3);
        assertThat(count(c, "SELECT count(*) FROM residence_adresse WHERE residence_id = '" + residence + "'"))
                .isEqualTo(3);
        assertThat(string(c, "SELECT string_agg(adresse_recherche, ' ; ' ORDER BY adresse_recherche) "
                + "FROM residence_adresse")).isEqualTo("21 AVENUE 14 JUILLET ; 23 AVENUE 14 JUILLET ; "
                + "2B PLACE SAINT EXUPERY");
        assertThat(string(c, "SELECT adresse FROM residence_adresse WHERE principale")).isEqualTo("21 avenue DU 14 JUILLET");
        assertThat(string(c, "SELECT adresse_recherche('23 av. du 14-Juillet') = adresse_recherche('23 AVENUE DU 14 "
                + "JUILLET') AND adresse_recherche('2 bis pl. St Exupéry') = '2B PLACE SAINT EXUPERY'")).isEqualTo("true");
    }

    @Test
    void anEstateThatGainsABuildingKeepsItsIdAndTwoEstatesSharingANameNeverSwap() throws Exception {
        RplsFixture y2023 = RplsFixture.modern(false);
        building(y2023, "LES TILLEULS", "1", "DES TILLEULS", PLACES[0][0], PLACES[0][1], 20, Map.of());
        building(y2023, "LES TILLEULS", "3", "DES TILLEULS", PLACES[0][0] + 50, PLACES[0][1], 10, Map.of());
        building(y2023, "LES TILLEULS", "10", "DU PARC", PLACES[2][0], PLACES[2][1], 15, Map.of());
        load(y2023, 2023);
        String north = residenceAt(2023, "1", "DES TILLEULS");
        String east = residenceAt(2023, "10", "DU PARC");

        RplsFixture y2024 = RplsFixture.modern(false);
        building(y2024, "RESIDENCE LES TILLEULS", "10", "DU PARC", PLACES[2][0], PLACES[2][1], 15, Map.of());
        building(y2024, "RESIDENCE LES TILLEULS", "12", "DU PARC", PLACES[2][0] - 60, PLACES[2][1], 30, Map.of());
        building(y2024, "LES TILLEULS", "1", "DES TILLEULS", PLACES[0][0] + 5, PLACES[0][1], 20, Map.of());
        building(y2024, "LES TILLEULS", "3", "DES TILLEULS", PLACES[0][0] + 50, PLACES[0][1], 10, Map.of());
        ImportReport report = load(y2024, 2024);

        assertThat(residenceAt(2024, "12", "DU PARC")).isEqualTo(east);
        assertThat(residenceAt(2024, "10", "DU PARC")).isEqualTo(east);
        assertThat(residenceAt(2024, "1", "DES TILLEULS")).isEqualTo(north);
        assertThat(north).isNotEqualTo(east);
        assertThat(count(c, "SELECT count(*) FROM residence_correspondance WHERE millesime = 2024 "
                + "AND statut = 'conservé' AND methode = 'adresse' AND millesime_reference = 2023")).isEqualTo(2);
        assertThat(report.notes()).anySatisfy(line -> assertThat(line).contains(
                "par rapport au millésime 2023", "2 résidences gardent leur identifiant, 0 en changent", "0 disparaissent"));
    }

    @Test
    void withLoiExtractsTheDwellingIdentifiersCarryTheResidenceAcrossARenamedStreet() throws Exception {
        RplsFixture y2023 = RplsFixture.modern(true);
        building(y2023, "", "4", "JEAN JAURES", PLACES[1][0], PLACES[1][1], 12, Map.of("TYPVOIE", "AV"));
        building(y2023, "", "8", "JEAN JAURES", PLACES[1][0] + 300, PLACES[1][1], 5, Map.of("TYPVOIE", "AV"));
        load(y2023, 2023);
        String before = residenceAt(2023, "4", "JEAN JAURES");
        String demolished = residenceAt(2023, "8", "JEAN JAURES");

        RplsFixture y2024 = RplsFixture.modern(true);
        for (int i = 0; i < 12; i++) {
            y2024.row(Map.of("NUMVOIE", "4", "TYPVOIE", "BD", "NOMVOIE", "SIMONE VEIL", "IDENT_REP", "JEA4-" + i,
                    "X", coordinate(PLACES[1][0]), "Y", coordinate(PLACES[1][1])));
        }
        load(y2024, 2024);

        assertThat(residenceAt(2024, "4", "SIMONE VEIL")).isEqualTo(before);
        assertThat(string(c, "SELECT methode FROM residence_correspondance WHERE millesime = 2024 AND statut = 'conservé'"))
                .isEqualTo("identifiant");
        assertThat(string(c, "SELECT ancien_id FROM residence_correspondance WHERE millesime = 2024 AND statut = 'perdu'"))
                .isEqualTo(demolished);
    }
}
