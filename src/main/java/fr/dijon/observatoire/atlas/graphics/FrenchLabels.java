package fr.dijon.observatoire.atlas.graphics;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.util.List;

import fr.dijon.observatoire.format.FrenchNumbers;

/** French texts of the graphics: numbers, percentages, months, the secrecy mark. */
final class FrenchLabels {

    /** Mark of a value masked by statistical secrecy. */
    static final String SECRET = "s";
    static final char NNBSP = FrenchNumbers.THIN_SPACE;

    private static final List<String> SHORT_MONTHS = List.of(
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.");

    private FrenchLabels() {
    }

    /** Count or amount: no decimal for whole values, else {@code decimals}. */
    static String number(double value, int decimals) {
        return FrenchNumbers.display(value, isWhole(value) ? 0 : decimals);
    }

    /** A share in [0, 1] as a percentage with one decimal, e.g. 0.275 → "27,5 %" (U+202F before %). */
    static String percent(double share) {
        return FrenchNumbers.percent(share, 1);
    }

    /** A percentage already multiplied by 100, with {@code decimals} decimals. */
    static String percentValue(double percent, int decimals) {
        return FrenchNumbers.display(percent, decimals) + NNBSP + "%";
    }

    /** Value as shown on a chart: percentage (share in [0, 1]) or number; "s" when null. */
    static String value(Double value, boolean percent) {
        if (value == null) {
            return SECRET;
        }
        return percent ? percent(value) : number(value, 1);
    }

    /** "janv. 2025". */
    static String month(YearMonth month) {
        return SHORT_MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear();
    }

    static boolean isWhole(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9;
    }

    /** Joins items as "a, b et c". */
    static String enumeration(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }

    /** Ends a sentence with a period unless it already ends with punctuation. */
    static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /**
     * JFreeChart number format writing French numbers (axis ticks, item labels). Percent mode expects
     * percentages already multiplied by 100 on the axis.
     */
    static NumberFormat axisFormat(boolean percent, double hideAbove) {
        return new FrenchNumberFormat(percent, hideAbove);
    }

    @SuppressWarnings("serial")
    private static final class FrenchNumberFormat extends NumberFormat {
        private final boolean percent;
        private final double hideAbove;

        FrenchNumberFormat(boolean percent, double hideAbove) {
            this.percent = percent;
            this.hideAbove = hideAbove;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            if (Double.isNaN(number) || Double.isInfinite(number) || number > hideAbove + 1e-9) {
                return toAppendTo;
            }
            double v = Math.abs(number) < 1e-9 ? 0 : number;
            String text = number(v, decimalsFor(v));
            return toAppendTo.append(percent ? text + NNBSP + "%" : text);
        }

        private static int decimalsFor(double v) {
            if (isWhole(v)) {
                return 0;
            }
            return isWhole(v * 10) ? 1 : 2;
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
