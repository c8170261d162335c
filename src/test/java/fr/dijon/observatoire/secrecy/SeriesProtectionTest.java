package fr.dijon.observatoire.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Series secrecy on hand-built series: months, quarters, years, rolling sums, year-to-date, last publication. */
class SeriesProtectionTest {

    private final SeriesProtection protection = new SeriesProtection(11);

    /** 12 months (one year), with month, quarter, year, 3-month rolling and year-to-date forms. */
    private static List<SeriesProtection.Form> forms(long[] m, int lastMonth) {
        List<SeriesProtection.Form> forms = new ArrayList<>();
        for (int i = 0; i <= lastMonth; i++) {
            forms.add(form("mois:" + i, "mois", i, i, m));
            if (i >= 2) {
                forms.add(form("glissant:" + i, "mois", i - 2, i, m));
            }
        }
        forms.add(form("cumul:" + lastMonth, "mois", 0, lastMonth, m));
        for (int q = 0; (q + 1) * 3 - 1 <= lastMonth; q++) {
            forms.add(form("trimestre:" + q, "trimestre", q * 3, q * 3 + 2, m));
        }
        if (lastMonth == 11) {
            forms.add(form("annee", "annee", 0, 11, m));
        }
        return forms;
    }

    private static SeriesProtection.Form form(String key, String grain, int from, int to, long[] m) {
        int[] months = IntStream.rangeClosed(from, to).toArray();
        return new SeriesProtection.Form(key, grain, months, IntStream.of(months).mapToLong(i -> m[i]).sum());
    }

    private static Map<String, Boolean> published(SeriesProtection.Outcome outcome) {
        return outcome.decisions().stream().collect(Collectors.toMap(SeriesProtection.Decision::key,
                SeriesProtection.Decision::published));
    }

    @Test
    void aSeriesWithoutSmallCountsIsPublishedMonthByMonth() {
        long[] m = {40, 35, 50, 41, 38, 36, 44, 52, 39, 47, 33, 45};
        SeriesProtection.Outcome outcome = protection.protect(m, forms(m, 11), List.of(), Set.of());
        assertThat(outcome.grain()).isEqualTo("mois");
        assertThat(published(outcome).values()).containsOnly(true);
    }

    @Test
    void aSmallMonthSendsTheSeriesToTheQuarterWhereNoFigureIsSmall() {
        long[] m = {40, 35, 50, 41, 6, 36, 44, 52, 39, 47, 33, 45};
        SeriesProtection.Outcome outcome = protection.protect(m, forms(m, 11), List.of(), Set.of());
        assertThat(outcome.grain()).isEqualTo("trimestre");
        Map<String, Boolean> p = published(outcome);
        assertThat(p.get("mois:4")).isFalse();
        assertThat(p.get("glissant:4")).isFalse();
        assertThat(p.get("trimestre:1")).isTrue();
        assertThat(p.get("annee")).isTrue();
    }

    @Test
    void lastMonthsYearToDateDifferencedWithThisMonthsWouldGiveTheNewMonthSoItIsNotPublished() {
        // October's publication gave the year-to-date to October (59); November brings 6 households: 65 − 59 = 6.
        long[] m = {5, 7, 4, 6, 8, 3, 5, 6, 9, 6, 6, 0};
        List<SeriesProtection.Form> november = forms(m, 10);
        List<SeriesProtection.Form> october = List.of(form("cumul:9", "mois", 0, 9, m));
        assertThat(october.get(0).value()).isEqualTo(59);
        SeriesProtection.Outcome outcome = protection.protect(m, november, october, Set.of());
        Map<String, Boolean> p = published(outcome);
        assertThat(p.get("cumul:10")).isFalse();
        // At the quarter grain, 59 − (16 + 17 + 20) would give October's 6: only the year grain is left.
        assertThat(outcome.grain()).isEqualTo("annee");
        SeriesProtection.Outcome alone = protection.protect(m, november, List.of(), Set.of());
        assertThat(alone.grain()).isEqualTo("trimestre");
    }

    @Test
    void aSmallQuarterLeavesOnlyTheYearAndNothingThatWouldSolveIt() {
        // The first quarter holds 9: only the year (218) is published; rolling sums and quarters would solve it.
        long[] m = {2, 3, 4, 15, 16, 17, 18, 19, 20, 21, 22, 61};
        SeriesProtection.Outcome outcome = protection.protect(m, forms(m, 11), List.of(), Set.of());
        Map<String, Boolean> p = published(outcome);
        assertThat(outcome.grain()).isEqualTo("annee");
        assertThat(p.get("annee")).isTrue();
        assertThat(p.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)).containsExactly("annee");
    }
}
