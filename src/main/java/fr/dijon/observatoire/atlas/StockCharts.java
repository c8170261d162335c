package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.graphics.BarChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four stock charts of a territory (typology, financing, construction period, DPE), from its residences. */
final class StockCharts {

    private StockCharts() {
    }

    static String all(List<AtlasData.Residence> residences, int millesime) {
        String source = "Source : RPLS " + millesime + " (SDES), traitement observatoire";
        int[] typology = new int[5];
        int[] financing = new int[5];
        int[] dpe = new int[4];
        Map<String, Double> periods = new LinkedHashMap<>();
        for (String p : List.of("avant 1949", "1949-1974", "1975-1989", "1990-2005", "2006 et après", "inconnue")) {
            periods.put(p, 0.0);
        }
        for (AtlasData.Residence r : residences) {
            add(typology, r.typology());
            add(financing, r.financing());
            add(dpe, r.dpe());
            periods.merge(r.buildPeriod() == null ? "inconnue" : r.buildPeriod(), (double) r.dwellings(), Double::sum);
        }
        StringBuilder html = new StringBuilder("<div class=\"deux-colonnes\">\n");
        html.append(chart("Logements par typologie", List.of("T1", "T2", "T3", "T4", "T5 et plus"), typology, source));
        html.append(chart("Logements par financement", List.of("PLAI", "PLUS", "PLS", "PLI", "autres"), financing, source));
        html.append(chart("Logements par période de construction (année de la résidence)",
                List.copyOf(periods.keySet()), periods.values().stream().mapToInt(Double::intValue).toArray(), source));
        html.append(chart("Logements par étiquette énergétique (DPE)", List.of("A à C", "D", "E à G", "inconnue"), dpe, source));
        return html.append("</div>\n").toString();
    }

    private static String chart(String title, List<String> labels, int[] counts, String source) {
        LinkedHashMap<String, Double> values = new LinkedHashMap<>();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            values.put(labels.get(i), (double) counts[i]);
            rows.put(labels.get(i), Formats.count(counts[i]));
        }
        return Figure.of(BarChart.categories(title, "logements", values, false, source), 560, 340,
                Figure.table(title, "logements", rows));
    }

    private static void add(int[] total, int[] values) {
        for (int i = 0; i < total.length; i++) {
            total[i] += values[i];
        }
    }
}
