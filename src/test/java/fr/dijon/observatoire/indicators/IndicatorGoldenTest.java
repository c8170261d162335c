package fr.dijon.observatoire.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicators on a small hand-built dataset, with every expected value worked out by hand below. */
class IndicatorGoldenTest {

    @TempDir
    Path dir;

    private GoldenDataset data;

    @AfterEach
    void close() throws Exception {
        data.close();
    }

    private void compute(YearMonth period) throws Exception {
        data.compute(period);
    }

    private double number(String sql) throws Exception {
        return data.number(sql);
    }

    private String string(String sql) throws Exception {
        return data.string(sql);
    }

    private void loiDataset() throws Exception {
        data = GoldenDataset.loi(dir);
    }

    @Test
    void accessibilityWithRentsAgainstTheAplCeilings() throws Exception {
        loiDataset();
        compute(YearMonth.of(2026, 10));

        assertThat(number("SELECT part_accessible FROM mart_residence WHERE depcom = '21231'")).isEqualTo(0.5);
        assertThat(string("SELECT classe_accessibilite || ' / ' || methode_accessibilite FROM mart_residence "
                + "WHERE depcom = '21231'")).isEqualTo("accessible aux ménages les plus modestes / loyers");
        assertThat(number("SELECT part_accessible FROM mart_residence WHERE depcom = '21166'")).isZero();
        assertThat(string("SELECT classe_accessibilite FROM mart_residence WHERE depcom = '21166'"))
                .isEqualTo("peu accessible");
        double r1RentPerM2 = (250.0 + 350 + 380 + 450) / (30 + 45 + 65 + 80);
        double r2RentPerM2 = (390.0 + 600) / (60 + 100);
        double median = (r1RentPerM2 + r2RentPerM2) / 2;
        assertThat(number("SELECT loyer_m2 FROM mart_residence WHERE depcom = '21231'")).isCloseTo(r1RentPerM2, within(1e-6));
        assertThat(number("SELECT loyer_m2_indice FROM mart_residence WHERE depcom = '21231'"))
                .isCloseTo(r1RentPerM2 / median, within(1e-4));
        assertThat(number("SELECT valeur FROM mart_territoire WHERE niveau = 'epci' AND indicateur = "
                + "'part_logements_accessibles'")).isCloseTo(2.0 / 6, within(1e-9));
    }

    @Test
    void fragilityComponentsCompositeClassesAndCrossing() throws Exception {
        loiDataset();
        compute(YearMonth.of(2026, 10));

        // R1: 20 respondents, R2: 30. Reference = sum of numerators ÷ sum of denominators.
        double[] r1 = {10.0 / 20, 16.0 / 20, 12.0 / 20, 12.0 / 30, 4.0 / 20, 2.0 / 20, 3.0 / 5};
        double[] r2 = {3.0 / 30, 18.0 / 30, 9.0 / 30, 10.0 / 50, 3.0 / 30, 1.0 / 30, 1.0 / 6};
        double[] ref = {13.0 / 50, 34.0 / 50, 21.0 / 50, 22.0 / 80, 7.0 / 50, 3.0 / 50, 4.0 / 11};
        double[] weights = {0.25, 0.10, 0.15, 0.15, 0.10, 0.05, 0.10};
        String[] codes = {"tres_bas_revenus", "eligibles_plai", "beneficiaires_apl", "adultes_sans_emploi",
            "familles_monoparentales", "familles_nombreuses", "emmenages_pauvres"};
        double r1Composite = 0;
        double r2Composite = 0;
        double weightSum = 0;
        for (int i = 0; i < codes.length; i++) {
            assertThat(number("SELECT indice FROM calcul.int_residence_composante c JOIN residence r USING (residence_id) "
                    + "WHERE r.depcom = '21231' AND composante = '" + codes[i] + "'"))
                    .as(codes[i]).isCloseTo(r1[i] / ref[i], within(1e-9));
            r1Composite += weights[i] * r1[i] / ref[i];
            r2Composite += weights[i] * r2[i] / ref[i];
            weightSum += weights[i];
        }
        // Vacancy and mobility are 0 everywhere (all let since 2015): their reference is 0, so no index.
        assertThat(number("SELECT count(*) FROM calcul.int_residence_composante WHERE composante IN ('vacance', 'mobilite') "
                + "AND indice IS NOT NULL")).isZero();
        r1Composite /= weightSum;
        r2Composite /= weightSum;
        assertThat(r1Composite).isGreaterThan(1.30);
        assertThat(r2Composite).isLessThan(1.10);
        assertThat(number("SELECT indice_composite FROM mart_residence WHERE depcom = '21231'"))
                .isCloseTo(r1Composite, within(1e-9));
        assertThat(number("SELECT indice_composite FROM mart_residence WHERE depcom = '21166'"))
                .isCloseTo(r2Composite, within(1e-9));
        assertThat(string("SELECT classe_fragilite || ' / ' || croisement FROM mart_residence WHERE depcom = '21231'"))
                .isEqualTo("fragile / accessible mais fragile");
        assertThat(string("SELECT classe_fragilite || ' / ' || croisement FROM mart_residence WHERE depcom = '21166'"))
                .isEqualTo("équilibrée / peu ou partiellement accessible");
        assertThat(string("SELECT composante_principale FROM mart_residence WHERE depcom = '21231'"))
                .isEqualTo("tres_bas_revenus");

        // Secrecy: R1's 10 very-low-income households and 4 single-parent families are published as "s".
        assertThat(string("SELECT coalesce(CAST(part AS VARCHAR), 's') || ' ' || secret FROM mart_residence_composante "
                + "m JOIN residence r USING (residence_id) WHERE r.depcom = '21231' AND composante = 'tres_bas_revenus'"))
                .isEqualTo("s primaire");
        assertThat(number("SELECT part FROM mart_residence_composante m JOIN residence r USING (residence_id) "
                + "WHERE r.depcom = '21231' AND composante = 'eligibles_plai'")).isEqualTo(0.8);
    }

    @Test
    void withoutRentsTheFinancingProxyIsFlaggedAsAnEstimate() throws Exception {
        data = new GoldenDataset(dir);
        data.rpls(RplsFixture.modern(false)
                .row(Map.of("FINAN_CODE", "10")).row(Map.of("FINAN_CODE", "12"))
                .row(Map.of("FINAN_CODE", "12")).row(Map.of("FINAN_CODE", "14"))
                .row(GoldenDataset.with(GoldenDataset.R2, "FINAN_CODE", "11")).row(GoldenDataset.with(GoldenDataset.R2, "FINAN_CODE", "53")));
        compute(YearMonth.of(2026, 10));

        assertThat(string("SELECT part_accessible || ' ' || classe_accessibilite || ' / ' || methode_accessibilite "
                + "FROM mart_residence WHERE depcom = '21231'")).isEqualTo("0.25 partiellement accessible / estimation");
        assertThat(string("SELECT part_accessible || ' ' || classe_accessibilite FROM mart_residence "
                + "WHERE depcom = '21166'")).isEqualTo("1.0 accessible aux ménages les plus modestes");
        assertThat(string("SELECT croisement FROM mart_residence WHERE depcom = '21166'"))
                .isEqualTo("occupation non renseignée");
    }

    @Test
    void aYearlyStockIsNeverTheSumOfItsMonths() throws Exception {
        data = new GoldenDataset(dir);
        data.rpls(RplsFixture.modern(false).rows(2));
        StringBuilder rows = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            String period = String.format("2025-%02d", month);
            rows.append(period).append(";DM_LDA;menages_accompagnes_lda;242100410;").append(99 + month).append('\n');
            rows.append(period).append(";HEBERGEMENT;places_insertion;242100410;").append(month <= 6 ? 300 : 320).append('\n');
            rows.append(period).append(";SIAO21;demandes_115;242100410;").append(1000 + 10 * month).append('\n');
        }
        rows.append("2026-01;AIS;logements_prives_captes;242100410;5\n");
        data.partners(rows.toString());
        compute(YearMonth.of(2026, 1));

        String annual = "SELECT valeur FROM mart_serie_annuelle WHERE annee = 2025 AND indicateur = ";
        assertThat(number(annual + "'menages_accompagnes_lda'")).as("stock « dernier » : décembre").isEqualTo(111);
        assertThat(number(annual + "'places_insertion'")).as("stock « moyenne »").isEqualTo(310);
        assertThat(number(annual + "'demandes_115'")).as("flux : somme").isEqualTo(12 * 1000 + 10 * 78);
        String december = "SELECT %s FROM mart_serie_mensuelle WHERE mois = '2025-12' AND indicateur = '%s'";
        assertThat(number(String.format(december, "cumul_12_mois", "demandes_115"))).isEqualTo(12780);
        assertThat(number(String.format(december, "moyenne_12_mois", "menages_accompagnes_lda"))).isEqualTo(105.5);
        assertThat(string(String.format(december, "cumul_12_mois", "menages_accompagnes_lda"))).isNull();
        // Target: 40 private dwellings a year; 5 in January: 12,5 % of the year, 150 % of the prorated target.
        assertThat(number("SELECT taux_realisation FROM mart_objectif WHERE indicateur = 'logements_prives_captes'"))
                .isCloseTo(5.0 / 40, within(1e-9));
        assertThat(number("SELECT taux_realisation_prorata FROM mart_objectif WHERE indicateur = 'logements_prives_captes'"))
                .isCloseTo(5.0 / (40.0 / 12), within(1e-9));
    }
}
