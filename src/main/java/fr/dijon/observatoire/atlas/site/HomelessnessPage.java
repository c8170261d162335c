package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.atlas.graphics.LineChart;
import fr.dijon.observatoire.atlas.graphics.ProgressChart;
import fr.dijon.observatoire.atlas.graphics.TargetProgress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sans-abrisme et Logement d'abord: this year's year-to-date against the same months last year, the monthly
 * series (a masked month shows « s », a wholly masked series gives its published annual values instead of empty
 * axes), each action's progress with its year and the months it covers, and the 25 % rule from mart_regle_25 alone.
 */
final class HomelessnessPage {

    static final String SOURCE = "Source : comptages mensuels des partenaires (SIAO 21, hébergement, maraudes, "
            + "Dijon Métropole), traitement observatoire";

    private HomelessnessPage() {
    }

    static String render(AtlasData data, Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("available", data.partnersAvailable());
        model.put("empty", Empty.PARTNERS);
        YearMonth period = YearMonth.parse(data.metadata().period());
        model.put("comparison", comparison(data, period));
        model.put("series", data.partnersAvailable() ? blocks(data) : List.of());
        model.put("targets", data.partnersAvailable() ? targets(data, period) : null);
        model.put("targetTable", targetTable(data, period));
        model.put("rule", ruleTable(data));
        return SiteRenderer.render("sans-abrisme.jte", model);
    }

    private static Table comparison(AtlasData data, YearMonth period) {
        int month = period.getMonthValue();
        int year = period.getYear();
        Table.Builder table = new Table.Builder("Cette année, comparée aux mêmes mois de l'an dernier")
                .column("Indicateur").number(Months.span(year, month)).number(Months.span(year - 1, month))
                .column("Lecture");
        for (String indicator : new TreeSet<>(data.series().stream().map(AtlasData.SeriesPoint::indicator).toList())) {
            AtlasData.SeriesPoint any = Series.of(data, indicator).get(0);
            boolean flux = "flux".equals(any.nature());
            Value now = flux ? fluxThisYear(data, indicator, year, month) : Series.toMonth(data, indicator, any.nature(), year, month);
            Value before = Series.toMonth(data, indicator, any.nature(), year - 1, month);
            table.row(Table.Cell.text(any.label()), Table.Cell.of(now), Table.Cell.of(before),
                    Table.Cell.text(flux ? "cumul de janvier à " + Months.name(month) : "valeur de " + Months.name(month)));
        }
        return table.build();
    }

    /** The year-to-date of a flux: the published annual value of the year (it covers January to the period). */
    private static Value fluxThisYear(AtlasData data, String indicator, int year, int month) {
        AtlasData.AnnualValue annual = Series.annual(data, indicator, year);
        if (annual != null && annual.months() == month) {
            return Value.masked(annual.secret(), Value.count(annual.value()));
        }
        return Series.toMonth(data, indicator, "flux", year, month);
    }

    private static List<SeriesBlock> blocks(AtlasData data) {
        List<SeriesBlock> blocks = new ArrayList<>();
        blocks.add(block(data, "115 : demandes et demandes non pourvues", "demandes",
                List.of("demandes_115", "demandes_non_pourvues_115")));
        blocks.add(block(data, "Hébergement d'urgence : places et places occupées", "places",
                List.of("places_hebergement_urgence", "places_occupees_hebergement_urgence")));
        blocks.add(block(data, "Hébergement d'insertion : places et places occupées", "places",
                List.of("places_insertion", "places_occupees_insertion")));
        blocks.add(block(data, "Maraudes : contacts", "contacts", List.of("contacts_maraude")));
        blocks.add(block(data, "Logement d'abord : ménages accompagnés", "ménages", List.of("menages_accompagnes_lda")));
        for (String indicator : List.of("entrees_accompagnement_lda", "sorties_logement_lda", "retours_rue_6_mois_lda")) {
            String label = Series.of(data, indicator).isEmpty() ? indicator : Series.of(data, indicator).get(0).label();
            blocks.add(block(data, "Logement d'abord : " + Character.toLowerCase(label.charAt(0)) + label.substring(1),
                    "ménages", List.of(indicator)));
        }
        blocks.removeIf(b -> b == null);
        return blocks;
    }

    private static SeriesBlock block(AtlasData data, String title, String unit, List<String> indicators) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, AtlasData.SeriesPoint>> byLabel = new LinkedHashMap<>();
        for (String indicator : indicators) {
            for (AtlasData.SeriesPoint p : Series.of(data, indicator)) {
                months.add(p.month());
                byLabel.computeIfAbsent(p.label(), k -> new LinkedHashMap<>()).put(p.month(), p);
            }
        }
        if (byLabel.isEmpty()) {
            return null;
        }
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, List<Boolean>> masked = new LinkedHashMap<>();
        Table.Builder table = new Table.Builder(title).column("Mois");
        byLabel.keySet().forEach(table::number);
        byLabel.forEach((label, points) -> {
            values.put(label, months.stream().map(m -> points.get(m) == null || points.get(m).secret() != null ? null
                    : points.get(m).value()).toList());
            masked.put(label, months.stream().map(m -> points.get(m) != null && points.get(m).secret() != null).toList());
        });
        for (String m : months) {
            List<Table.Cell> row = new ArrayList<>();
            row.add(Table.Cell.text(Months.label(m)));
            for (Map<String, AtlasData.SeriesPoint> points : byLabel.values()) {
                AtlasData.SeriesPoint p = points.get(m);
                row.add(Table.Cell.of(p == null ? Value.NONE : Value.masked(p.secret(), Value.count(p.value()))));
            }
            table.row(row.toArray(Table.Cell[]::new));
        }
        LineChart chart = LineChart.monthly(title, unit, months.stream().map(YearMonth::parse).toList(), values, masked,
                SOURCE);
        if (!chart.hasValues()) {
            return new SeriesBlock(title, null, annualInWords(data, indicators));
        }
        return new SeriesBlock(title, FigureView.of(chart, 560, 340, table.build()), null);
    }

    /** « Valeurs mensuelles couvertes par le secret statistique. Valeurs annuelles publiées : année 2025 : 89 ; … ». */
    private static String annualInWords(AtlasData data, List<String> indicators) {
        List<String> parts = new ArrayList<>();
        for (AtlasData.AnnualValue a : data.annualValues()) {
            if (indicators.contains(a.indicator())) {
                parts.add(annualSpan(data, a) + " : " + (a.secret() != null ? "s"
                        : fr.dijon.observatoire.format.FrenchNumbers.display(a.value(), 0)));
            }
        }
        return "Valeurs mensuelles couvertes par le secret statistique (« s ») : elles reposent sur trop peu de "
                + "ménages pour être publiées mois par mois. " + (parts.isEmpty() ? "Aucune valeur annuelle publiée."
                : "Valeurs annuelles publiées : " + String.join(" ; ", parts) + ".");
    }

    /** What an annual value covers: « année 2025 », « janvier à novembre 2026 », « 2024 (1 mois renseigné) ». */
    static String annualSpan(AtlasData data, AtlasData.AnnualValue a) {
        YearMonth period = YearMonth.parse(data.metadata().period());
        if (a.months() >= 12) {
            return "année " + a.year();
        }
        if (a.year() == period.getYear() && a.months() == period.getMonthValue()) {
            return Months.span(a.year(), a.months());
        }
        return a.year() + " (" + a.months() + (a.months() > 1 ? " mois renseignés)" : " mois renseigné)");
    }

    private static FigureView targets(AtlasData data, YearMonth period) {
        List<TargetProgress> rows = new ArrayList<>();
        for (AtlasData.Target t : Targets.actions(data)) {
            rows.add(new TargetProgress(t.label() + " — " + Targets.span(t, period), t.secret() != null ? null : t.achieved(),
                    t.annualTarget(), t.months() >= 12 ? null : t.proratedTarget()));
        }
        Rule25View.latest(data).ifPresent(r -> rows.add(new TargetProgress("Règle des 25 % : part des attributions hors "
                + "QPV au premier quartile, en points de pourcentage — année " + r.year(),
                r.secret() != null ? null : r.ratio() * 100, r.target() * 100, null)));
        return FigureView.of(ProgressChart.targets("Avancement des actions par rapport à leur objectif annuel", rows,
                SOURCE), 900, 90 + 58 * rows.size(), null);
    }

    private static Table targetTable(AtlasData data, YearMonth period) {
        Table.Builder table = new Table.Builder("Avancement des actions par rapport à leur objectif annuel")
                .identified("actions").column("Action").column("Période").number("Réalisé").number("Objectif annuel")
                .number("Objectif au prorata").number("Réalisation").column("Source de l'objectif");
        for (AtlasData.Target t : Targets.actions(data)) {
            table.row(Table.Cell.text(t.label()), Table.Cell.text(Targets.span(t, period)),
                    Table.Cell.of(Value.masked(t.secret(), Value.count(t.achieved()))),
                    Table.Cell.of(Value.count(t.annualTarget())),
                    Table.Cell.of(t.months() >= 12 ? Value.NONE : Value.decimal(t.proratedTarget(), 1)),
                    Table.Cell.of(Value.masked(t.secret(), Value.share(t.rate(), 0))), Table.Cell.text(t.targetSource()));
        }
        return table.build();
    }

    private static Table ruleTable(AtlasData data) {
        Table.Builder table = new Table.Builder("Règle des 25 % par année").column("Année")
                .number("Attributions hors QPV au 1ᵉʳ quartile").number("Attributions hors QPV").number("Part")
                .column("Objectif de 25 % atteint");
        for (AtlasData.Rule25 r : data.rule25()) {
            table.row(Table.Cell.text(String.valueOf(r.year())), Table.Cell.of(Value.masked(r.secret(), Value.count(r.q1()))),
                    Table.Cell.of(Value.masked(r.secret(), Value.count(r.total()))), Table.Cell.of(Rule25View.share(r)),
                    Table.Cell.of(r.secret() != null ? Value.SECRET : Value.text(Boolean.TRUE.equals(r.reached()) ? "oui" : "non")));
        }
        return table.build();
    }
}
