package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.format.Typography;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The four questions a housing officer asks the atlas, answered by a scripted browser from the pages alone, each
 * answer checked against the published marts.
 */
class AtlasQuestionsTest {

    private static final String DIJON = "21231";
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

    /** (a) Which residences of a commune are accessible and not fragile? From the commune sheet, in one click. */
    @Test
    void aTheAccessibleAndNotFragileResidencesOfACommune() throws Exception {
        browser.open(DemoAtlas.site().resolve("communes/" + DIJON + ".html"), null);
        browser.one("a[href^='../residences.html?commune=']").click();
        browser.waitFor("return document.getElementById('tableau-residences').hasAttribute('data-lignes')");
        List<String> shown = new java.util.ArrayList<>();
        for (String crossing : List.of("accessible et équilibrée", "accessible, à surveiller")) {
            browser.js("var s = document.getElementById('filtre-croisement'); s.value = arguments[0];"
                    + "s.dispatchEvent(new Event('input'));", crossing);
            for (WebElement row : browser.all("#corps-residences tr:not([hidden])")) {
                shown.add(row.findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href")
                        .replaceAll(".*/residences/(.*)\\.html", "$1"));
            }
        }
        List<String> expected = DemoAtlas.sql("SELECT residence_id FROM mart_residence WHERE depcom = '" + DIJON
                + "' AND croisement = 'accessible et non fragile' ORDER BY 1").stream()
                .map(r -> (String) r.get("residence_id")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * (b) Why is a residence fragile? Its sheet says the class and the component that weighs most, with its values
     * where secrecy lets them be published (« s » otherwise).
     */
    @Test
    void bWhyAResidenceIsFragile() throws Exception {
        Map<String, Object> r = DemoAtlas.sql("SELECT m.residence_id, m.indice_composite, c.libelle, c.part, "
                + "c.part_reference FROM mart_residence m JOIN mart_residence_composante c ON c.residence_id = m.residence_id "
                + "AND c.composante = m.composante_principale WHERE m.classe_fragilite = 'fragile' "
                + "ORDER BY c.part IS NULL, m.residence_id LIMIT 1").get(0);
        browser.open(DemoAtlas.site().resolve("residences/" + r.get("residence_id") + ".html"), null);
        String reason = browser.text(browser.one("p.raison.cl-fragile"));
        assertThat(reason).contains(Typography.apply("Occupation « fragile »"), Typography.apply((String) r.get("libelle")),
                FrenchNumbers.display(((Number) r.get("part_reference")).doubleValue() * 100, 0) + "\u202F%");
        if (r.get("indice_composite") != null) {
            assertThat(reason).contains("indice composite "
                    + FrenchNumbers.display(((Number) r.get("indice_composite")).doubleValue(), 2));
        }
        if (r.get("part") != null) {
            assertThat(reason).contains(FrenchNumbers.display(((Number) r.get("part")).doubleValue() * 100, 0) + "\u202F%");
        }
        assertThat(browser.text()).contains(Typography.apply("« fragile » à partir d'un indice de 1,30"));
    }

    /** (c) How does a commune compare with the metropolis? The cards give the commune, its base and the metropolis. */
    @Test
    void cACommuneAgainstTheMetropolis() throws Exception {
        browser.open(DemoAtlas.site().resolve("communes/" + DIJON + ".html"), null);
        WebElement card = browser.one("ul.chiffres li.cl-fragile");
        Map<String, Object> commune = DemoAtlas.sql("SELECT numerateur, denominateur, valeur FROM mart_territoire "
                + "WHERE niveau = 'commune' AND territoire = '" + DIJON + "' AND indicateur = 'residences_fragiles'").get(0);
        Object metropolis = DemoAtlas.value("SELECT valeur FROM mart_territoire WHERE niveau = 'epci' "
                + "AND indicateur = 'residences_fragiles'");
        assertThat(browser.text(card)).contains(count(commune.get("numerateur")), share(commune.get("valeur")),
                "parmi les " + count(commune.get("denominateur")) + " résidences dont l’occupation est publiée",
                "Métropole\u202F: " + share(metropolis));
        long watch = (Long) DemoAtlas.value("SELECT count(*) FROM mart_residence WHERE depcom = '" + DIJON
                + "' AND croisement = 'accessible et non fragile' AND classe_fragilite = 'à surveiller'");
        assertThat(browser.text(browser.one("ul.chiffres li.cl-surveiller"))).startsWith(count(watch));
    }

    /** (d) How did homelessness evolve this year, and where does each action stand against its target? */
    @Test
    void dHomelessnessThisYearAndTheActions() throws Exception {
        browser.open(DemoAtlas.site().resolve("sans-abrisme.html"), null);
        int year = Integer.parseInt(DemoAtlas.period().substring(0, 4));
        int month = Integer.parseInt(DemoAtlas.period().substring(5));
        Map<String, List<String>> rows = browser.all("table").get(0).findElements(org.openqa.selenium.By.cssSelector("tbody tr"))
                .stream().collect(Collectors.toMap(tr -> browser.text(tr.findElements(org.openqa.selenium.By.tagName("td")).get(0)),
                        tr -> tr.findElements(org.openqa.selenium.By.tagName("td")).stream().map(browser::text).toList()));
        for (int y : List.of(year, year - 1)) {
            Object sum = DemoAtlas.value("SELECT sum(valeur) FROM mart_serie_mensuelle WHERE indicateur = 'demandes_115' "
                    + "AND mois BETWEEN '" + y + "-01' AND '" + y + "-" + String.format("%02d", month) + "'");
            assertThat(rows.get("Demandes d’hébergement au 115").get(y == year ? 1 : 2)).isEqualTo(count(sum));
        }
        List<Map<String, Object>> targets = DemoAtlas.sql("SELECT libelle, annee, realise, objectif_annuel FROM mart_objectif "
                + "WHERE indicateur <> 'taux_attributions_hors_qpv_q1'");
        WebElement table = browser.one("table#actions");
        for (Map<String, Object> t : targets) {
            String label = Typography.apply((String) t.get("libelle"));
            WebElement row = table.findElements(org.openqa.selenium.By.cssSelector("tbody tr")).stream()
                    .filter(tr -> browser.text(tr).startsWith(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("action absente du tableau : " + label));
            assertThat(browser.text(row)).as(label).contains(String.valueOf(t.get("annee")),
                    t.get("realise") == null ? "s" : count(t.get("realise")), count(t.get("objectif_annuel")));
        }
    }

    private static String count(Object n) {
        return FrenchNumbers.display(((Number) n).doubleValue(), 0);
    }

    private static String share(Object n) {
        return FrenchNumbers.display(((Number) n).doubleValue() * 100, 1) + "\u202F%";
    }
}
