package fr.dijon.observatoire.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier's attacks on hand-written packs: each example of the audit that found the leaks, as a test. */
class SecrecyAuditTest {

    private static final String SERIES = "sorties_rue";

    @TempDir
    Path dir;

    private List<Breach> attack(TestPack pack) throws Exception {
        return new SecrecyAudit(Set.of(SERIES)).attack(pack.write(dir.resolve("pack.zip"), 11), null).breaches();
    }

    private static List<String> figures(List<Breach> breaches, String attack) {
        return breaches.stream().filter(b -> b.attack().equals(attack)).map(Breach::figure).toList();
    }

    @Test
    void aShareTimesItsRespondentsThatRevealsOneHouseholdIsABreach() throws Exception {
        // 22 respondents and 95 % with APL: 21 with, so 1 household without.
        List<Breach> breaches = attack(new TestPack().unit("U1", "21001", "", "22", "", "", "0,95", "0,5", "0,5"));
        assertThat(figures(breaches, Breach.DERIVED)).containsExactly("unité U1, beneficiaires_apl (complément)");
    }

    @Test
    void theSameShareOnEnoughRespondentsRevealsNothing() throws Exception {
        List<Breach> breaches = attack(new TestPack().unit("U1", "21001", "", "300", "", "", "0,95", "0,5", "0,5"));
        assertThat(breaches).isEmpty();
    }

    /** Unit A alone on the QPV side of its commune, whose other households are all in unit B. */
    private static TestPack aloneInItsQpv(String qpvShare) {
        return new TestPack()
                .unit("A", "21001", "Q1", "30", "", "", "", "", "")
                .unit("B", "21001", "", "40", "0,5", "", "", "", "")
                .area("commune", "21001", "menages_repondants", "70")
                .area("qpv", "Q1", "menages_repondants", "30")
                .area("qpv", "Q1", "tres_bas_revenus", qpvShare);
    }

    @Test
    void aResidenceAloneInItsQpvGroupFallsToSubtraction() throws Exception {
        List<Breach> breaches = attack(aloneInItsQpv("0,4"));
        // and the commune's total with it: A's 12 and B's 20.
        assertThat(figures(breaches, Breach.EXACT)).containsExactlyInAnyOrder("unité A, tres_bas_revenus",
                "commune 21001, tres_bas_revenus");
        assertThat(breaches).filteredOn(b -> b.figure().equals("unité A, tres_bas_revenus"))
                .extracting(Breach::detail).containsExactly("la valeur masquée vaut 12 ménages");
    }

    @Test
    void maskingTheQpvShareTooProtectsTheResidence() throws Exception {
        assertThat(attack(aloneInItsQpv(""))).isEmpty();
    }

    @Test
    void aShareWithSixDecimalsAndAnIndexWithThreeAreBreaches() throws Exception {
        TestPack pack = new TestPack().unit("U1", "21001", "", "s", "0,703704", "", "", "", "");
        pack.rows("unites.csv", TestPack.UNITS, "U2;résidence;21001;;30;s;0,583;s");
        assertThat(figures(attack(pack), Breach.PRECISION)).containsExactly("résidence U1, part_tres_bas_revenus",
                "unité U2, indice_fragilite");
    }

    private static TestPack series(String... months) {
        TestPack pack = new TestPack();
        for (String m : months) {
            String[] f = m.split("=");
            pack.rows("sans_abrisme_series.csv", TestPack.SERIES, SERIES + ";flux;242100410;" + f[0] + ";"
                    + (f[1].equals("s") ? "" : f[1]) + ";;mois;" + (f[1].equals("s") ? "s" : ""));
        }
        return pack;
    }

    @Test
    void aYearToDateNextToItsPublishedMonthsGivesTheMaskedMonth() throws Exception {
        TestPack pack = series("2026-01=30", "2026-02=25", "2026-03=s", "2026-04=s", "2026-05=s")
                .rows("sans_abrisme_cumuls.csv", TestPack.CUMULS, SERIES + ";242100410;2026;3;59;;mois;");
        List<Breach> breaches = attack(pack);
        assertThat(breaches).extracting(Breach::figure).contains("sorties_rue 242100410 2026-03");
        assertThat(breaches).extracting(Breach::detail).contains("le mois masqué vaut 4");
    }

    @Test
    void overlappingTwelveMonthSumsAreSolvedTogether() throws Exception {
        // Each 12-month sum alone hides its masked months; two overlapping ones and a published month do not.
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add("2025-" + String.format("%02d", m) + "=" + (m == 1 ? "20" : "s"));
        }
        TestPack pack = series(months.toArray(String[]::new))
                .rows("sans_abrisme_series.csv", TestPack.SERIES, SERIES + ";flux;242100410;2026-01;s;240;mois;s",
                        SERIES + ";flux;242100410;2025-12;s;245;mois;s");
        List<Breach> breaches = attack(pack);
        assertThat(breaches).extracting(Breach::detail).contains("le mois masqué vaut 15");
    }

    @Test
    void twoSuccessivePacksDifferenceTheirYearToDate() throws Exception {
        TestPack previous = series("2026-10=s")
                .rows("sans_abrisme_cumuls.csv", TestPack.CUMULS, SERIES + ";242100410;2026;10;59;;mois;");
        TestPack current = series("2026-10=s", "2026-11=s")
                .rows("sans_abrisme_cumuls.csv", TestPack.CUMULS, SERIES + ";242100410;2026;11;65;;mois;");
        Path before = previous.write(dir.resolve("avant.zip"), 11);
        Path now = current.write(dir.resolve("maintenant.zip"), 11);
        SecrecyAudit audit = new SecrecyAudit(Set.of(SERIES));
        assertThat(audit.attack(now, null).breaches()).isEmpty();
        assertThat(audit.attack(now, before).breaches()).extracting(Breach::detail).contains("le mois masqué vaut 6");
    }

    @Test
    void aPartnerCountOutsideTheSecrecyListIsNotAttacked() throws Exception {
        TestPack pack = series("2026-01=30", "2026-02=25", "2026-03=s")
                .rows("sans_abrisme_cumuls.csv", TestPack.CUMULS, SERIES + ";242100410;2026;3;59;;mois;");
        assertThat(new SecrecyAudit(Set.of()).attack(pack.write(dir.resolve("p.zip"), 11), null).breaches()).isEmpty();
    }

    @Test
    void aMaskThatSaysWhyIsABreach() throws Exception {
        TestPack pack = new TestPack().unit("U1", "21001", "", "30", "", "", "", "", "");
        pack.rows("unites.csv", TestPack.UNITS, "U2;résidence;21001;;30;s;;primaire");
        assertThat(figures(attack(pack), Breach.REASON)).containsExactly("secret");
    }

    @Test
    void anAtlasThatShowsAClassThePackMasksIsABreach() throws Exception {
        Path pack = new TestPack().unit("U1", "21001", "", "30", "", "", "", "", "").write(dir.resolve("p.zip"), 11);
        Path atlas = java.nio.file.Files.createDirectories(dir.resolve("atlas").resolve("donnees"));
        SecrecyAudit audit = new SecrecyAudit(Set.of());
        java.nio.file.Files.writeString(atlas.resolve("residences.js"),
                "window.ATLAS = {\"residences\":[{\"id\":\"U1\",\"fragilite\":\"s\"}]};");
        assertThat(audit.attack(pack, null, atlas.getParent()).breaches()).isEmpty();
        java.nio.file.Files.writeString(atlas.resolve("residences.js"),
                "window.ATLAS = {\"residences\":[{\"id\":\"U1\",\"fragilite\":\"fragile\"}]};");
        assertThat(figures(audit.attack(pack, null, atlas.getParent()).breaches(), Breach.ATLAS))
                .containsExactly("résidence U1");
    }
}
