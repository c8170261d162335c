package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.indicators.MethodParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « Trouver une résidence », scripted in headless Chromium for three households, returns exactly the residences a
 * SQL query over the published marts returns (mart_residence, mart_residence_typologie and the target household
 * of each typology stored with the publication), written here from the rules and not from the script.
 */
class FinderTest {

    private static Browser browser;

    @BeforeAll
    static void open() {
        DemoAtlas.site();
        browser = new Browser(1280);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "personne seule du premier quartile à Dijon ou Chenôve|21231,21166|1|0|q1|false|false",
        "couple et deux enfants prioritaire, besoin PMR, toute la métropole||2|2|prioritaire|true|false",
        "grande famille du premier quartile à Dijon, Talant ou Quetigny|21231,21617,21515|1|4|q1|false|true"})
    void findsExactlyTheResidencesOfTheMarts(String profile, String communes, int adults, int dependants, String status,
                                             boolean pmr, boolean large) throws Exception {
        String query = "adultes=" + adults + "&charges=" + dependants + "&statut=" + status + (pmr ? "&pmr=1" : "")
                + (large ? "&grande=1" : "") + (communes == null ? "" : "&commune=" + communes);
        browser.open(DemoAtlas.site().resolve("trouver.html"), query);
        browser.waitFor("return document.getElementById('resultats').hasAttribute('data-resultats')");
        Map<String, Long> shown = browser.all("#resultats li").stream().collect(Collectors.toMap(
                li -> li.getAttribute("data-id"), li -> Long.parseLong(li.getAttribute("data-logements"))));

        Map<String, Long> expected = expected(communes, adults, dependants, "q1".equals(status), pmr, large);
        assertThat(expected).as("le profil « %s » trouve des résidences", profile).isNotEmpty();
        assertThat(shown).as(profile).isEqualTo(expected);
        assertThat(browser.text()).contains(expected.size() + (expected.size() > 1 ? " résidences" : " résidence"));
    }

    /** The method parameters stored with the demo's publication (its target household of each typology). */
    private static MethodParameters parameters() throws Exception {
        return MethodParameters.fromJson((String) DemoAtlas.value("SELECT parametres FROM publication WHERE periode = '"
                + DemoAtlas.period() + "' AND statut = 'publiée'"));
    }

    /** The residences and their fitting dwellings, by SQL over the published marts. */
    private static Map<String, Long> expected(String communes, int adults, int dependants, boolean q1, boolean pmr,
                                              boolean large) throws Exception {
        String household = dependants == 0 ? (adults == 1 ? "personne_seule" : "couple") : "personnes_a_charge";
        String target = dependants == 0 ? household : String.valueOf(Math.min(dependants, 3));
        String ranks = large ? "5" : parameters().accessibilite().typologieMenage().entrySet().stream()
                .filter(e -> e.getValue().equals(target)).map(e -> String.valueOf(e.getKey()))
                .collect(Collectors.joining(","));
        String where = communes == null ? "" : " AND r.depcom IN ('" + String.join("','", communes.split(",")) + "')";
        List<Map<String, Object>> rows = DemoAtlas.sql("SELECT r.residence_id AS id, sum("
                + (pmr ? "t.logements_accessibles_pmr" : "t.logements_accessibles") + ") AS n "
                + "FROM mart_residence r JOIN mart_residence_typologie t USING (residence_id) "
                + "WHERE t.menage = '" + household + "' AND t.personnes_a_charge = " + Math.min(dependants, 6)
                + " AND t.typologie_rang IN (" + ranks + ") AND r.secret_fragilite IS NULL "
                + "AND r.classe_fragilite IN ('équilibrée', 'à surveiller')" + (q1 ? " AND NOT r.en_qpv" : "") + where
                + " GROUP BY 1 HAVING sum(" + (pmr ? "t.logements_accessibles_pmr" : "t.logements_accessibles") + ") > 0");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("id"), r -> ((Number) r.get("n")).longValue()));
    }
}
