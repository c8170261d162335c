package fr.dijon.observatoire.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attack on the partner series of one or more packs (this period's and the previous one's): every published
 * month, quarter, year, 12-month rolling sum, year-to-date (series, objectives, cumuls) is an equation on the
 * unknown months (each ≥ 0). For each series subject to secrecy it solves, by linear programming, every masked
 * month's interval, and, by Gaussian elimination, every run of consecutive months that the equations give exactly:
 * a run that makes a count of 1 to threshold − 1 is a breach, as is a masked month pinned to fewer values than the
 * threshold. Two successive publications' year-to-date values are differenced this way.
 */
final class SeriesAttack {

    private final int threshold;
    private final Set<String> subject;
    private final List<Breach> breaches = new ArrayList<>();

    /** One equation: the months it adds up and the published sum. */
    private record Equation(List<YearMonth> months, double value, String source) {
    }

    /**
     * @param subject the indicator codes subject to secrecy (the catalogue's decision)
     */
    SeriesAttack(int threshold, Set<String> subject) {
        this.threshold = threshold;
        this.subject = subject;
    }

    List<Breach> attack(List<PublishedPack> packs) {
        Map<String, List<Equation>> equations = new LinkedHashMap<>();
        Map<String, Set<YearMonth>> masked = new HashMap<>();
        Map<String, Set<YearMonth>> window = new HashMap<>();
        boolean current = true;
        for (PublishedPack pack : packs) {
            read(pack, equations, current ? masked : new HashMap<>(), current ? window : new HashMap<>());
            current = false;
        }
        for (Map.Entry<String, List<Equation>> e : equations.entrySet()) {
            String indicator = e.getKey().substring(0, e.getKey().indexOf('|'));
            if (subject.contains(indicator) && window.containsKey(e.getKey())) {
                series(e.getKey(), e.getValue(), masked.getOrDefault(e.getKey(), Set.of()), window.get(e.getKey()));
            }
        }
        return breaches;
    }

    private void read(PublishedPack pack, Map<String, List<Equation>> equations, Map<String, Set<YearMonth>> masked,
                      Map<String, Set<YearMonth>> window) {
        String file = pack.file().getFileName().toString();
        for (Map<String, String> r : pack.table("sans_abrisme_series.csv")) {
            String key = r.get("indicateur") + "|" + r.get("territoire");
            YearMonth m = YearMonth.parse(r.get("mois"));
            window.computeIfAbsent(key, k -> new TreeSet<>()).add(m);
            Double value = PublishedPack.number(r.get("valeur"));
            if (value != null) {
                add(equations, key, List.of(m), value, file);
            } else {
                masked.computeIfAbsent(key, k -> new TreeSet<>()).add(m);
            }
            Double rolling = PublishedPack.number(r.get("cumul_12_mois"));
            if (rolling != null) {
                add(equations, key, range(m.minusMonths(11), m), rolling, file);
            }
        }
        for (Map<String, String> r : pack.table("sans_abrisme_trimestres.csv")) {
            Double value = PublishedPack.number(r.get("valeur"));
            if (value != null) {
                String[] q = r.get("trimestre").split("-T");
                YearMonth first = YearMonth.of(Integer.parseInt(q[0]), (Integer.parseInt(q[1]) - 1) * 3 + 1);
                double sum = "stock".equals(r.get("nature")) ? value * 3 : value;
                add(equations, r.get("indicateur") + "|" + r.get("territoire"), range(first, first.plusMonths(2)), sum, file);
            }
        }
        for (Map<String, String> r : pack.table("sans_abrisme_annees.csv")) {
            Double value = PublishedPack.number(r.get("valeur"));
            if (value == null || r.get("dernier_mois") == null || r.get("dernier_mois").isBlank()) {
                continue;
            }
            String key = r.get("indicateur") + "|" + r.get("territoire");
            YearMonth last = YearMonth.parse(r.get("dernier_mois"));
            YearMonth january = YearMonth.of(last.getYear(), 1);
            switch (r.get("agregation")) {
                case "somme" -> add(equations, key, range(january, last), value, file);
                case "dernier" -> add(equations, key, List.of(last), value, file);
                default -> add(equations, key, range(january, last), value * (last.getMonthValue()), file);
            }
        }
        for (Map<String, String> r : pack.table("sans_abrisme_cumuls.csv")) {
            String key = r.get("indicateur") + "|" + r.get("territoire");
            Double month = PublishedPack.number(r.get("arrete_au_mois"));
            if (month == null || month < 1) {
                continue;
            }
            int year = Integer.parseInt(r.get("annee"));
            Double cumul = PublishedPack.number(r.get("cumul"));
            Double before = PublishedPack.number(r.get("cumul_annee_precedente"));
            if (cumul != null) {
                add(equations, key, range(YearMonth.of(year, 1), YearMonth.of(year, month.intValue())), cumul, file);
            }
            if (before != null) {
                add(equations, key, range(YearMonth.of(year - 1, 1), YearMonth.of(year - 1, month.intValue())), before, file);
            }
        }
    }

    private static void add(Map<String, List<Equation>> equations, String key, List<YearMonth> months, double value,
                            String source) {
        equations.computeIfAbsent(key, k -> new ArrayList<>()).add(new Equation(months, value, source));
    }

    private static List<YearMonth> range(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private void series(String key, List<Equation> equations, Set<YearMonth> masked, Set<YearMonth> window) {
        TreeSet<YearMonth> all = new TreeSet<>(window);
        equations.forEach(e -> all.addAll(e.months()));
        List<YearMonth> months = new ArrayList<>(all);
        Map<YearMonth, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            index.put(months.get(i), i);
        }
        IntervalProgram lp = new IntervalProgram();
        for (YearMonth m : months) {
            lp.unknown(m.toString(), 0, Double.POSITIVE_INFINITY);
        }
        Elimination exact = new Elimination(months.size());
        for (Equation e : equations) {
            Map<Integer, Double> terms = new HashMap<>();
            e.months().forEach(m -> terms.put(index.get(m), 1.0));
            lp.constrain(terms, e.value() - 1e-6, e.value() + 1e-6);
            exact.add(terms, e.value());
        }
        String name = key.replace('|', ' ');
        for (YearMonth m : masked) {
            double[] range = lp.range(Map.of(index.get(m), 1.0));
            if (range == null) {
                breaches.add(new Breach(Breach.EXACT, "sans_abrisme_series.csv", name + " " + m,
                        "les chiffres publiés se contredisent (révision non signalée ?) : la série ne peut pas être auditée"));
                return;
            }
            long lo = Math.round(Math.ceil(range[0] - 1e-6));
            if (!Double.isInfinite(range[1])) {
                long hi = Math.round(Math.floor(range[1] + 1e-6));
                if (hi == lo) {
                    breaches.add(new Breach(Breach.EXACT, "sans_abrisme_series.csv", name + " " + m,
                            "le mois masqué vaut " + lo));
                } else if (hi - lo < threshold - 1) {
                    breaches.add(new Breach(Breach.NARROW, "sans_abrisme_series.csv", name + " " + m,
                            "le mois masqué est compris entre " + lo + " et " + hi));
                }
            }
        }
        List<YearMonth> published = new ArrayList<>(window);
        for (int a = 0; a < published.size(); a++) {
            for (int b = a; b < published.size(); b++) {
                Map<Integer, Double> run = new HashMap<>();
                for (YearMonth m : range(published.get(a), published.get(b))) {
                    run.put(index.get(m), 1.0);
                }
                Double value = exact.value(run);
                if (value != null && value >= 1 - 1e-6 && value <= threshold - 1 + 1e-6) {
                    breaches.add(new Breach(Breach.DERIVED, "sans_abrisme_series.csv", name + " de " + published.get(a)
                            + " à " + published.get(b), "les chiffres publiés donnent exactement " + Math.round(value)));
                }
            }
        }
    }
}
