package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.reference.ReferenceCsv;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVRecord;

/**
 * Méthodologie et sources: every published indicator with its formula, the fragility weights and thresholds, the
 * secrecy rule, the sources with their vintages and licences, and the method version.
 */
final class MethodologyPage {

    private MethodologyPage() {
    }

    static String body(AtlasData data, Path jobsDir, Path referenceDir) throws IOException {
        AtlasData.Metadata m = data.metadata();
        StringBuilder html = new StringBuilder();
        html.append("<p>Méthode version <strong>").append(Html.text(m.methodVersion())).append("</strong>, période ")
                .append(Html.text(m.period())).append(" ; RPLS ").append(m.rplsMillesime())
                .append(m.rplsLoi() ? " (version loi, avec les loyers)" : " (version publique : accessibilité estimée)")
                .append(" ; enquête OPS ").append(m.opsYear() == null ? "non disponible" : m.opsYear().toString())
                .append(". Les formules sont celles des modèles SQL de <code>jobs/models</code> et les paramètres ceux de ")
                .append("<code>jobs/parametres.yml</code>.</p>\n");
        html.append("<h2>Indicateurs publiés</h2>\n<table><caption>Dictionnaire des indicateurs</caption><thead><tr>")
                .append("<th scope=\"col\">Indicateur</th><th scope=\"col\">Unité</th><th scope=\"col\">Définition</th>")
                .append("<th scope=\"col\">Source</th></tr></thead><tbody>\n");
        for (CSVRecord r : ReferenceCsv.read(jobsDir.resolve("dictionnaire-indicateurs.csv"))) {
            html.append("<tr><td>").append(Html.text(r.get("libelle"))).append("</td><td>").append(Html.text(r.get("unite")))
                    .append("</td><td>").append(Html.text(r.get("definition"))).append("</td><td>")
                    .append(Html.text(r.get("source"))).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        html.append("<h2>Accessibilité aux ménages les plus modestes</h2>\n<p>Chaque typologie est associée à un ménage ")
                .append("cible (T1 : personne seule ; T2 : couple ; T3 : une personne à charge ; T4 : deux ; T5 et plus : trois). ")
                .append("Un logement est accessible quand son loyer principal (plus le forfait de charges configuré) ne dépasse ")
                .append("pas le loyer plafond de l'APL de ce ménage (zone II, arrêté du 27 septembre 2019 modifié). Une résidence ")
                .append("est « accessible aux ménages les plus modestes » si au moins la moitié de ses logements le sont, ")
                .append("« partiellement accessible » à partir de 20 %. Sans les loyers de la version loi, une estimation ")
                .append("par le financement (PLAI et financements d'avant 1977) est signalée comme telle.</p>\n");
        html.append("<h2>Fragilité de l'occupation</h2>\n<p>Chaque composante rapporte la part observée dans la résidence ")
                .append("à la même part dans la métropole (indice 1 = comme la métropole). L'indice composite est la moyenne ")
                .append("pondérée des indices disponibles : « fragile » à partir de 1,30, « à surveiller » à partir de 1,10, ")
                .append("« équilibrée » en dessous. Une analyse de sensibilité compte les résidences qui changent de classe ")
                .append("quand chaque poids varie de 20 %.</p>\n");
        html.append(weights(data));
        html.append("<h2>Secret statistique</h2>\n<p>").append(Html.text(String.format(SiteLayout.SECRET_EXPLANATION,
                m.secrecyThreshold()))).append(" Le secret secondaire protège les relations entre tableaux : résidences ")
                .append("d'une commune, communes de la métropole, quartiers prioritaires et hors quartiers, mois d'une année. ")
                .append("Les indicateurs du RPLS portent sur des logements et non sur des ménages.</p>\n");
        html.append("<h2>Sources, millésimes et licences</h2>\n<table><caption>Données de référence</caption><thead><tr>")
                .append("<th scope=\"col\">Donnée</th><th scope=\"col\">Producteur</th><th scope=\"col\">Millésime</th>")
                .append("<th scope=\"col\">Licence</th></tr></thead><tbody>\n");
        html.append("<tr><td>Répertoire des logements locatifs des bailleurs sociaux (RPLS)</td><td>SDES</td><td>")
                .append(m.rplsMillesime()).append("</td><td>Licence Ouverte (version publique) ; version loi réservée</td></tr>\n");
        html.append("<tr><td>Enquête sur l'occupation du parc social (OPS)</td><td>Bailleurs sociaux (convention)</td><td>")
                .append(m.opsYear() == null ? "–" : m.opsYear().toString()).append("</td><td>Diffusion restreinte</td></tr>\n");
        for (CSVRecord r : ReferenceCsv.read(referenceDir.resolve("catalogue.csv"))) {
            html.append("<tr><td>").append(Html.text(r.get("libelle"))).append("</td><td>").append(Html.text(r.get("producteur")))
                    .append("</td><td>").append(Html.text(r.get("millesime"))).append("</td><td>")
                    .append(Html.text(r.get("licence"))).append("</td></tr>\n");
        }
        html.append("<tr><td>Fond de carte interactive</td><td>Leaflet 1.9.4 (BSD 2-Clause), sans tuiles</td><td>–</td>")
                .append("<td>BSD 2-Clause</td></tr>\n");
        return html.append("</tbody></table>\n").toString();
    }

    private static String weights(AtlasData data) {
        StringBuilder html = new StringBuilder("<table><caption>Composantes de la fragilité et leurs poids</caption>")
                .append("<thead><tr><th scope=\"col\">Composante</th><th scope=\"col\" class=\"nombre\">Poids</th></tr></thead><tbody>\n");
        for (fr.dijon.observatoire.indicators.MethodParameters.Component c
                : data.metadata().parameters().fragilite().composantes().values()) {
            html.append("<tr><td>").append(Html.text(c.libelle())).append("</td><td class=\"nombre\">")
                    .append(Formats.decimal(c.poids().doubleValue() * 100, 0)).append("\u202F%</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }
}
