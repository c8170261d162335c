package fr.dijon.observatoire.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressorTest {

    private final Suppressor suppressor = new Suppressor(11);

    private static SecrecyCell cell(String id, Long n, Long d, String... groups) {
        return new SecrecyCell(id, n, d, true, List.of(groups), false);
    }

    @Test
    void primarySuppressionMasksOneToTenButNotZeroOrEleven() {
        Map<String, Suppressor.Reason> masked = suppressor.suppress(List.of(
                cell("zero", 0L, 40L), cell("un", 1L, 40L), cell("dix", 10L, 40L), cell("onze", 11L, 40L),
                cell("petit-denominateur", 0L, 7L), cell("part-sur-onze", 5L, 11L),
                new SecrecyCell("non-soumis", 3L, 4L, false, List.of(), false)));

        assertThat(masked).containsOnlyKeys("un", "dix", "petit-denominateur", "part-sur-onze");
        assertThat(masked.values()).containsOnly(Suppressor.Reason.PRIMAIRE);
    }

    @Test
    void secondarySuppressionHidesTheSmallestNonZeroPartOfARelation() {
        Map<String, Suppressor.Reason> masked = suppressor.suppress(List.of(
                cell("commune", 120L, null, "c"), cell("r1", 4L, null, "c"), cell("r2", 0L, null, "c"),
                cell("r3", 30L, null, "c"), cell("r4", 86L, null, "c")));

        assertThat(masked).containsEntry("r1", Suppressor.Reason.PRIMAIRE)
                .containsEntry("r3", Suppressor.Reason.SECONDAIRE).hasSize(2);
    }

    @Test
    void secondarySuppressionPrefersTheCellMaskedLastPeriod() {
        Map<String, Suppressor.Reason> masked = suppressor.suppress(List.of(
                cell("total", 120L, null, "g"), cell("a", 4L, null, "g"), cell("b", 30L, null, "g"),
                new SecrecyCell("c", 86L, null, true, List.of("g"), true)));

        assertThat(masked).containsOnlyKeys("a", "c");
    }

    @Test
    void secondarySuppressionCascadesAcrossLinkedTables() {
        // Residences within two communes, communes within the EPCI: masking in one relation can leave a single
        // masked cell in another one, which must be protected in turn.
        Map<String, Suppressor.Reason> masked = suppressor.suppress(List.of(
                cell("epci", 400L, null, "epci"),
                cell("communeA", 150L, null, "epci", "A"), cell("communeB", 250L, null, "epci", "B"),
                cell("a1", 5L, null, "A"), cell("a2", 145L, null, "A"),
                cell("b1", 100L, null, "B"), cell("b2", 150L, null, "B")));

        assertThat(masked).containsKeys("a1", "a2");
        assertNoRelationHasASingleMaskedCell(masked, Map.of(
                "epci", List.of("epci", "communeA", "communeB"), "A", List.of("communeA", "a1", "a2"),
                "B", List.of("communeB", "b1", "b2")));
    }

    @Test
    void aMaskedCellCannotBeRecoveredBySubtractionFromThePublishedMargins() {
        // An adversary knows every published value and every relation total = sum of parts.
        long[] residences = {3, 25, 40, 12, 7, 90};
        List<SecrecyCell> cells = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < residences.length; i++) {
            cells.add(cell("r" + i, residences[i], null, "commune"));
            total += residences[i];
        }
        cells.add(cell("commune", total, null, "commune"));

        Map<String, Suppressor.Reason> masked = suppressor.suppress(cells);

        long published = 0;
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < residences.length; i++) {
            if (masked.containsKey("r" + i)) {
                unknown.add("r" + i);
            } else {
                published += residences[i];
            }
        }
        assertThat(masked).containsKeys("r0", "r4");
        assertThat(unknown).as("une seule inconnue se retrouverait par différence").hasSizeGreaterThanOrEqualTo(2);
        long recoveredSum = total - published;
        for (String id : unknown) {
            int index = Integer.parseInt(id.substring(1));
            assertThat(recoveredSum).as("la différence ne donne pas la valeur masquée de " + id)
                    .isNotEqualTo(residences[index]);
        }
    }

    private static void assertNoRelationHasASingleMaskedCell(Map<String, Suppressor.Reason> masked,
                                                            Map<String, List<String>> relations) {
        Map<String, Long> counts = new HashMap<>();
        relations.forEach((group, members) -> counts.put(group, members.stream().filter(masked::containsKey).count()));
        assertThat(counts.values()).doesNotContain(1L);
    }
}
