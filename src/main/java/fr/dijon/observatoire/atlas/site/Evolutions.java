package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.format.FrenchNumbers;
import java.util.Comparator;
import java.util.List;

/**
 * The previous millésime or survey of a territorial figure, from mart_territoire_evolution (RPLS dwellings, OPS
 * 2022 → 2024 share of very low incomes). Comparisons with the previous publication will come from the lead's
 * comparison mart; until then a figure without an earlier value says so.
 */
final class Evolutions {

    private Evolutions() {
    }

    static List<AtlasData.Evolution> of(AtlasData data, String level, String code, String indicator) {
        return data.evolutions().stream().filter(e -> e.level().equals(level) && e.code().equals(code)
                && e.indicator().equals(indicator)).sorted(Comparator.comparingInt(AtlasData.Evolution::year)).toList();
    }

    /** « OPS 2022 : 25 % (+1 point) », « RPLS 2023 : 24 812 (+188) », or « – ». */
    static String previous(AtlasData data, String level, String code, Dictionary.Entry entry, int decimals) {
        List<AtlasData.Evolution> rows = of(data, level, code, entry.code());
        if (rows.isEmpty()) {
            return "–";
        }
        AtlasData.Evolution last = rows.get(rows.size() - 1);
        if (last.previousYear() == null) {
            return "pas de millésime précédent";
        }
        AtlasData.Evolution before = rows.stream().filter(e -> e.year() == last.previousYear()).findFirst().orElse(null);
        String label = last.source() + " " + last.previousYear() + " : ";
        if (before == null || before.secret() != null || last.secret() != null) {
            return label + "s";
        }
        if (entry.share()) {
            return label + FrenchNumbers.display(before.value() * 100, decimals) + " % (" + signed(last.change() * 100, decimals)
                    + (Math.abs(last.change() * 100) >= 2 ? " points)" : " point)");
        }
        return label + FrenchNumbers.display(before.value(), 0) + " (" + signed(last.change(), 0) + ")";
    }

    private static String signed(double value, int decimals) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + FrenchNumbers.display(Math.abs(value), decimals);
    }
}
