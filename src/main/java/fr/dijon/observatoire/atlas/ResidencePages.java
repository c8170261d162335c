package fr.dijon.observatoire.atlas;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Résidences: the searchable table of every residence, and one sheet per residence. */
final class ResidencePages {

    private ResidencePages() {
    }

    static String tableHead() {
        return "<script src=\"donnees/residences.js\" defer></script>\n<script src=\"assets/residences.js\" defer></script>\n";
    }

    static String tableBody(AtlasData data) {
        Set<String> communes = new TreeSet<>();
        data.residences().forEach(r -> communes.add(r.commune()));
        StringBuilder html = new StringBuilder("<p>Toutes les résidences du parc social de la métropole. Recherchez une ")
                .append("adresse, filtrez par commune, classe ou quartier prioritaire, triez en cliquant sur un en-tête ")
                .append("(ou Entrée au clavier), exportez la sélection en CSV.</p>\n<div class=\"filtres\">\n")
                .append("<label for=\"recherche\">Rechercher<input id=\"recherche\" type=\"search\" autocomplete=\"off\"></label>\n")
                .append("<label for=\"filtre-commune\">Commune<select id=\"filtre-commune\"><option value=\"\">toutes</option>\n");
        for (String commune : communes) {
            html.append("<option>").append(Html.text(commune)).append("</option>\n");
        }
        html.append("</select></label>\n<label for=\"filtre-fragilite\">Occupation<select id=\"filtre-fragilite\">")
                .append("<option value=\"\">toutes</option><option>fragile</option><option>à surveiller</option>")
                .append("<option>équilibrée</option><option value=\"s\">s (secret)</option>")
                .append("<option>non renseignée</option></select></label>\n")
                .append("<label for=\"filtre-accessibilite\">Accessibilité<select id=\"filtre-accessibilite\">")
                .append("<option value=\"\">toutes</option><option>accessible aux ménages les plus modestes</option>")
                .append("<option>partiellement accessible</option><option>peu accessible</option></select></label>\n")
                .append("<label for=\"filtre-qpv\">Quartier prioritaire<select id=\"filtre-qpv\"><option value=\"\">tous</option>")
                .append("<option value=\"oui\">en QPV</option><option value=\"non\">hors QPV</option></select></label>\n")
                .append("<button id=\"export-csv\" type=\"button\">Exporter en CSV</button>\n</div>\n")
                .append("<p id=\"compte\" aria-live=\"polite\"></p>\n")
                .append("<table id=\"tableau-residences\"><caption>Résidences du parc social</caption><thead><tr>");
        String[][] columns = {{"commune", "Commune"}, {"adresse", "Adresse"}, {"qpv", "QPV"}, {"logements", "Logements"},
            {"accessibilite", "Accessibilité"}, {"fragilite", "Occupation"}, {"croisement", "Croisement"}};
        for (String[] c : columns) {
            html.append("<th scope=\"col\" tabindex=\"0\" aria-sort=\"none\" data-cle=\"").append(c[0]).append("\">")
                    .append(c[1]).append("</th>");
        }
        html.append("</tr></thead>\n<tbody id=\"corps-residences\">\n");
        for (AtlasData.Residence r : data.residences()) {
            html.append("<tr><td>").append(Html.text(r.commune())).append("</td><td><a href=\"residences/")
                    .append(Html.text(r.id())).append(".html\">").append(Html.text(r.address())).append("</a></td><td>")
                    .append(Html.text(r.qpvCode())).append("</td><td class=\"nombre\">").append(Formats.count(r.dwellings()))
                    .append("</td><td>").append(Html.text(r.accessClass())).append("</td><td>")
                    .append(r.fragilitySecret() != null ? Formats.SECRET : Html.text(Classes.fragility(r)))
                    .append("</td><td>").append(Html.text(r.crossing())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    static String sheet(AtlasData data, AtlasData.Residence r) {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(Html.text(r.commune()))
                .append(r.inQpv() ? " — quartier prioritaire " + Html.text(r.qpvCode()) : " — hors quartier prioritaire")
                .append(r.programme() == null ? "" : " — programme « " + Html.text(r.programme()) + " »")
                .append(". Identifiant ").append(Html.text(r.id())).append(".</p>\n");
        html.append("<h2>Caractéristiques</h2>\n<table><caption>Le parc de la résidence (RPLS ")
                .append(data.metadata().rplsMillesime()).append(")</caption><tbody>\n");
        row(html, "Logements", Formats.count(r.dwellings()));
        row(html, "Typologie (T1, T2, T3, T4, T5 et plus)", join(r.typology()));
        row(html, "Surface moyenne", Formats.decimal(r.meanSurface(), 1) + "\u202Fm²");
        row(html, "Construction", (r.builtYear() == null ? "inconnue" : r.builtYear()) + " (" + Html.text(r.buildPeriod()) + ")");
        row(html, "Financements (PLAI, PLUS, PLS, PLI, autres)", join(r.financing()));
        row(html, "DPE (A à C, D, E à G, inconnu)", join(r.dpe()));
        html.append("</tbody></table>\n");
        html.append("<h2>Accessibilité aux ménages les plus modestes</h2>\n<p><strong>").append(Html.text(r.accessClass()))
                .append("</strong> : ").append(Formats.percent(r.accessShare()));
        if ("loyers".equals(r.accessMethod())) {
            html.append(" des logements ont un loyer qui ne dépasse pas le loyer plafond de l'APL du ménage cible de leur ")
                    .append("typologie. Loyer moyen : ").append(Formats.decimal(r.rentPerM2(), 2)).append("\u202F€/m², soit ")
                    .append(Formats.decimal(r.rentIndex(), 2)).append(" fois la médiane des résidences de la métropole.</p>\n");
        } else {
            html.append(" des logements sont financés en PLAI ou avant 1977 (estimation, faute de loyers dans le RPLS ")
                    .append("public).</p>\n");
        }
        html.append("<h2>Fragilité de l'occupation</h2>\n").append(fragility(data, r));
        return html.toString();
    }

    private static String fragility(AtlasData data, AtlasData.Residence r) {
        List<AtlasData.Component> components = data.components().getOrDefault(r.id(), List.of());
        StringBuilder html = new StringBuilder();
        if (r.fragilitySecret() != null) {
            html.append("<p class=\"raison\">Occupation couverte par le secret statistique (").append(Formats.SECRET)
                    .append(") : moins de ").append(data.metadata().secrecyThreshold())
                    .append(" ménages ont répondu à l'enquête OPS dans cette résidence.</p>\n");
        } else if (r.fragilityClass() == null) {
            html.append(data.opsAvailable() ? "<p class=\"vide\">Cette résidence n'a pas de réponse à l'enquête OPS "
                    + "rattachée.</p>\n" : Empty.OPS);
        } else {
            html.append("<p class=\"raison\">Occupation <strong>« ").append(Html.text(r.fragilityClass()))
                    .append(" »</strong> : indice composite ").append(Formats.decimal(r.composite(), 2))
                    .append(" (1 = comme la moyenne de la métropole), sur ").append(Formats.count(r.respondents()))
                    .append(" ménages répondants. ").append(reason(components, r.mainComponent())).append("</p>\n");
        }
        if (!components.isEmpty() && r.fragilitySecret() == null) {
            html.append("<table><caption>Composantes de l'indice, comparées à la métropole</caption><thead><tr>")
                    .append("<th scope=\"col\">Composante</th><th scope=\"col\" class=\"nombre\">Résidence</th>")
                    .append("<th scope=\"col\" class=\"nombre\">Métropole</th><th scope=\"col\" class=\"nombre\">Indice</th>")
                    .append("<th scope=\"col\" class=\"nombre\">Poids</th></tr></thead><tbody>\n");
            for (AtlasData.Component c : components) {
                html.append("<tr><td>").append(Html.text(c.label())).append("</td><td class=\"nombre\">")
                        .append(Formats.masked(c.share(), c.secret(), true)).append("</td><td class=\"nombre\">")
                        .append(Formats.percent(c.reference())).append("</td><td class=\"nombre\">")
                        .append(c.secret() != null ? Formats.SECRET : Formats.decimal(c.index(), 2))
                        .append("</td><td class=\"nombre\">").append(Formats.decimal(c.weight() * 100, 0)).append("\u202F%</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return html.toString();
    }

    /** The main reason in words: « part de ménages sous 20 % des plafonds : 41 % contre 18 % dans la métropole ». */
    static String reason(List<AtlasData.Component> components, String main) {
        for (AtlasData.Component c : components) {
            if (c.code().equals(main)) {
                if (c.secret() != null) {
                    return "Composante qui pèse le plus : " + Html.text(c.label()) + " (valeur couverte par le secret "
                            + "statistique).";
                }
                return "Composante qui pèse le plus : part de " + Html.text(c.label()) + " : " + Formats.percent(c.share())
                        + " contre " + Formats.percent(c.reference()) + " dans la métropole.";
            }
        }
        return "";
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(Html.text(label)).append("</th><td>").append(value).append("</td></tr>\n");
    }

    private static String join(int[] values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append(s.length() == 0 ? "" : " ; ").append(Formats.count(v));
        }
        return s.toString();
    }
}
