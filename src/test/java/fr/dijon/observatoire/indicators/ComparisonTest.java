package fr.dijon.observatoire.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparisons are differences of published figures: with the last publication on other inputs, and a year back. */
class ComparisonTest {

    @TempDir
    Path dir;

    private GoldenDataset data;

    @AfterEach
    void close() throws Exception {
        data.close();
    }

    @Test
    void territorialFiguresAreComparedWithTheLastPublicationOnAnotherSurveyAndSeriesWithTheSameMonthAYearBefore()
            throws Exception {
        data = GoldenDataset.loi(dir);
        StringBuilder rows = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            rows.append(String.format("2024-%02d;SIAO21;demandes_115;242100410;%d%n", month, 1000 + 10 * month));
            rows.append(String.format("2025-%02d;SIAO21;demandes_115;242100410;%d%n", month, 1100 + 10 * month));
        }
        data.partners(rows.toString());
        data.compute(YearMonth.of(2024, 12));
        assertThat(TestDatabase.count(data.c, "SELECT count(*) FROM main.mart_comparaison_territoire")).isZero();

        // A 2025 survey: R1 now has 14 very-low-income households of its 20 respondents (10 in 2024).
        data.ops(2025, 14);
        data.compute(YearMonth.of(2025, 3));
        data.compute(YearMonth.of(2025, 12));

        // 2025-03 rests on the same RPLS and survey as 2025-12: the reference is 2024-12, the last on another survey.
        assertThat(data.string("SELECT periode_reference || ' ' || annee_ops_reference FROM main.mart_metadonnees "
                + "WHERE periode = '2025-12'")).isEqualTo("2024-12 2024");
        String keys = "ON c.niveau = %s.niveau AND c.territoire = %s.territoire AND c.indicateur = %s.indicateur "
                + "AND %s.periode = '%s'";
        String compared = "FROM main.mart_comparaison_territoire c "
                + "JOIN main.mart_territoire a " + String.format(keys, "a", "a", "a", "a", "2025-12")
                + " LEFT JOIN main.mart_territoire b " + String.format(keys, "b", "b", "b", "b", "2024-12")
                + " WHERE c.periode = '2025-12'";
        assertThat(TestDatabase.count(data.c, "SELECT count(*) FROM main.mart_territoire WHERE periode = '2025-12'"))
                .isEqualTo(TestDatabase.count(data.c, "SELECT count(*) " + compared));
        assertThat(TestDatabase.count(data.c, "SELECT count(*) " + compared
                + " AND c.ecart IS DISTINCT FROM round(a.valeur - b.valeur, 6)")).isZero();
        assertThat(TestDatabase.count(data.c, "SELECT count(*) " + compared + " AND c.ecart IS NOT NULL"))
                .isGreaterThan(10);
        // Hand-worked: the territory's very-low-income share went from (10 + 3) ÷ 50 to (14 + 3) ÷ 50.
        assertThat(data.number("SELECT ecart FROM main.mart_comparaison_territoire WHERE periode = '2025-12' "
                + "AND niveau = 'epci' AND indicateur = 'tres_bas_revenus'")).isCloseTo(4.0 / 50,
                org.assertj.core.api.Assertions.within(0.005));
        // R1's own share rests on fewer than 11 households in 2024: masked, so no difference is published for it.
        assertThat(TestDatabase.count(data.c, "SELECT count(*) " + compared + " AND (a.valeur IS NULL "
                + "OR b.valeur IS NULL) AND c.ecart IS NOT NULL")).isZero();

        // December 2025 against December 2024, within the same publication: 1 220 against 1 120.
        assertThat(data.string("SELECT valeur || ' ' || valeur_un_an_avant || ' ' || ecart || ' ' || evolution_relative "
                + "FROM main.mart_comparaison_serie WHERE periode = '2025-12' AND indicateur = 'demandes_115' "
                + "AND mois = '2025-12'")).isEqualTo("1220.0 1120.0 100.0 0.0893");
        assertThat(TestDatabase.count(data.c, "SELECT count(*) FROM main.mart_comparaison_serie c "
                + "JOIN main.mart_serie_mensuelle s ON s.periode = c.periode AND s.indicateur = c.indicateur "
                + "AND s.territoire = c.territoire AND s.mois = c.mois_un_an_avant WHERE c.periode = '2025-12' "
                + "AND c.valeur_un_an_avant IS DISTINCT FROM s.valeur")).isZero();
        assertThat(TestDatabase.count(data.c, "SELECT count(*) FROM main.mart_comparaison_serie WHERE periode = '2025-12' "
                + "AND indicateur = 'demandes_115'")).isEqualTo(12);
    }
}
