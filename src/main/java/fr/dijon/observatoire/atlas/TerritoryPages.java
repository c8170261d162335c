package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.graphics.ChoroplethMap;
import fr.dijon.observatoire.atlas.graphics.DotMap;
import fr.dijon.observatoire.atlas.graphics.ResidencePoint;
import fr.dijon.observatoire.geo.GeoFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Fiches commune and fiches QPV: key figures against the EPCI, a static map, the stock charts, the residences. */
final class TerritoryPages {

    private final AtlasData data;
    private final String epci;
    private final List<GeoFeature> communes;
    private final List<GeoFeature> qpv;

    TerritoryPages(AtlasData data, String epci, List<GeoFeature> communes, List<GeoFeature> qpv) {
        this.data = data;
        this.epci = epci;
        this.communes = communes;
        this.qpv = qpv;
    }

    /** The choropleth of communes for one published indicator (a share), with its data table. */
    String choropleth(String indicator, String title, String legend, String source) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : data.territoryNames("commune").entrySet()) {
            AtlasData.TerritoryValue v = data.territory("commune", c.getKey(), indicator);
            values.put(c.getKey(), v == null || v.secret() != null ? null : v.value());
            rows.put(c.getValue(), v == null ? "–" : Formats.masked(v.value(), v.secret(), true));
        }
        ChoroplethMap map = ChoroplethMap.communes(title, communes, values, true, legend, source).withQpv(qpv);
        return Figure.of(map, 760, 560, Figure.table(title, legend, rows));
    }

    /** The list page of a level: one link per territory, with its dwellings and residences. */
    String list(String level, String folder, String intro) {
        StringBuilder html = new StringBuilder("<p>").append(Html.text(intro)).append("</p>\n");
        if (level.equals("commune")) {
            html.append(choropleth("part_logements_accessibles", "Part des logements accessibles aux ménages les plus modestes",
                    "logements accessibles", "Sources : RPLS " + data.metadata().rplsMillesime()
                            + " (SDES), loyers plafonds APL ; IGN Admin Express 2018 — traitement observatoire"));
            if (data.opsAvailable()) {
                html.append(choropleth("tres_bas_revenus", "Part des ménages sous 20 % des plafonds PLUS",
                        "ménages sous 20 % des plafonds", "Sources : enquête OPS " + data.metadata().opsYear()
                                + " ; IGN Admin Express 2018 — traitement observatoire"));
            }
        }
        html.append("<table><caption>")
                .append(level.equals("commune") ? "Communes de la métropole" : "Quartiers prioritaires 2024")
                .append("</caption><thead><tr><th scope=\"col\">Territoire</th><th scope=\"col\" class=\"nombre\">Logements sociaux")
                .append("</th><th scope=\"col\" class=\"nombre\">Résidences</th><th scope=\"col\" class=\"nombre\">Résidences ")
                .append("accessibles et non fragiles</th></tr></thead><tbody>\n");
        for (Map.Entry<String, String> t : data.territoryNames(level).entrySet()) {
            AtlasData.TerritoryValue dwellings = data.territory(level, t.getKey(), "logements");
            AtlasData.TerritoryValue residences = data.territory(level, t.getKey(), "residences");
            AtlasData.TerritoryValue crossing = data.territory(level, t.getKey(), "residences_accessibles_non_fragiles");
            html.append("<tr><td><a href=\"").append(folder).append('/').append(Html.text(t.getKey())).append(".html\">")
                    .append(Html.text(t.getValue())).append("</a></td><td class=\"nombre\">")
                    .append(Formats.count(dwellings == null ? null : dwellings.value())).append("</td><td class=\"nombre\">")
                    .append(Formats.count(residences == null ? null : residences.value())).append("</td><td class=\"nombre\">")
                    .append(crossing == null ? "–" : Formats.count(crossing.numerator())).append("</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    String sheet(String level, String code, String name) {
        Predicate<AtlasData.Residence> inside = level.equals("commune") ? r -> r.depcom().equals(code)
                : r -> code.equals(r.qpvCode());
        List<AtlasData.Residence> residences = data.residences().stream().filter(inside).toList();
        StringBuilder html = new StringBuilder();
        html.append("<h2>Chiffres clés, comparés à la métropole</h2>\n")
                .append(new KeyFigures(data, epci).cards(level, code, true));
        if (!data.opsAvailable()) {
            html.append(Empty.OPS);
        }
        html.append("<h2>Carte des résidences</h2>\n").append(map(level, code, name, residences));
        html.append("<h2>Le parc</h2>\n").append(StockCharts.all(residences, data.metadata().rplsMillesime()));
        html.append("<h2>Résidences</h2>\n").append(residenceTable(residences));
        return html.toString();
    }

    private String map(String level, String code, String name, List<AtlasData.Residence> residences) {
        List<ResidencePoint> points = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AtlasData.Residence r : residences) {
            if (r.lon() != null && r.lat() != null) {
                points.add(new ResidencePoint(r.lon(), r.lat(), r.dwellings(), r.crossing()));
                counts.merge(r.crossing(), 1, Integer::sum);
            }
        }
        List<GeoFeature> focusSource = level.equals("commune") ? communes : qpv;
        DotMap map = DotMap.residences("Résidences sociales — " + name, communes, qpv, points,
                "Accessibilité et fragilité", "Sources : IGN Admin Express 2018, ANCT QPV 2024, RPLS "
                        + data.metadata().rplsMillesime() + " — traitement observatoire");
        for (GeoFeature f : focusSource) {
            if (f.id().equals(code)) {
                map = map.focus(f.geometry());
            }
        }
        Map<String, String> rows = new LinkedHashMap<>();
        counts.forEach((k, v) -> rows.put(k, Formats.count(v)));
        return Figure.of(map, 760, 560, Figure.table("Résidences par catégorie du croisement", "résidences", rows));
    }

    private static String residenceTable(List<AtlasData.Residence> residences) {
        StringBuilder html = new StringBuilder("<table><caption>Résidences du territoire</caption><thead><tr>")
                .append("<th scope=\"col\">Adresse</th><th scope=\"col\" class=\"nombre\">Logements</th>")
                .append("<th scope=\"col\">Accessibilité</th><th scope=\"col\">Occupation</th></tr></thead><tbody>\n");
        for (AtlasData.Residence r : residences) {
            html.append("<tr><td><a href=\"../residences/").append(Html.text(r.id())).append(".html\">")
                    .append(Html.text(r.address())).append("</a></td><td class=\"nombre\">").append(Formats.count(r.dwellings()))
                    .append("</td><td>").append(Html.text(r.accessClass())).append("</td><td>")
                    .append(r.fragilitySecret() != null ? Formats.SECRET : Html.text(Classes.fragility(r)))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }
}
