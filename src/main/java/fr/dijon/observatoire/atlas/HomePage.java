package fr.dijon.observatoire.atlas;

import java.util.List;

/** Accueil: the EPCI key figures, the interactive map, the latest homelessness figures, links to every section. */
final class HomePage {

    private HomePage() {
    }

    static String body(AtlasData data, String epci) {
        StringBuilder html = new StringBuilder();
        AtlasData.Metadata m = data.metadata();
        html.append("<p>Situation du parc locatif social de Dijon Métropole : quelles résidences peuvent accueillir ")
                .append("les ménages prioritaires les plus modestes, et lesquelles ont déjà une occupation fragile. ")
                .append("Période ").append(Html.text(m.period())).append(", RPLS ").append(m.rplsMillesime())
                .append(m.opsYear() == null ? ", sans enquête OPS" : ", enquête OPS " + m.opsYear()).append(".</p>\n");
        html.append("<h2>Chiffres clés de la métropole</h2>\n").append(new KeyFigures(data, epci).cards("epci", epci, false));
        if (!data.opsAvailable()) {
            html.append(Empty.OPS);
        }
        html.append("<h2>Carte interactive</h2>\n").append(MapPage.mapBlock("", "carte-accueil"))
                .append("<p><a href=\"carte.html\">Ouvrir la carte en grand</a></p>\n");
        html.append("<h2>Sans-abrisme et Logement d'abord : derniers chiffres</h2>\n");
        if (!data.partnersAvailable()) {
            html.append(Empty.PARTNERS);
        } else {
            html.append(latest(data, List.of("demandes_115", "demandes_non_pourvues_115", "places_occupees_hebergement_urgence",
                    "menages_accompagnes_lda", "contacts_maraude")));
            html.append("<p><a href=\"sans-abrisme.html\">Toutes les séries et les objectifs</a></p>\n");
        }
        html.append("<h2>Sections</h2>\n<ul>\n");
        for (SiteLayout.Section s : SiteLayout.SECTIONS.subList(1, SiteLayout.SECTIONS.size())) {
            html.append("<li><a href=\"").append(s.file()).append("\">").append(Html.text(s.label())).append("</a></li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private static String latest(AtlasData data, List<String> indicators) {
        StringBuilder html = new StringBuilder("<ul class=\"chiffres\">\n");
        for (String indicator : indicators) {
            AtlasData.SeriesPoint last = null;
            for (AtlasData.SeriesPoint p : data.series()) {
                if (p.indicator().equals(indicator) && (last == null || p.month().compareTo(last.month()) > 0)) {
                    last = p;
                }
            }
            if (last != null) {
                html.append("<li><span class=\"valeur\">").append(Formats.masked(last.value(), last.secret(), false))
                        .append("</span><span class=\"libelle\">").append(Html.text(last.label())).append("</span>")
                        .append("<span class=\"comparaison\">").append(Html.text(Months.label(last.month())))
                        .append("</span></li>\n");
            }
        }
        return html.append("</ul>\n").toString();
    }
}
