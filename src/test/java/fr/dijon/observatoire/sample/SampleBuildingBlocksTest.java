package fr.dijon.observatoire.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SampleBuildingBlocksTest {

    @Test
    void apportionmentAddsUpExactlyAndRespectsTheMinimum() {
        long[] parts = Apportionment.largestRemainder(1_001, new double[] {0.58, 0.11, 0.3, 0.0001}, 3);

        assertThat(LongStream.of(parts).sum()).isEqualTo(1_001);
        assertThat(LongStream.of(parts).min().orElseThrow()).isGreaterThanOrEqualTo(3);
        assertThat(parts[0]).isBetween(575L, 582L);
    }

    @Test
    void seededRandomIsReproducibleAndBounded() {
        SeededRandom a = new SeededRandom(99);
        SeededRandom b = new SeededRandom(99);
        for (int i = 0; i < 10_000; i++) {
            int value = a.between(3, 7);
            assertThat(value).isEqualTo(b.between(3, 7)).isBetween(3, 7);
        }
        assertThat(new SeededRandom(1).nextLong()).isNotEqualTo(new SeededRandom(2).nextLong());
    }

    @Test
    void identRepIsUniqueAndTenCharactersLong() {
        IdentRepSequence sequence = new IdentRepSequence(5);
        RowBytes row = new RowBytes(new TextEncoder(StandardCharsets.UTF_8), 1 << 20);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            row.reset();
            sequence.appendNext(row);
            String id = new String(row.data(), 0, row.length(), StandardCharsets.US_ASCII);
            assertThat(id).matches("[0-9A-Z]{10}");
            seen.add(id);
        }
        assertThat(seen).hasSize(50_000);
    }

    @Test
    void sirenNumbersHaveAValidLuhnKey() {
        assertThat(SirenNumbers.withCheckDigit("24210041")).as("Dijon Métropole's real SIREN").isEqualTo("242100410");
        assertThat(DijonLandlords.GRAND_DIJON_HABITAT.siren()).hasSize(9);
    }

    @Test
    void streetsHaveAGeocoderStyleLabel() {
        assertThat(Street.parse("RUE|de l'Île").geocodedLabel()).isEqualTo("RUE DE L ILE");
        assertThat(Street.parse("ALL|des Œillets").geocodedLabel()).isEqualTo("ALLEE DES OEILLETS");
        assertThat(Street.parse("AV|Général de Gaulle").geocodedLabel()).isEqualTo("AVENUE GENERAL DE GAULLE");
    }

    @Test
    void estateNamesComeFromTheQpvName() {
        assertThat(ProgrammeNames.estateName(new Qpv("QN02103M", "Les Grésilles"))).isEqualTo("CITE DES GRESILLES");
        assertThat(ProgrammeNames.estateName(new Qpv("QN02101M", "Le Mail"))).isEqualTo("CITE DU MAIL");
        assertThat(ProgrammeNames.estateName(new Qpv("QN02102M", "Fontaine D'Ouche")))
                .isEqualTo("CITE FONTAINE D'OUCHE");
    }

    @Test
    void programmeNamesAreUniqueWithinACommune() {
        ProgrammeNames names = new ProgrammeNames();
        Set<String> used = new HashSet<>();
        SeededRandom random = new SeededRandom(3);
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            generated.add(ProgrammeNames.key(names.next(null, used, random)));
        }
        assertThat(new HashSet<>(generated)).hasSize(300);
    }

    @Test
    void financingFollowsTheConstructionYear() {
        FinancingModel model = new FinancingModel();
        SeededRandom random = new SeededRandom(11);
        for (int i = 0; i < 2_000; i++) {
            assertThat(model.main(ZoneProfile.CITY, BuildingType.COLLECTIF, 1965, false, random).group)
                    .isEqualTo(FinancingGroup.AVANT_1977);
            assertThat(model.main(ZoneProfile.CITY, BuildingType.COLLECTIF, 2015, false, random).group)
                    .isIn(FinancingGroup.PLAI, FinancingGroup.PLUS, FinancingGroup.PLS, FinancingGroup.PLI,
                            FinancingGroup.AUTRE);
            assertThat(Arrays.asList(Financing.PLA, Financing.PLA_TS, Financing.AUTRE_PLS, Financing.PLA_CFF,
                    Financing.AUTRE_ETAT, Financing.PLI))
                    .contains(model.main(ZoneProfile.SUBURB, BuildingType.COLLECTIF, 1992, false, random));
        }
    }

    @Test
    void financingCodesAndGroupsMatchTheImporterReferenceTable() throws IOException {
        Path table = Path.of("reference-data", "rpls_financements.csv");
        assumeTrue(Files.exists(table), "table de référence des financements absente");
        Map<String, String> groups = new HashMap<>();
        for (String line : Files.readAllLines(table).subList(1, 17)) {
            String[] fields = line.split(";");
            groups.put(fields[0], fields[3].equals("oui") ? "AVANT_1977" : fields[1].toUpperCase(Locale.ROOT));
        }
        for (Financing financing : Financing.values()) {
            assertThat(groups).containsEntry(financing.code, financing.group.name());
        }
    }

    @Test
    void departementCatalogueHasOneHundredDepartements() {
        assertThat(DepartementCatalogue.all()).hasSize(100)
                .extracting(Departement::code).doesNotHaveDuplicates().contains("01", "2A", "2B", "95", "971", "974");
        assertThat(DepartementCatalogue.all()).allSatisfy(d -> assertThat(d.regionName()).isNotBlank());
    }
}
