package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Every secondary address of the demo's residences (not the one shown in the table), typed as a housing officer
 * would (« 23 av. du 14 juillet », « St » for « Saint », accents dropped every other time) into the search of
 * « Résidences » in headless Chromium, shows the residence it belongs to, whose link opens its sheet listing that
 * address.
 */
class AddressSearchTest {

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

    /** What a person types: the street type abbreviated, « Saint » as « St », lower case, accents dropped if asked. */
    static String typed(String address, boolean dropAccents) {
        String text = address.replaceAll("(?i)\\bavenue\\b", "av.").replaceAll("(?i)\\bboulevard\\b", "bd")
                .replaceAll("(?i)\\bplace\\b", "pl.").replaceAll("(?i)\\bsaint\\b", "St").replaceAll("(?i)\\bsainte\\b", "Ste")
                .toLowerCase(Locale.ROOT);
        return dropAccents ? Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "") : text;
    }

    private static String plain(String text) {
        return text.replace('\u2019', '\'').replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void aSearchForEachSecondaryAddressReachesItsResidenceSheet() throws Exception {
        List<Map<String, Object>> secondary = DemoAtlas.sql("SELECT a.residence_id, a.adresse FROM mart_residence_adresse a "
                + "JOIN mart_residence r USING (periode, residence_id) WHERE a.periode = '" + DemoAtlas.period()
                + "' AND NOT a.principale ORDER BY 1, 2");
        assertThat(secondary).as("adresses secondaires de la démonstration").hasSizeGreaterThan(50);
        browser.open(DemoAtlas.site().resolve("residences.html"), null);
        List<String> missed = new ArrayList<>();
        int i = 0;
        for (Map<String, Object> row : secondary) {
            String id = (String) row.get("residence_id");
            String address = (String) row.get("adresse");
            String query = typed(address, i++ % 2 == 0);
            browser.js("var f = document.getElementById('recherche'); f.value = arguments[0];"
                    + "f.dispatchEvent(new Event('input'));", query);
            List<String> links = new ArrayList<>();
            for (WebElement a : browser.all("#corps-residences tr:not([hidden]) a[href^='residences/']")) {
                links.add(a.getAttribute("href"));
            }
            if (links.stream().noneMatch(href -> href.endsWith("residences/" + id + ".html"))) {
                missed.add(query + " → " + id + " (trouvées : " + links.size() + ")");
            }
        }
        assertThat(missed).as("adresses secondaires introuvables").isEmpty();

        // Follow the link of a few of them, as a click would, to the sheet that lists the address.
        for (Map<String, Object> row : secondary.subList(0, 5)) {
            String id = (String) row.get("residence_id");
            browser.js("var f = document.getElementById('recherche'); f.value = arguments[0];"
                    + "f.dispatchEvent(new Event('input'));", typed((String) row.get("adresse"), true));
            browser.one("#corps-residences tr:not([hidden]) a[href$='residences/" + id + ".html']").click();
            browser.waitFor("return document.readyState === 'complete' && !!document.querySelector('ul.adresses')");
            String listed = plain((String) row.get("adresse"));
            assertThat(browser.all("ul.adresses li").stream().map(li -> plain(browser.text(li))).toList()).as(id)
                    .anyMatch(li -> li.equals(listed) || li.startsWith(listed + " ("));
            browser.open(DemoAtlas.site().resolve("residences.html"), null);
        }
        assertThat(Files.exists(DemoAtlas.site().resolve("residences").resolve(secondary.get(0).get("residence_id")
                + ".html"))).isTrue();
    }
}
