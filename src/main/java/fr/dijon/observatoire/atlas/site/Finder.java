package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * « Trouver une résidence »: the page and the published data its script reads. The rules (the same in
 * {@code trouver.js} and in the test that checks it against SQL):
 * <ul>
 * <li>the household is 1 or 2 adults and 0 to 6 persons in their care; its APL ceiling is the published one of
 * that composition; its typologies are those whose target household it is (T5 and more from three persons in
 * care), or T5 and more only for a large family, plus one room more if the officer accepts it;</li>
 * <li>a dwelling fits when its typology is one of those and its rent plus the charges allowance is within the
 * ceiling (PMR dwellings only when PMR access is needed);</li>
 * <li>a residence is listed when it has at least one such dwelling, its published occupation is « équilibrée » or
 * « à surveiller » (never fragile, never unknown or masked), it is in one of the chosen communes, and, for a
 * first-quartile household (the 25 % rule), it is outside QPV.</li>
 * </ul>
 */
final class Finder {

    static final int MAX_DEPENDANTS = 6;

    private Finder() {
    }

    /** « personne seule », « couple », « 2 personnes à charge ». */
    static String householdLabel(String household, int dependants) {
        return switch (household) {
            case "personne_seule" -> "personne seule";
            case "couple" -> "couple sans personne à charge";
            default -> dependants + (dependants > 1 ? " personnes à charge" : " personne à charge");
        };
    }

    static String render(AtlasData data, Page page) {
        Map<String, String> communes = new TreeMap<>();
        data.residences().forEach(r -> communes.put(r.commune(), r.depcom()));
        List<Table.Cell> options = new ArrayList<>();
        communes.forEach((name, code) -> options.add(Table.Cell.link(name, code)));
        AtlasData.AplCeilings c = data.parameters().ceilings();
        String ceilings = "Loyers plafonds de l'APL appliqués (zone " + c.zone() + ", depuis le " + Months.date(c.since())
                + ") : personne seule " + Value.euros(c.single()).text() + ", couple " + Value.euros(c.couple()).text()
                + ", une personne à charge " + Value.euros(c.oneDependant()).text() + ", puis "
                + Value.euros(c.perExtraDependant()).text() + " par personne à charge en plus ; forfait de charges ajouté au "
                + "loyer : " + Value.euros(data.parameters().thresholds().charges()).text() + ".";
        return SiteRenderer.render("trouver.jte", Map.of("page", page, "communes", options, "ceilings", ceilings,
                "available", !data.typologies().isEmpty() && data.opsAvailable(),
                "maxDependants", MAX_DEPENDANTS));
    }
}
