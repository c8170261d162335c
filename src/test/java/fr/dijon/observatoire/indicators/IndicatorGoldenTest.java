package fr.dijon.observatoire.indicators;

import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.ops.OpsImportOptions;
import fr.dijon.observatoire.ingest.ops.OpsImporter;
import fr.dijon.observatoire.ingest.partenaires.PartnerCountImporter;
import fr.dijon.observatoire.ingest.partenaires.PartnerCountOptions;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import fr.dijon.observatoire.sample.OpsSampleGenerator;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicators on a small hand-built dataset, with every expected value worked out by hand below. */
class IndicatorGoldenTest {

    private static final Map<String, String> R2 = Map.of("DEPCOM", "21166", "LIBCOM", "Chenôve", "NUMVOIE", "3",
            "TYPVOIE", "AV", "NOMVOIE", "JEAN JAURES", "QPV_CODE", "QN02101M", "X", "851800,00", "Y", "6688900,00");

    @TempDir
    Path dir;

    private Connection c;

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private void importRpls(RplsFixture fixture) throws Exception {
        Path file = fixture.write(dir.resolve("rpls2024.csv"));
        new RplsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new RplsImportOptions(2024, 0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
    }

    private void importOps() throws Exception {
        String r1 = string(c, "SELECT residence_id FROM residence WHERE depcom = '21231'");
        String r2 = string(c, "SELECT residence_id FROM residence WHERE depcom = '21166'");
        Path file = Files.writeString(dir.resolve("ops2024.csv"), OpsSampleGenerator.HEADER + "\n"
                + "2024;residence;" + r1 + ";21231;;;24;22;2;22;20;10;4;2;3;1;12;8;3;5;4;2;1;6;9;4;30;18;6;6;5;3;1;1;0;0;3;1\n"
                + "2024;residence;" + r2 + ";21166;;;34;32;2;32;30;3;6;9;8;4;9;12;6;9;3;1;1;9;14;6;50;40;4;6;6;1;1;2;1;1;2;1\n");
        new OpsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new OpsImportOptions(0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
    }

    private void importPartners(String rows) throws Exception {
        new IndicatorCatalogueLoader(Path.of("jobs")).load(c);
        Path file = Files.writeString(dir.resolve("partenaires.csv"),
                "periode;partenaire;indicateur;territoire;valeur\n" + rows);
        new PartnerCountImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new PartnerCountOptions(0.01, dir.resolve("rejets"), YearMonth.of(2026, 11), LoadProgress.NONE,
                        LoadCheckpoint.NONE));
    }

    private void compute(YearMonth period) throws Exception {
        IndicatorRun.of(c, Path.of("jobs"), period).all(c);
    }

    private double number(String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private void loiDataset() throws Exception {
        c = TestDatabase.open(dir);
        importRpls(RplsFixture.modern(true)
                // R1, Dijon: T1 250 € (≤ 278,28 single), T2 350 € (> 340,62 couple), T3 380 € (≤ 383,28),
                // T4 450 € (> 383,28 + 55,79 = 439,07): 2 accessible out of 4.
                .row(Map.of("NBPIECE", "1", "SURFHAB", "30", "LOYERPRINC", "250,00"))
                .row(Map.of("NBPIECE", "2", "SURFHAB", "45", "LOYERPRINC", "350,00"))
                .row(Map.of("NBPIECE", "3", "SURFHAB", "65", "LOYERPRINC", "380,00"))
                .row(Map.of("NBPIECE", "4", "SURFHAB", "80", "LOYERPRINC", "450,00"))
                // R2, Chenôve (QPV): T3 390 € (> 383,28), T6 600 € (> 383,28 + 2 × 55,79 = 494,86): none.
                .row(with(R2, "NBPIECE", "3", "SURFHAB", "60", "LOYERPRINC", "390,00"))
                .row(with(R2, "NBPIECE", "6", "SURFHAB", "100", "LOYERPRINC", "600,00")));
        importOps();
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> map = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void accessibilityWithRentsAgainstTheAplCeilings() throws Exception {
        loiDataset();
        compute(YearMonth.of(2026, 10));

        assertThat(number("SELECT part_accessible FROM mart_residence WHERE depcom = '21231'")).isEqualTo(0.5);
        assertThat(string(c, "SELECT classe_accessibilite || ' / ' || methode_accessibilite FROM mart_residence "
                + "WHERE depcom = '21231'")).isEqualTo("accessible aux ménages les plus modestes / loyers");
        assertThat(number("SELECT part_accessible FROM mart_residence WHERE depcom = '21166'")).isZero();
        assertThat(string(c, "SELECT classe_accessibilite FROM mart_residence WHERE depcom = '21166'"))
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
        assertThat(string(c, "SELECT classe_fragilite || ' / ' || croisement FROM mart_residence WHERE depcom = '21231'"))
                .isEqualTo("fragile / accessible mais fragile");
        assertThat(string(c, "SELECT classe_fragilite || ' / ' || croisement FROM mart_residence WHERE depcom = '21166'"))
                .isEqualTo("équilibrée / peu ou partiellement accessible");
        assertThat(string(c, "SELECT composante_principale FROM mart_residence WHERE depcom = '21231'"))
                .isEqualTo("tres_bas_revenus");

        // Secrecy: R1's 10 very-low-income households and 4 single-parent families are published as "s".
        assertThat(string(c, "SELECT coalesce(CAST(part AS VARCHAR), 's') || ' ' || secret FROM mart_residence_composante "
                + "m JOIN residence r USING (residence_id) WHERE r.depcom = '21231' AND composante = 'tres_bas_revenus'"))
                .isEqualTo("s primaire");
        assertThat(number("SELECT part FROM mart_residence_composante m JOIN residence r USING (residence_id) "
                + "WHERE r.depcom = '21231' AND composante = 'eligibles_plai'")).isEqualTo(0.8);
    }

    @Test
    void withoutRentsTheFinancingProxyIsFlaggedAsAnEstimate() throws Exception {
        c = TestDatabase.open(dir);
        importRpls(RplsFixture.modern(false)
                .row(Map.of("FINAN_CODE", "10")).row(Map.of("FINAN_CODE", "12"))
                .row(Map.of("FINAN_CODE", "12")).row(Map.of("FINAN_CODE", "14"))
                .row(with(R2, "FINAN_CODE", "11")).row(with(R2, "FINAN_CODE", "53")));
        compute(YearMonth.of(2026, 10));

        assertThat(string(c, "SELECT part_accessible || ' ' || classe_accessibilite || ' / ' || methode_accessibilite "
                + "FROM mart_residence WHERE depcom = '21231'")).isEqualTo("0.25 partiellement accessible / estimation");
        assertThat(string(c, "SELECT part_accessible || ' ' || classe_accessibilite FROM mart_residence "
                + "WHERE depcom = '21166'")).isEqualTo("1.0 accessible aux ménages les plus modestes");
        assertThat(string(c, "SELECT croisement FROM mart_residence WHERE depcom = '21166'"))
                .isEqualTo("occupation non renseignée");
    }

    @Test
    void aYearlyStockIsNeverTheSumOfItsMonths() throws Exception {
        c = TestDatabase.open(dir);
        importRpls(RplsFixture.modern(false).rows(2));
        StringBuilder rows = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            String period = String.format("2025-%02d", month);
            rows.append(period).append(";DM_LDA;menages_accompagnes_lda;242100410;").append(99 + month).append('\n');
            rows.append(period).append(";HEBERGEMENT;places_insertion;242100410;").append(month <= 6 ? 300 : 320).append('\n');
            rows.append(period).append(";SIAO21;demandes_115;242100410;").append(1000 + 10 * month).append('\n');
        }
        rows.append("2026-01;AIS;logements_prives_captes;242100410;5\n");
        importPartners(rows.toString());
        compute(YearMonth.of(2026, 1));

        String annual = "SELECT valeur FROM mart_serie_annuelle WHERE annee = 2025 AND indicateur = ";
        assertThat(number(annual + "'menages_accompagnes_lda'")).as("stock « dernier » : décembre").isEqualTo(111);
        assertThat(number(annual + "'places_insertion'")).as("stock « moyenne »").isEqualTo(310);
        assertThat(number(annual + "'demandes_115'")).as("flux : somme").isEqualTo(12 * 1000 + 10 * 78);
        String december = "SELECT %s FROM mart_serie_mensuelle WHERE mois = '2025-12' AND indicateur = '%s'";
        assertThat(number(String.format(december, "cumul_12_mois", "demandes_115"))).isEqualTo(12780);
        assertThat(number(String.format(december, "moyenne_12_mois", "menages_accompagnes_lda"))).isEqualTo(105.5);
        assertThat(string(c, String.format(december, "cumul_12_mois", "menages_accompagnes_lda"))).isNull();
        // Target: 40 private dwellings a year; 5 in January: 12,5 % of the year, 150 % of the prorated target.
        assertThat(number("SELECT taux_realisation FROM mart_objectif WHERE indicateur = 'logements_prives_captes'"))
                .isCloseTo(5.0 / 40, within(1e-9));
        assertThat(number("SELECT taux_realisation_prorata FROM mart_objectif WHERE indicateur = 'logements_prives_captes'"))
                .isCloseTo(5.0 / (40.0 / 12), within(1e-9));
    }
}
