package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.atlas.graphics.BarChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four stock charts of a territory (typology, financing, construction period, DPE), from its residences. */
public final class StockCharts {

    public static final List<String> TYPOLOGIES = List.of("T1", "T2", "T3", "T4", "T5 et plus");
    private static final List<String> PERIODS = List.of("avant 1949", "1949-1974", "1975-1989", "1990-2005",
            "2006 et après", "inconnue");

    private StockCharts() {
    }

    /** Dwellings by typology of the residences, T1 to T5 and more. */
    public static LinkedHashMap<String, Double> typology(List<AtlasData.Residence> residences) {
        return sum(TYPOLOGIES, residences.stream().map(AtlasData.Residence::typology).toList());
    }

    public static String source(int millesime) {
        return "Source : RPLS " + millesime + " (SDES), traitement observatoire";
    }

    static List<FigureView> all(List<AtlasData.Residence> residences, int millesime) {
        Map<String, Double> periods = new LinkedHashMap<>();
        PERIODS.forEach(p -> periods.put(p, 0.0));
        residences.forEach(r -> periods.merge(r.buildPeriod() == null ? "inconnue" : r.buildPeriod(),
                (double) r.dwellings(), Double::sum));
        List<FigureView> charts = new ArrayList<>();
        charts.add(chart("Logements par typologie", typology(residences), millesime));
        charts.add(chart("Logements par financement", sum(List.of("PLAI", "PLUS", "PLS", "PLI", "autres"),
                residences.stream().map(AtlasData.Residence::financing).toList()), millesime));
        charts.add(chart("Logements par période de construction (année de la résidence)", new LinkedHashMap<>(periods),
                millesime));
        charts.add(chart("Logements par étiquette énergétique (DPE)", sum(List.of("A à C", "D", "E à G", "inconnue"),
                residences.stream().map(AtlasData.Residence::dpe).toList()), millesime));
        return charts;
    }

    private static LinkedHashMap<String, Double> sum(List<String> labels, List<int[]> counts) {
        LinkedHashMap<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            final int k = i;
            values.put(labels.get(i), (double) counts.stream().mapToInt(c -> c[k]).sum());
        }
        return values;
    }

    private static FigureView chart(String title, LinkedHashMap<String, Double> values, int millesime) {
        Table.Builder table = new Table.Builder(title).column("Catégorie").number("logements");
        values.forEach((k, v) -> table.row(Table.Cell.text(k), Table.Cell.of(Value.count(v))));
        return FigureView.of(BarChart.categories(title, "logements", values, false, source(millesime)), 560, 340,
                table.build());
    }
}
