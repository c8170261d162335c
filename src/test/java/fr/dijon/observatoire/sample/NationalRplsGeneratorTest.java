package fr.dijon.observatoire.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.dijon.observatoire.geo.Lambert93;

class NationalRplsGeneratorTest {

    private static final int ROWS = 20_000;
    private static final long SEED = 7;
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    static Path dir;
    static Path cp1252File;
    static RplsTestFile national;

    @BeforeAll
    static void generate() throws IOException {
        cp1252File = dir.resolve("rpls_france_loi_cp1252.csv");
        RplsGenerationSummary summary = NationalRplsGenerator.write(cp1252File, RplsVariant.LOI, ROWS, CP1252, SEED);
        assertThat(summary.rows()).isEqualTo(ROWS);
        national = RplsTestFile.read(cp1252File, CP1252);
    }

    @Test
    void writesExactlyTheRequestedRowsWithTheLoiHeader() {
        assertThat(national.rows).hasSize(ROWS).allSatisfy(row -> assertThat(row).hasSize(84));
        assertThat(national.header).containsExactlyElementsOf(RplsVariant.LOI.columns());
    }

    @Test
    void windows1252WithoutBomDecodesWithFrenchTypography() {
        assertThat(national.bom).isFalse();
        assertThat(national.text).containsAnyOf("œ", "’");
        assertThat(national.text).contains("Côte-d'Or", "Île-de-France", "Provence-Alpes-Côte d'Azur");
    }

    @Test
    void coversAtLeastNinetyDepartementsIncludingCorsicaAndOverseas() {
        Set<String> departements = new HashSet<>();
        Set<String> communes = new HashSet<>();
        for (String[] row : national.rows) {
            String departement = national.value(row, "DEP_CODE");
            String commune = national.value(row, "DEPCOM");
            departements.add(departement);
            communes.add(commune);
            assertThat(commune).matches("\\d{5}|2[AB]\\d{3}").startsWith(departement);
            assertThat(national.value(row, "CODEPOSTAL")).matches("\\d{5}");
        }
        assertThat(departements).hasSizeGreaterThanOrEqualTo(90).contains("2A", "2B", "971", "972", "973", "974", "75");
        assertThat(communes).contains("2A004").anyMatch(code -> code.startsWith("2B"));
    }

    @Test
    void metropolitanPositionsAreLambert93InFranceAndOverseasUseUtm() {
        Lambert93 lambert93 = new Lambert93();
        Map<String, Set<String>> epsgByDepartement = national.rows.stream().collect(Collectors.groupingBy(
                row -> national.value(row, "DEP_CODE"), Collectors.mapping(row -> national.value(row, "EPSG"), Collectors.toSet())));
        for (String[] row : national.rows) {
            if (!national.value(row, "EPSG").equals("2154")) {
                continue;
            }
            double x = RplsTestFile.decimal(national.value(row, "X"));
            double y = RplsTestFile.decimal(national.value(row, "Y"));
            assertThat(Lambert93.plausible(x, y)).isTrue();
            double[] lonLat = lambert93.toWgs84(x, y);
            assertThat(lonLat[0]).isBetween(-5.5, 10.0);
            assertThat(lonLat[1]).isBetween(41.2, 51.2);
        }
        assertThat(epsgByDepartement.get("21")).containsExactly("2154");
        assertThat(epsgByDepartement.get("971")).containsExactly("5490");
        assertThat(epsgByDepartement.get("973")).containsExactly("2972");
        assertThat(epsgByDepartement.get("974")).containsExactly("2975");
    }

    @Test
    void keepsTheValueFormatsOfTheDijonSample() {
        Set<String> identifiers = new HashSet<>();
        long inQpv = 0;
        for (String[] row : national.rows) {
            assertThat(national.value(row, "NBPIECE")).matches("[1-7]");
            assertThat(national.value(row, "SURFHAB")).matches("\\d{2,3}(,\\d{1,2})?");
            assertThat(national.value(row, "X")).matches("\\d{6,7},\\d{2}");
            assertThat(national.value(row, "DPEDATE")).matches("\\d{2}/\\d{4}");
            assertThat(national.value(row, "LOYERPRINC")).matches("9999|\\d+,\\d{2}");
            String qpv = national.value(row, "QPV_CODE");
            assertThat(qpv).matches("|QN(0\\d\\d|02[AB]|97\\d)\\d{2}[MN]");
            inQpv += qpv.isEmpty() ? 0 : 1;
            identifiers.add(national.value(row, "IDENT_REP"));
        }
        assertThat(identifiers).hasSize(ROWS);
        assertThat(inQpv / (double) ROWS).isBetween(0.12, 0.30);
    }

    @Test
    void deterministicAndUtf8WithBomByDefault() throws IOException {
        Path again = dir.resolve("again.csv");
        NationalRplsGenerator.write(again, RplsVariant.LOI, ROWS, CP1252, SEED);
        assertThat(Files.mismatch(cp1252File, again)).isEqualTo(-1L);

        Path utf8 = dir.resolve("utf8.csv");
        NationalRplsGenerator.write(utf8, 5_000, StandardCharsets.UTF_8, SEED);
        RplsTestFile read = RplsTestFile.read(utf8, StandardCharsets.UTF_8);
        assertThat(read.bom).isTrue();
        assertThat(read.header).hasSize(73);
        assertThat(read.rows).hasSize(5_000);
    }

    @Test
    void tinyFilesStillHaveExactlyTheRequestedRows() throws IOException {
        for (long rows : List.of(1L, 37L, 999L)) {
            Path file = dir.resolve("tiny" + rows + ".csv");
            assertThat(NationalRplsGenerator.write(file, rows, StandardCharsets.UTF_8, SEED).rows()).isEqualTo(rows);
            assertThat(RplsTestFile.read(file, StandardCharsets.UTF_8).rows).hasSize((int) rows);
        }
    }
}
