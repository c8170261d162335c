package fr.dijon.observatoire.sample;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample generator's estates against the residences the importer derives from its files: the generator knows
 * which buildings form each estate (one programme of one landlord), the importer only sees names, addresses and
 * coordinates. The demo's seed and size, public variant (no landlord column): only the clustering distance keeps
 * homonyms apart.
 */
class SampleResidencesTest {

    private static final Path REFERENCE_DIR = Path.of("reference-data");
    /** The demo's files. */
    private static final int DWELLINGS = RplsSampleGenerator.DEFAULT_DWELLINGS;
    private static final long SEED = SampleInputs.SEED;
    private static final double CLUSTERING_DISTANCE_M = 200;

    @TempDir
    static Path dir;
    static Connection c;
    /** Each planned building of 2024, by commune and address. */
    static final Map<String, Residence> buildings = new HashMap<>();

    @BeforeAll
    static void generateAndImport() throws Exception {
        RplsSampleGenerator generator = new RplsSampleGenerator(REFERENCE_DIR);
        Path y2023 = dir.resolve("rpls2023_public.csv");
        Path y2024 = dir.resolve("rpls2024_public.csv");
        generator.write(y2023, RplsVariant.PUBLIQUE, 2023, DWELLINGS, SEED, StandardCharsets.UTF_8);
        generator.write(y2024, RplsVariant.PUBLIQUE, 2024, DWELLINGS, SEED, StandardCharsets.UTF_8);
        for (Residence b : new DijonResidencePlanner(DijonTerritory.load(REFERENCE_DIR, SEED), 2024).plan(DWELLINGS, SEED)) {
            buildings.put(address(b.place().communeCode(), Integer.toString(b.address().number()), b.address().suffix(),
                    b.address().street().typeCode(), b.address().street().name()), b);
        }
        c = TestDatabase.open(dir);
        RplsFixture.importFile(c, dir, y2023, 2023, LoadCheckpoint.NONE);
        RplsFixture.importFile(c, dir, y2024, 2024, LoadCheckpoint.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
    }

    private static String address(String depcom, String number, String suffix, String type, String street) {
        return depcom + '|' + number + '|' + (suffix == null ? "" : suffix) + '|' + type + '|' + street;
    }

    /** One estate: a landlord's programme in a commune (an extension building belongs to its estate). */
    private static String estate(Residence b) {
        return b.place().communeCode() + '|' + b.programme().landlord().siren() + '|' + b.programme().landlordNumber();
    }

    /** Estate → the residence ids its dwellings got in {@code millesime}. */
    private static Map<String, Set<String>> residencesByEstate(int millesime) throws Exception {
        Map<String, Set<String>> byEstate = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT depcom, numvoie, indrep, typvoie, nomvoie, residence_id FROM rpls_logement WHERE millesime = "
                        + millesime)) {
            while (rs.next()) {
                Residence b = buildings.get(address(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
                assertThat(b).as("bâtiment prévu à l'adresse %s %s", rs.getString(2), rs.getString(5)).isNotNull();
                byEstate.computeIfAbsent(estate(b), k -> new HashSet<>()).add(rs.getString(6));
            }
        }
        return byEstate;
    }

    /** Names borne by several estates of one commune, each list the estates' buildings. */
    private static Map<String, Map<String, List<Residence>>> homonyms() {
        Map<String, Map<String, List<Residence>>> byName = new HashMap<>();
        for (Residence b : buildings.values()) {
            if (!b.programme().name().isEmpty()) {
                byName.computeIfAbsent(b.place().communeCode() + '|' + ProgrammeNames.key(b.programme().name()),
                        k -> new HashMap<>()).computeIfAbsent(estate(b), k -> new ArrayList<>()).add(b);
            }
        }
        byName.values().removeIf(estates -> estates.size() < 2);
        return byName;
    }

    @Test
    void theGeneratorGivesCommonNamesToEstatesFarApart() {
        Map<String, Map<String, List<Residence>>> homonyms = homonyms();
        assertThat(homonyms.keySet()).as("noms portés par plusieurs ensembles d'une commune")
                .hasSizeGreaterThanOrEqualTo(8)
                .anyMatch(name -> name.endsWith("|LE PARC")).anyMatch(name -> name.endsWith("|LES TILLEULS"));
        assertThat(homonyms.values().stream().mapToInt(Map::size).sum()).isGreaterThanOrEqualTo(30);
        for (Map<String, List<Residence>> estates : homonyms.values()) {
            List<List<Residence>> list = new ArrayList<>(estates.values());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    assertThat(minDistance(list.get(i), list.get(j))).isGreaterThan(ProgrammeNames.HOMONYM_MIN_DISTANCE_M);
                }
            }
        }
    }

    @Test
    void eachEstateIsOneResidenceAndEachResidenceOneEstate() throws Exception {
        Map<String, Set<String>> byEstate = residencesByEstate(2024);
        assertThat(byEstate.entrySet().stream().filter(e -> e.getValue().size() != 1).map(e -> e.getKey() + " → "
                + e.getValue() + " : " + describe(e.getKey())).toList()).as("ensembles coupés en plusieurs résidences")
                .isEmpty();
        Set<String> ids = new HashSet<>();
        byEstate.values().forEach(ids::addAll);
        assertThat(ids).as("résidences distinctes").hasSize(byEstate.size());
        assertThat(TestDatabase.count(c, "SELECT count(*) FROM residence WHERE millesime = 2024")).isEqualTo(byEstate.size());
    }

    @Test
    void noResidenceExtendsBeyondTheDistancePlusItsBuildingsSpread() throws Exception {
        Map<String, List<Residence>> estates = new HashMap<>();
        buildings.values().forEach(b -> estates.computeIfAbsent(estate(b), k -> new ArrayList<>()).add(b));
        Map<String, Set<String>> byEstate = residencesByEstate(2024);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT residence_id, etendue_m FROM residence WHERE millesime = 2024")) {
            Map<String, Double> extents = new HashMap<>();
            while (rs.next()) {
                extents.put(rs.getString(1), rs.getDouble(2));
            }
            for (Map.Entry<String, Set<String>> e : byEstate.entrySet()) {
                List<Residence> estate = estates.get(e.getKey());
                double spread = 0;
                for (Residence a : estate) {
                    for (Residence b : estate) {
                        spread = Math.max(spread, distance(a, b));
                    }
                }
                assertThat(extents.get(e.getValue().iterator().next())).as(e.getKey())
                        .isLessThanOrEqualTo(CLUSTERING_DISTANCE_M + spread);
            }
        }
    }

    @Test
    void anEstateThatGainsABuildingKeepsItsIdAndHomonymsDoNotSwapTheirs() throws Exception {
        Map<String, Set<String>> before = residencesByEstate(2023);
        Map<String, Set<String>> after = residencesByEstate(2024);
        Set<String> extended = new HashSet<>();
        for (Residence b : buildings.values()) {
            if (b.programme().patrimonyYear() == 2023 && before.containsKey(estate(b))) {
                extended.add(estate(b));
            }
        }
        assertThat(extended).as("ensembles qui gagnent un bâtiment en 2023").hasSizeGreaterThanOrEqualTo(5);
        assertThat(after.keySet()).as("nouveaux ensembles").hasSizeGreaterThan(before.size());
        for (String estate : extended) {
            assertThat(after.get(estate)).as(estate).isEqualTo(before.get(estate));
        }
        int homonymEstates = 0;
        for (Map<String, List<Residence>> estates : homonyms().values()) {
            for (String estate : estates.keySet()) {
                if (before.containsKey(estate)) {
                    assertThat(after.get(estate)).as(estate).isEqualTo(before.get(estate));
                    homonymEstates++;
                }
            }
        }
        assertThat(homonymEstates).isGreaterThanOrEqualTo(20);
    }

    private static String describe(String estate) {
        StringBuilder text = new StringBuilder();
        buildings.values().stream().filter(b -> estate(b).equals(estate)).forEach(b -> text.append(String.format(
                "[%s %s%s %s, %s, x=%.0f y=%.0f, qpv=%s] ", b.programme().name(), b.address().number(),
                b.address().suffix(), b.address().street().name(), b.building(), b.site().x(), b.site().y(),
                b.site().qpv() == null ? "" : b.site().qpv().code())));
        return text.toString();
    }

    private static double distance(Residence a, Residence b) {
        return Math.hypot(a.site().x() - b.site().x(), a.site().y() - b.site().y());
    }

    private static double minDistance(List<Residence> a, List<Residence> b) {
        double min = Double.MAX_VALUE;
        for (Residence x : a) {
            for (Residence y : b) {
                min = Math.min(min, distance(x, y));
            }
        }
        return min;
    }
}
