package fr.dijon.observatoire.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import fr.dijon.observatoire.geo.Lambert93;

class RplsSampleGeneratorTest {

    private static final Path REFERENCE_DIR = Path.of("reference-data");
    private static final int DWELLINGS = 25_000;
    private static final long SEED = 42;
    /** About 50 m in latitude (34 m in longitude at 47° N). */
    private static final double TOLERANCE_DEGREES = 0.00045;

    private static final List<String> PUBLIC_HEADER = List.of(("REG_CODE;REG_LIBELLE;DEP_CODE;DEP_LIBELLE;EPCI_CODE;"
            + "EPCI_LIBELLE;DEPCOM;LIBCOM;CODEPOSTAL;DROIT_CODE;DROIT_LIBELLE;NUMVOIE;INDREP;TYPVOIE;NOMVOIE;NUMAPPT;"
            + "NUMBOITE;ESC;COULOIR;ETAGE;COMPLIDENT;ENTREE;BAT;IMMEU;COMPLGEO;LIEUDIT;QPV_CODE;QPV_LIBELLE;"
            + "TYPECONST_CODE;TYPECONST_LIBELLE;NBPIECE;SURFHAB;CONSTRUCT;LOCAT;PATRIMOINE;ORIGINE_CODE;ORIGINE_LIBELLE;"
            + "FINAN_CODE;FINAN_LIBELLE;FINANAUTRE;CONV;NUMCONV;DATCONV;NEWLOGT_CODE;NEWLOGT_LIBELLE;CUS;DPEDATE;"
            + "DPEENERGIE;DPESERRE;SRU_EXPIR;SRU_ALINEA;CODSEGPATRIM;LIBSEGPATRIM;PMR_CODE;PMR_LIBELLE;PLG_VOIE;EPSG;X;Y;"
            + "PLG_QP24;PLG_IRIS2024_CODE;PLG_IRIS2024_LIBELLE;QUALITE_VOIE;QUALITE_XY;DISTANCE_PRECISION;"
            + "QUALITE_GEOLOC;UU2020_CODE;UU2020_LIBELLE;AAV2020_CODE;AAV2020_LIBELLE;ZE2020_CODE;ZE2020_LIBELLE;"
            + "PLG_CODEPOSTAL").split(";"));
    private static final List<String> LOI_EXTRA = List.of(
            "IDENT_REP;IDENT_INT;IDENT_ORG;RS;MODE;BAIL;DUREE_VACANCE;LOYERPRINC;LOYERACC;LOYERMAXAPL;LOYERMAXCUS"
                    .split(";"));
    private static final Set<String> PRE_1977_FINANCING = Set.of("50", "51", "52", "53", "54", "55");

    @TempDir
    static Path dir;
    static Path loiFile;
    static RplsTestFile loi;
    static RplsTestFile publique;

    @BeforeAll
    static void generate() throws IOException {
        loiFile = dir.resolve("rpls_dijon_loi.csv");
        RplsGenerationSummary summary = RplsSampleGenerator.writeDijon(loiFile, RplsVariant.LOI, DWELLINGS, SEED);
        assertThat(summary.rows()).isEqualTo(DWELLINGS);
        loi = RplsTestFile.read(loiFile, StandardCharsets.UTF_8);
        Path publicFile = dir.resolve("rpls_dijon_public.csv");
        RplsSampleGenerator.writeDijon(publicFile, RplsVariant.PUBLIQUE, DWELLINGS, SEED);
        publique = RplsTestFile.read(publicFile, StandardCharsets.UTF_8);
    }

    @Test
    void sameSeedGivesByteIdenticalFileAndAnotherSeedDoesNot() throws IOException {
        Path again = dir.resolve("again.csv");
        Path other = dir.resolve("other.csv");
        RplsSampleGenerator.writeDijon(again, RplsVariant.LOI, DWELLINGS, SEED);
        RplsSampleGenerator.writeDijon(other, RplsVariant.LOI, DWELLINGS, SEED + 1);

        assertThat(Files.mismatch(loiFile, again)).isEqualTo(-1L);
        assertThat(Files.mismatch(loiFile, other)).isNotEqualTo(-1L);
    }

    @Test
    void headersHaveTheSdesColumnsInOrder() {
        List<String> loiHeader = new ArrayList<>(PUBLIC_HEADER);
        loiHeader.addAll(LOI_EXTRA);

        assertThat(publique.header).hasSize(73).containsExactlyElementsOf(PUBLIC_HEADER);
        assertThat(loi.header).hasSize(84).containsExactlyElementsOf(loiHeader);
        assertThat(RplsVariant.PUBLIQUE.columns()).containsExactlyElementsOf(PUBLIC_HEADER);
        assertThat(RplsVariant.LOI.columns()).containsExactlyElementsOf(loiHeader);
    }

    @Test
    void utf8WithBomAndCrlfLineEndingsOnly() {
        assertThat(loi.bom).isTrue();
        assertThat(publique.bom).isTrue();
        long lineFeeds = loi.text.chars().filter(c -> c == '\n').count();
        long crlf = loi.text.split("\r\n", -1).length - 1;
        assertThat(lineFeeds).isEqualTo(crlf).isEqualTo(DWELLINGS + 1);
        assertThat(loi.text.chars().filter(c -> c == '"').count()).isZero();
    }

    @Test
    void everyRowHasTheHeaderFieldCount() {
        assertThat(loi.rows).hasSize(DWELLINGS).allSatisfy(row -> assertThat(row).hasSize(84));
        assertThat(publique.rows).hasSize(DWELLINGS).allSatisfy(row -> assertThat(row).hasSize(73));
    }

    @Test
    void publicFileIsTheFirst73ColumnsOfTheLoiFile() {
        for (int i = 0; i < DWELLINGS; i++) {
            assertThat(publique.rows.get(i)).containsExactly(Arrays.copyOf(loi.rows.get(i), 73));
        }
    }

    @Test
    void oneThousandToTwoThousandResidences() {
        int depcom = loi.column("DEPCOM");
        int[] address = {depcom, loi.column("NUMVOIE"), loi.column("INDREP"), loi.column("TYPVOIE"), loi.column("NOMVOIE")};
        int immeu = loi.column("IMMEU");
        Set<String> addresses = new HashSet<>();
        Set<String> programmes = new HashSet<>();
        for (String[] row : loi.rows) {
            addresses.add(RplsTestFile.key(row, address));
            programmes.add(row[immeu].isEmpty() ? RplsTestFile.key(row, address) : row[depcom] + "|P|" + row[immeu]);
        }
        assertThat(addresses.size()).isBetween(1_000, 2_000);
        assertThat(programmes.size()).isBetween(1_000, 2_000).isLessThan(addresses.size());
    }

    @Test
    void allTwentyThreeCommunesWithTheirReferenceNames() throws IOException {
        Map<String, String> names = Files.readAllLines(REFERENCE_DIR.resolve("dm_communes.csv")).stream().skip(1)
                .map(line -> line.split(","))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        Map<String, Set<String>> seen = new HashMap<>();
        for (String[] row : loi.rows) {
            seen.computeIfAbsent(loi.value(row, "DEPCOM"), k -> new HashSet<>()).add(loi.value(row, "LIBCOM"));
            assertThat(loi.value(row, "EPCI_CODE")).isEqualTo("242100410");
            assertThat(loi.value(row, "EPCI_LIBELLE")).isEqualTo("Dijon Métropole");
            assertThat(loi.value(row, "DEP_LIBELLE")).isEqualTo("Côte-d'Or");
            assertThat(loi.value(row, "REG_LIBELLE")).isEqualTo("Bourgogne-Franche-Comté");
        }
        assertThat(seen.keySet()).isEqualTo(names.keySet()).hasSize(23);
        seen.forEach((code, libcom) -> assertThat(libcom).containsExactly(names.get(code)));
        assertThat(seen.get("21166")).containsExactly("Chenôve");
    }

    @Test
    void communeSharesFollowTheTargets() {
        Map<String, Long> counts = loi.rows.stream()
                .collect(Collectors.groupingBy(row -> loi.value(row, "DEPCOM"), Collectors.counting()));
        assertThat(counts.get("21231") / (double) DWELLINGS).isBetween(0.55, 0.61);
        assertThat(counts.get("21166") / (double) DWELLINGS).isBetween(0.09, 0.13);
        assertThat(counts.get("21270")).as("Flavignerot, 232 inhabitants").isBetween(1L, 30L);
    }

    @Test
    void aboutAQuarterOfDwellingsInTheSixQpv() {
        long inQpv = loi.rows.stream().filter(row -> !loi.value(row, "QPV_CODE").isEmpty()).count();
        assertThat(inQpv / (double) DWELLINGS).isBetween(0.22, 0.32);
        Map<String, String> qpvCommunes = Map.of("QN02101M", "21166", "QN02102M", "21231", "QN02103M", "21231",
                "QN02104M", "21355", "QN02105M", "21617", "QN02106N", "21515");
        Set<String> seen = new HashSet<>();
        for (String[] row : loi.rows) {
            String qpv = loi.value(row, "QPV_CODE");
            assertThat(loi.value(row, "PLG_QP24")).isEqualTo(qpv);
            if (!qpv.isEmpty()) {
                seen.add(qpv);
                assertThat(loi.value(row, "DEPCOM")).isEqualTo(qpvCommunes.get(qpv));
                assertThat(loi.value(row, "QPV_LIBELLE")).isNotEmpty();
            }
        }
        assertThat(seen).isEqualTo(qpvCommunes.keySet());
    }

    @Test
    void everyPositionLiesInItsCommuneAndQpvRowsInTheirQpv() {
        Map<String, PreparedGeometry> communes = polygons("dm_communes.geojson", "code_insee", TOLERANCE_DEGREES);
        Map<String, PreparedGeometry> qpvs = polygons("dm_qpv_2024.geojson", "code_qp", TOLERANCE_DEGREES);
        Map<String, PreparedGeometry> exactQpvs = polygons("dm_qpv_2024.geojson", "code_qp", 0);
        Lambert93 lambert93 = new Lambert93();
        GeometryFactory factory = new GeometryFactory();
        int x = loi.column("X");
        int y = loi.column("Y");
        Set<String> checked = new HashSet<>();
        for (String[] row : loi.rows) {
            String commune = loi.value(row, "DEPCOM");
            String qpv = loi.value(row, "QPV_CODE");
            assertThat(loi.value(row, "EPSG")).isEqualTo("2154");
            assertThat(row[x]).matches("\\d{6},\\d{2}");
            assertThat(row[y]).matches("\\d{7},\\d{2}");
            if (!checked.add(commune + "|" + qpv + "|" + row[x] + "|" + row[y])) {
                continue;
            }
            double[] lonLat = lambert93.toWgs84(RplsTestFile.decimal(row[x]), RplsTestFile.decimal(row[y]));
            Point point = factory.createPoint(new Coordinate(lonLat[0], lonLat[1]));
            assertThat(communes.get(commune).contains(point)).as("%s in %s", point, commune).isTrue();
            if (qpv.isEmpty()) {
                exactQpvs.forEach((code, area) -> assertThat(area.contains(point)).as("%s not in %s", point, code).isFalse());
            } else {
                assertThat(qpvs.get(qpv).contains(point)).as("%s in %s", point, qpv).isTrue();
            }
        }
        assertThat(checked.size()).isGreaterThan(1_000);
    }

    @Test
    void dwellingsOfOneAddressShareTheResidenceAttributes() {
        int[] address = {loi.column("DEPCOM"), loi.column("NUMVOIE"), loi.column("INDREP"), loi.column("TYPVOIE"),
            loi.column("NOMVOIE")};
        int[] shared = {loi.column("X"), loi.column("Y"), loi.column("CONSTRUCT"), loi.column("IMMEU"),
            loi.column("QPV_CODE"), loi.column("TYPECONST_CODE"), loi.column("RS"), loi.column("LIBCOM")};
        Map<String, String> byAddress = new HashMap<>();
        for (String[] row : loi.rows) {
            String attributes = RplsTestFile.key(row, shared);
            String previous = byAddress.putIfAbsent(RplsTestFile.key(row, address), attributes);
            assertThat(previous == null ? attributes : previous).isEqualTo(attributes);
        }
        long multiAddressProgrammes = loi.rows.stream().filter(row -> !loi.value(row, "BAT").isEmpty())
                .map(row -> loi.value(row, "DEPCOM") + loi.value(row, "IMMEU")).distinct().count();
        assertThat(multiAddressProgrammes).as("estates spanning 2-3 street numbers").isGreaterThan(20);
    }

    @Test
    void valuesFollowTheRplsConventions() {
        for (String[] row : loi.rows) {
            assertThat(loi.value(row, "DEPCOM")).matches("21\\d{3}");
            assertThat(loi.value(row, "NBPIECE")).matches("[1-7]");
            assertThat(loi.value(row, "SURFHAB")).matches("\\d{2,3}(,\\d{1,2})?");
            assertThat(loi.value(row, "TYPECONST_CODE") + "=" + loi.value(row, "TYPECONST_LIBELLE"))
                    .isIn("C=Collectif", "I=Individuel", "E=Étudiant");
            int construct = Integer.parseInt(loi.value(row, "CONSTRUCT"));
            assertThat(Integer.parseInt(loi.value(row, "LOCAT"))).isBetween(construct, 2023);
            assertThat(Integer.parseInt(loi.value(row, "PATRIMOINE"))).isBetween(construct, 2023);
            assertThat(loi.value(row, "CONV")).isIn("1", "2");
            assertThat(loi.value(row, "DATCONV")).matches(loi.value(row, "CONV").equals("1") ? "\\d{2}/\\d{2}/\\d{4}" : "");
            assertThat(loi.value(row, "PMR_CODE")).isIn("1", "2", "");
            assertThat(loi.value(row, "NUMVOIE")).matches("\\d+");
            assertThat(loi.value(row, "TYPVOIE")).isIn("RUE", "AV", "BD", "ALL", "PL", "IMP", "CHE", "RTE", "QUAI", "SQ",
                    "CRS", "PROM");
            assertThat(loi.value(row, "IDENT_REP")).matches("[0-9A-Z]{10}");
            assertThat(loi.value(row, "IDENT_ORG")).matches("\\d{9}");
            assertThat(loi.value(row, "MODE")).matches("[1-5]");
        }
        assertThat(loi.rows.stream().map(row -> loi.value(row, "IDENT_REP")).distinct().count()).isEqualTo(DWELLINGS);
        assertThat(loi.text).contains("de l'Île", "Jean-Jacques Rousseau", "des Œillets", "Fénay", "Neuilly-Crimolois",
                "CITE DES GRESILLES", "GRAND DIJON HABITAT");
    }

    @Test
    void financingMatchesTheConstructionPeriod() {
        int pre1977 = 0;
        int pre1977WithOldFinancing = 0;
        for (String[] row : loi.rows) {
            String financing = loi.value(row, "FINAN_CODE");
            int construct = Integer.parseInt(loi.value(row, "CONSTRUCT"));
            int patrimoine = Integer.parseInt(loi.value(row, "PATRIMOINE"));
            assertThat(financing).isIn("10", "11", "12", "13", "14", "15", "16", "17", "49", "50", "51", "52", "53", "54",
                    "55", "99");
            assertThat(loi.value(row, "FINAN_LIBELLE")).isNotBlank();
            if (PRE_1977_FINANCING.contains(financing)) {
                assertThat(construct).isLessThan(1977);
            }
            if (Set.of("10", "12", "14").contains(financing)) {
                assertThat(Math.max(construct, patrimoine)).as("PLAI/PLUS/PLS are recent").isGreaterThanOrEqualTo(2000);
            }
            if (construct < 1977) {
                pre1977++;
                if (PRE_1977_FINANCING.contains(financing)) {
                    pre1977WithOldFinancing++;
                }
            }
        }
        assertThat(pre1977 / (double) DWELLINGS).isBetween(0.30, 0.50);
        assertThat(pre1977WithOldFinancing / (double) pre1977).isGreaterThan(0.8);
    }

    @Test
    void energyRatingsAreRealistic() {
        int rated = 0;
        int fOrG = 0;
        int oldRated = 0;
        int oldFOrG = 0;
        for (String[] row : loi.rows) {
            String date = loi.value(row, "DPEDATE");
            String energy = loi.value(row, "DPEENERGIE");
            if (date.equals("01/1900")) {
                assertThat(energy).isEmpty();
                assertThat(loi.value(row, "DPESERRE")).isEmpty();
                continue;
            }
            assertThat(date).matches("(0[1-9]|1[0-2])/20(1[1-9]|2[0-3])");
            assertThat(energy).matches("[A-G]");
            assertThat(loi.value(row, "DPESERRE")).matches("[A-G]");
            rated++;
            boolean bad = energy.equals("F") || energy.equals("G");
            fOrG += bad ? 1 : 0;
            if (Integer.parseInt(loi.value(row, "CONSTRUCT")) < 1977) {
                oldRated++;
                oldFOrG += bad ? 1 : 0;
            }
        }
        assertThat(1 - rated / (double) DWELLINGS).as("share without DPE").isBetween(0.03, 0.15);
        assertThat(fOrG / (double) rated).isBetween(0.07, 0.13);
        assertThat(oldFOrG / (double) oldRated).isGreaterThan(fOrG / (double) rated);
    }

    @Test
    void rentSentinelOnlyForDwellingsNotLetAllJanuary() {
        for (String[] row : loi.rows) {
            String mode = loi.value(row, "MODE");
            String lease = loi.value(row, "BAIL");
            boolean leaseInJanuary = lease.endsWith("/01/2024");
            boolean sentinel = loi.value(row, "LOYERPRINC").equals("9999");
            assertThat(sentinel).as("9999 iff not let all January: %s", String.join(";", row))
                    .isEqualTo(!mode.equals("1") || leaseInJanuary);
            assertThat(lease).matches(mode.equals("1") ? "\\d{2}/\\d{2}/\\d{4}" : "");
            assertThat(loi.value(row, "DUREE_VACANCE")).matches(mode.equals("2") || mode.equals("3") ? "\\d+" : "");
            assertThat(loi.value(row, "LOYERACC")).matches("999|\\d+,\\d{2}");
            assertThat(loi.value(row, "LOYERMAXAPL")).matches(loi.value(row, "CONV").equals("1") ? "\\d+,\\d{2}" : "");
            if (!sentinel) {
                double rent = RplsTestFile.decimal(loi.value(row, "LOYERPRINC"));
                assertThat(RplsTestFile.decimal(loi.value(row, "LOYERMAXCUS"))).isGreaterThanOrEqualTo(rent);
                if (!loi.value(row, "LOYERMAXAPL").isEmpty()) {
                    assertThat(RplsTestFile.decimal(loi.value(row, "LOYERMAXAPL"))).isGreaterThanOrEqualTo(rent);
                }
            }
        }
    }

    @Test
    void occupancyAndMobilityRates() {
        long let = loi.rows.stream().filter(row -> loi.value(row, "MODE").equals("1")).count();
        long vacant = loi.rows.stream().filter(row -> loi.value(row, "MODE").equals("2")).count();
        List<String[]> letBefore = loi.rows.stream().filter(row -> loi.value(row, "MODE").equals("1")
                && Integer.parseInt(loi.value(row, "LOCAT")) < 2023).toList();
        long movedIn2023 = letBefore.stream().filter(row -> loi.value(row, "BAIL").endsWith("/2023")).count();

        assertThat(let / (double) DWELLINGS).isBetween(0.91, 0.96);
        assertThat(vacant / (double) DWELLINGS).isBetween(0.025, 0.06);
        assertThat(movedIn2023 / (double) letBefore.size()).isBetween(0.07, 0.11);
    }

    @Test
    void rentsPerSquareMetreFollowTheFinancingAndTheAplCeilingSplitsTheStock() {
        Map<String, List<Double>> perSquareMetre = new HashMap<>();
        Map<String, int[]> underCeiling = new HashMap<>();
        for (String[] row : loi.rows) {
            String rent = loi.value(row, "LOYERPRINC");
            if (rent.equals("9999") || loi.value(row, "TYPECONST_CODE").equals("E")) {
                continue;
            }
            double monthly = RplsTestFile.decimal(rent);
            String group = group(loi.value(row, "FINAN_CODE"));
            perSquareMetre.computeIfAbsent(group, k -> new ArrayList<>())
                    .add(monthly / RplsTestFile.decimal(loi.value(row, "SURFHAB")));
            int[] counts = underCeiling.computeIfAbsent(group, k -> new int[2]);
            counts[0] += monthly <= aplCeiling(Integer.parseInt(loi.value(row, "NBPIECE"))) ? 1 : 0;
            counts[1]++;
        }
        assertThat(median(perSquareMetre.get("AVANT_1977"))).isBetween(4.5, 5.2);
        assertThat(median(perSquareMetre.get("PLAI"))).isBetween(4.7, 5.4);
        assertThat(median(perSquareMetre.get("PLUS"))).isBetween(5.4, 6.3);
        assertThat(median(perSquareMetre.get("PLS"))).isBetween(7.8, 9.2);
        assertThat(median(perSquareMetre.get("PLI"))).isBetween(9.2, 10.9);
        assertThat(share(underCeiling.get("AVANT_1977"))).isGreaterThan(0.85);
        assertThat(share(underCeiling.get("PLAI"))).isGreaterThan(0.75);
        assertThat(share(underCeiling.get("PLS"))).as("PLS mostly above the APL ceiling").isLessThan(0.3);
    }

    @Test
    void windows1252VariantHasNoBomAndTheSameContent(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("cp1252.csv");
        Charset cp1252 = Charset.forName("windows-1252");
        new RplsSampleGenerator(REFERENCE_DIR).write(file, RplsVariant.PUBLIQUE, DWELLINGS, SEED, cp1252);
        RplsTestFile read = RplsTestFile.read(file, cp1252);

        assertThat(read.bom).isFalse();
        assertThat(read.text).isEqualTo(publique.text);
    }

    @Test
    void refusesTooFewDwellings(@TempDir Path tmp) {
        assertThatThrownBy(() -> RplsSampleGenerator.writeDijon(tmp.resolve("x.csv"), RplsVariant.LOI, 50, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("communes");
    }

    private static Map<String, PreparedGeometry> polygons(String file, String idProperty, double buffer) {
        Map<String, PreparedGeometry> polygons = new HashMap<>();
        for (GeoFeature feature : GeoJsonFeatures.read(REFERENCE_DIR.resolve(file), idProperty)) {
            polygons.put(feature.id(), PreparedGeometryFactory.prepare(
                    buffer == 0 ? feature.geometry() : feature.geometry().buffer(buffer)));
        }
        return Collections.unmodifiableMap(polygons);
    }

    private static String group(String financing) {
        return switch (financing) {
            case "10", "11" -> "PLAI";
            case "12", "13" -> "PLUS";
            case "14", "15", "17" -> "PLS";
            case "16" -> "PLI";
            case "49", "99" -> "AUTRE";
            default -> "AVANT_1977";
        };
    }

    /** Zone II APL rent ceiling for the household a dwelling of this size usually houses. */
    private static double aplCeiling(int rooms) {
        return switch (rooms) {
            case 1 -> 278.28;
            case 2 -> 340.62;
            case 3 -> 383.28;
            case 4 -> 383.28 + 55.79;
            default -> 383.28 + 2 * 55.79;
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double share(int[] counts) {
        return counts[0] / (double) counts[1];
    }
}
