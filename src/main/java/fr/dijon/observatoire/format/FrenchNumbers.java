package fr.dijon.observatoire.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written the French way: decimal comma; for display, a narrow no-break space between thousands. */
public final class FrenchNumbers {

    /** U+202F, the narrow no-break space French typography puts between groups of thousands. */
    public static final char THIN_SPACE = '\u202F';

    private FrenchNumbers() {
    }

    /** Machine-readable French decimal for CSV: no grouping, comma, trailing zeros stripped. */
    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.toPlainString().replace('.', ',');
    }

    /** A share in [0, 1] displayed as a percentage, e.g. 0.275 with one decimal → « 27,5 % » (U+202F before %). */
    public static String percent(double share, int decimals) {
        return display(100 * share, decimals) + THIN_SPACE + "%";
    }

    /** Display form with grouping, e.g. {@code 25 259} or {@code 27,5}. */
    public static String display(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(THIN_SPACE);
            }
            grouped.append(integer.charAt(i));
        }
        return (d.signum() < 0 ? "\u2212" : "") + grouped + fraction;
    }
}
