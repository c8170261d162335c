package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Accueil: the EPCI key figures, the interactive map, the latest homelessness figures, links to every section. */
final class HomePage {

    private static final List<String> LATEST = List.of("demandes_115", "demandes_non_pourvues_115",
            "places_occupees_hebergement_urgence", "menages_accompagnes_lda", "contacts_maraude");

    private HomePage() {
    }

    static String render(AtlasData data, Page page) {
        AtlasData.Metadata m = data.metadata();
        String intro = "Situation du parc locatif social de Dijon Métropole : quelles résidences peuvent accueillir les "
                + "ménages prioritaires les plus modestes, et lesquelles ont déjà une occupation fragile. Période "
                + Months.label(m.period()) + ", RPLS " + m.rplsMillesime()
                + (m.opsYear() == null ? ", sans enquête OPS" : ", enquête OPS " + m.opsYear()) + ".";
        List<Card> latest = new ArrayList<>();
        for (String indicator : LATEST) {
            Series.last(data, indicator).ifPresent(p -> latest.add(new Card(Value.masked(p.secret(), Value.count(p.value())),
                    null, p.label(), Months.label(p.month()), null, null)));
        }
        return SiteRenderer.render("accueil.jte", Map.of("page", page, "intro", intro,
                "cards", new KeyFigures(data).cards("epci", data.epci(), data.residences(), false), "latest", latest,
                "opsMissing", data.opsAvailable() ? "" : Empty.OPS,
                "partnersMissing", data.partnersAvailable() ? "" : Empty.PARTNERS));
    }
}
