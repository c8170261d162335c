package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.graphics.LineChart;
import fr.dijon.observatoire.atlas.graphics.ProgressChart;
import fr.dijon.observatoire.atlas.graphics.TargetProgress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Sans-abrisme et Logement d'abord: monthly series over 24 months, progress against targets, the 25 % rule. */
final class HomelessnessPage {

    private static final String SOURCE = "Source : comptages mensuels des partenaires (SIAO 21, hébergement, maraudes, "
            + "Dijon Métropole), traitement observatoire";

    private HomelessnessPage() {
    }

    static String body(AtlasData data) {
        if (!data.partnersAvailable()) {
            return "<h2>Séries mensuelles</h2>\n" + Empty.PARTNERS + "<h2>Objectifs des actions</h2>\n" + Empty.PARTNERS
                    + "<h2>Règle des 25 %</h2>\n" + Empty.PARTNERS;
        }
        StringBuilder html = new StringBuilder("<p>Séries des 24 derniers mois. Un flux (demandes, contacts, entrées) se ")
                .append("cumule sur l'année ; un stock (places, ménages accompagnés) ne s'additionne jamais d'un mois ")
                .append("à l'autre.</p>\n<h2>Séries mensuelles</h2>\n<div class=\"deux-colonnes\">\n");
        html.append(series(data, "115 : demandes et demandes non pourvues", "demandes",
                List.of("demandes_115", "demandes_non_pourvues_115")));
        html.append(series(data, "Hébergement d'urgence : places et places occupées", "places",
                List.of("places_hebergement_urgence", "places_occupees_hebergement_urgence")));
        html.append(series(data, "Hébergement d'insertion : places et places occupées", "places",
                List.of("places_insertion", "places_occupees_insertion")));
        html.append(series(data, "Maraudes : contacts", "contacts", List.of("contacts_maraude")));
        html.append(series(data, "Logement d'abord : ménages accompagnés", "ménages", List.of("menages_accompagnes_lda")));
        html.append(series(data, "Logement d'abord : entrées, sorties vers le logement, retours à la rue", "ménages",
                List.of("entrees_accompagnement_lda", "sorties_logement_lda", "retours_rue_6_mois_lda")));
        html.append("</div>\n<h2>Objectifs des actions</h2>\n").append(targets(data));
        html.append("<h2>Règle des 25 %</h2>\n").append(rule25(data));
        return html.toString();
    }

    private static String series(AtlasData data, String title, String unit, List<String> indicators) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, AtlasData.SeriesPoint>> byIndicator = new LinkedHashMap<>();
        for (AtlasData.SeriesPoint p : data.series()) {
            if (indicators.contains(p.indicator())) {
                months.add(p.month());
                byIndicator.computeIfAbsent(p.label(), k -> new LinkedHashMap<>()).put(p.month(), p);
            }
        }
        if (byIndicator.isEmpty()) {
            return "";
        }
        List<YearMonth> axis = months.stream().map(YearMonth::parse).toList();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("<table><caption>").append(Html.text(title))
                .append("</caption><thead><tr><th scope=\"col\">Mois</th>");
        byIndicator.keySet().forEach(label -> table.append("<th scope=\"col\" class=\"nombre\">").append(Html.text(label))
                .append("</th>"));
        table.append("</tr></thead><tbody>\n");
        byIndicator.forEach((label, points) -> {
            List<Double> line = new ArrayList<>();
            for (String m : months) {
                AtlasData.SeriesPoint p = points.get(m);
                line.add(p == null || p.secret() != null ? null : p.value());
            }
            values.put(label, line);
        });
        for (String m : months) {
            table.append("<tr><td>").append(Html.text(Months.label(m))).append("</td>");
            for (Map<String, AtlasData.SeriesPoint> points : byIndicator.values()) {
                AtlasData.SeriesPoint p = points.get(m);
                table.append("<td class=\"nombre\">").append(p == null ? "–" : Formats.masked(p.value(), p.secret(), false))
                        .append("</td>");
            }
            table.append("</tr>\n");
        }
        table.append("</tbody></table>\n");
        return Figure.of(LineChart.monthly(title, unit, axis, values, SOURCE), 560, 340, table.toString());
    }

    private static String targets(AtlasData data) {
        if (data.targets().isEmpty()) {
            return Empty.PARTNERS;
        }
        List<TargetProgress> rows = new ArrayList<>();
        StringBuilder table = new StringBuilder("<table><caption>Avancement des actions par rapport à leur objectif annuel")
                .append("</caption><thead><tr><th scope=\"col\">Action</th><th scope=\"col\" class=\"nombre\">Année</th>")
                .append("<th scope=\"col\" class=\"nombre\">Réalisé</th><th scope=\"col\" class=\"nombre\">Objectif annuel</th>")
                .append("<th scope=\"col\" class=\"nombre\">Objectif au prorata</th><th scope=\"col\" class=\"nombre\">")
                .append("Réalisation</th><th scope=\"col\">Source de l'objectif</th></tr></thead><tbody>\n");
        for (AtlasData.Target t : data.targets()) {
            rows.add(new TargetProgress(t.label(), t.secret() != null ? null : t.achieved(), t.annualTarget(),
                    t.proratedTarget()));
            table.append("<tr><td>").append(Html.text(t.label())).append("</td><td class=\"nombre\">").append(t.year())
                    .append("</td><td class=\"nombre\">").append(Formats.masked(t.achieved(), t.secret(), false))
                    .append("</td><td class=\"nombre\">").append(Formats.decimal(t.annualTarget(), 0))
                    .append("</td><td class=\"nombre\">").append(Formats.decimal(t.proratedTarget(), 1))
                    .append("</td><td class=\"nombre\">").append(Formats.masked(t.rate(), t.secret(), true))
                    .append("</td><td>").append(Html.text(t.targetSource())).append("</td></tr>\n");
        }
        table.append("</tbody></table>\n");
        return Figure.of(ProgressChart.targets("Avancement des actions par rapport à l'objectif annuel", rows, SOURCE),
                900, 60 + 34 * rows.size(), table.toString());
    }

    private static String rule25(AtlasData data) {
        if (data.rule25().isEmpty()) {
            return "<p class=\"vide\">Aucun comptage annuel des attributions hors QPV importé : la règle des 25 % ne peut "
                    + "pas encore être suivie.</p>\n";
        }
        StringBuilder html = new StringBuilder("<p>Au moins 25 % des attributions annuelles hors quartier prioritaire ")
                .append("doivent aller aux demandeurs du premier quartile de ressources (CCH, art. L.441-1).</p>\n")
                .append("<table><caption>Règle des 25 % par année</caption><thead><tr><th scope=\"col\">Année</th>")
                .append("<th scope=\"col\" class=\"nombre\">Attributions hors QPV au 1er quartile</th>")
                .append("<th scope=\"col\" class=\"nombre\">Attributions hors QPV</th><th scope=\"col\" class=\"nombre\">")
                .append("Part</th><th scope=\"col\">Objectif de 25 % atteint</th></tr></thead><tbody>\n");
        for (AtlasData.Rule25 r : data.rule25()) {
            html.append("<tr><td>").append(r.year()).append("</td><td class=\"nombre\">")
                    .append(Formats.masked(r.q1(), r.secret(), false)).append("</td><td class=\"nombre\">")
                    .append(Formats.masked(r.total(), r.secret(), false)).append("</td><td class=\"nombre\">")
                    .append(Formats.masked(r.ratio(), r.secret(), true)).append("</td><td>")
                    .append(r.secret() != null ? Formats.SECRET : Boolean.TRUE.equals(r.reached()) ? "oui" : "non")
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }
}
