package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.atlas.graphics.ChoroplethMap;
import fr.dijon.observatoire.atlas.graphics.DotMap;
import fr.dijon.observatoire.atlas.graphics.ResidencePoint;
import fr.dijon.observatoire.geo.GeoFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list pages (with, for the communes, the metropolis against its département, region and France) and the
 * fiches commune and fiches QPV: key figures against the metropolis, every published indicator of the territory
 * against the metropolis and the previous millésime or survey, a static map, the stock charts, and the residences
 * (sortable, filterable, with the crossed class), linked to the residence table pre-filtered.
 */
final class TerritoryPages {

    private final AtlasData data;
    private final Dictionary dictionary;
    private final List<GeoFeature> communes;
    private final List<GeoFeature> qpv;

    TerritoryPages(AtlasData data, Dictionary dictionary, List<GeoFeature> communes, List<GeoFeature> qpv) {
        this.data = data;
        this.dictionary = dictionary;
        this.communes = communes;
        this.qpv = qpv;
    }

    List<AtlasData.Residence> residences(String level, String code) {
        return data.residences().stream().filter(r -> level.equals("commune") ? r.depcom().equals(code)
                : code.equals(r.qpvCode())).toList();
    }

    /** The list page of a level: the choropleths (communes) and one link per territory. */
    String list(Page page, String level, String folder, String intro) {
        List<FigureView> figures = new ArrayList<>();
        if (level.equals("commune")) {
            figures.add(choropleth("part_logements_accessibles", "Part des logements accessibles aux ménages les plus modestes",
                    "logements accessibles", 1, "Sources : RPLS " + data.metadata().rplsMillesime()
                            + " (SDES), loyers plafonds APL ; IGN Admin Express 2018 — traitement observatoire"));
            if (data.opsAvailable()) {
                figures.add(choropleth("tres_bas_revenus", "Part des ménages sous 20 % des plafonds PLUS",
                        "ménages sous 20 % des plafonds", 0, "Sources : enquête OPS " + data.metadata().opsYear()
                                + " ; IGN Admin Express 2018 — traitement observatoire"));
            }
        }
        Table.Builder table = new Table.Builder(level.equals("commune") ? "Communes de la métropole" : "Quartiers prioritaires 2024")
                .sortable("tableau-territoires").column("Territoire").number("Logements sociaux").number("Résidences")
                .number("Résidences accessibles et non fragiles");
        for (Map.Entry<String, String> t : data.territoryNames(level).entrySet()) {
            AtlasData.TerritoryValue crossing = data.territory(level, t.getKey(), "residences_accessibles_non_fragiles");
            table.row(Table.Cell.link(t.getValue(), folder + "/" + t.getKey() + ".html"),
                    Table.Cell.of(value(level, t.getKey(), "logements")), Table.Cell.of(value(level, t.getKey(), "residences")),
                    Table.Cell.of(crossing == null ? Value.NONE : Value.masked(crossing.secret(), Value.count(crossing.numerator()))));
        }
        Map<String, Object> model = new LinkedHashMap<>(Map.of("page", page, "intro", intro, "figures", figures,
                "table", table.build()));
        if (level.equals("commune")) {
            WiderStockTable wider = new WiderStockTable(data);
            model.put("comparisonIntro", wider.intro());
            if (wider.available()) {
                model.put("comparison", wider.table());
            }
        }
        return SiteRenderer.render("liste-territoires.jte", model);
    }

    private Value value(String level, String code, String indicator) {
        AtlasData.TerritoryValue v = data.territory(level, code, indicator);
        return v == null ? Value.NONE : Value.masked(v.secret(), Value.count(v.value()));
    }

    private FigureView choropleth(String indicator, String title, String legend, int decimals, String source) {
        Map<String, Double> values = new LinkedHashMap<>();
        Table.Builder rows = new Table.Builder(title).column("Commune").number(legend);
        for (Map.Entry<String, String> c : data.territoryNames("commune").entrySet()) {
            AtlasData.TerritoryValue v = data.territory("commune", c.getKey(), indicator);
            values.put(c.getKey(), v == null || v.secret() != null ? null : v.value());
            rows.row(Table.Cell.text(c.getValue()), Table.Cell.of(KeyFigures.share(v, decimals)));
        }
        ChoroplethMap map = ChoroplethMap.communes(title, communes, values, true, legend, source).withQpv(qpv);
        return FigureView.of(map, 760, 560, rows.build());
    }

    String sheet(Page page, String level, String code, String name) {
        List<AtlasData.Residence> residences = residences(level, code);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("links", links(level, code, residences));
        model.put("cards", new KeyFigures(data).cards(level, code, residences, true));
        model.put("opsMissing", data.opsAvailable() ? "" : Empty.OPS);
        model.put("indicators", indicators(level, code, name));
        model.put("map", map(level, code, name, residences));
        model.put("charts", StockCharts.all(residences, data.metadata().rplsMillesime()));
        model.put("residences", ResidenceTables.territory(residences, data));
        model.put("filtered", "../residences.html?" + (level.equals("commune") ? "commune=" : "qpv=") + code);
        return SiteRenderer.render("territoire.jte", model);
    }

    /** The commune of a QPV, or the QPV of a commune, as links between sheets. */
    private List<Table.Cell> links(String level, String code, List<AtlasData.Residence> residences) {
        List<Table.Cell> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AtlasData.Residence r : residences) {
            if (level.equals("qpv") && seen.add(r.depcom())) {
                links.add(Table.Cell.link("Commune : " + r.commune(), "../communes/" + r.depcom() + ".html"));
            } else if (level.equals("commune") && r.qpvCode() != null && seen.add(r.qpvCode())) {
                links.add(Table.Cell.link("Quartier prioritaire : " + data.territoryNames("qpv").getOrDefault(r.qpvCode(),
                        r.qpvCode()), "../qpv/" + r.qpvCode() + ".html"));
            }
        }
        return links;
    }

    /** Every published indicator of the territory, with the metropolis and the previous millésime or survey. */
    private Table indicators(String level, String code, String name) {
        Table.Builder table = new Table.Builder("Indicateurs de " + name + ", comparés à la métropole et au millésime "
                + "précédent").column("Indicateur").number(name).number("Métropole").column("Millésime précédent");
        for (Dictionary.Entry entry : dictionary.entries().values()) {
            AtlasData.TerritoryValue v = data.territory(level, code, entry.code());
            if (v == null) {
                continue;
            }
            int decimals = "OPS".equals(v.source()) ? 0 : 1;
            table.row(Table.Cell.text(entry.label()), Table.Cell.of(shown(v, entry, decimals)),
                    Table.Cell.of(shown(data.territory("epci", data.epci(), entry.code()), entry, decimals)),
                    Table.Cell.text(Evolutions.previous(data, level, code, entry, decimals)));
        }
        return table.build();
    }

    static Value shown(AtlasData.TerritoryValue v, Dictionary.Entry entry, int decimals) {
        if (v == null) {
            return Value.NONE;
        }
        if (entry.share()) {
            return KeyFigures.share(v, decimals);
        }
        // A count of residences with a base (« résidences fragiles » among the classified ones) shows its count.
        return Value.masked(v.secret(), Value.count(v.denominator() != null ? v.numerator() : v.value()));
    }

    private FigureView map(String level, String code, String name, List<AtlasData.Residence> residences) {
        List<ResidencePoint> points = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Classes.CROSSING.forEach(c -> counts.put(c, 0));
        for (AtlasData.Residence r : residences) {
            if (r.lon() != null && r.lat() != null) {
                points.add(new ResidencePoint(r.lon(), r.lat(), r.dwellings(), Classes.crossing(r)));
                counts.merge(Classes.crossing(r), 1, Integer::sum);
            }
        }
        DotMap map = DotMap.residences("Résidences sociales — " + name, communes, qpv, points,
                "Accessibilité et fragilité", "Sources : IGN Admin Express 2018, ANCT QPV 2024, RPLS "
                        + data.metadata().rplsMillesime() + " — traitement observatoire");
        for (GeoFeature f : level.equals("commune") ? communes : qpv) {
            if (f.id().equals(code)) {
                map = map.focus(f.geometry());
            }
        }
        Table.Builder rows = new Table.Builder("Résidences par catégorie du croisement").column("Catégorie").number("résidences");
        counts.forEach((k, v) -> rows.row(new Table.Cell(Value.text(k), null, Classes.css(k)), Table.Cell.of(Value.count(v))));
        return FigureView.of(map, 760, 560, rows.build());
    }
}
