package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.format.FrenchNumbers;

/** Numbers as the atlas prints them: French grouping and decimal comma, « s » for a masked value. */
final class Formats {

    static final String SECRET = "<abbr class=\"secret\" title=\"secret statistique\">s</abbr>";

    private Formats() {
    }

    static String count(Number value) {
        return value == null ? "–" : FrenchNumbers.display(value.doubleValue(), 0);
    }

    static String percent(Double share) {
        return share == null ? "–" : FrenchNumbers.display(share * 100, 1) + "\u202F%";
    }

    static String decimal(Double value, int decimals) {
        return value == null ? "–" : FrenchNumbers.display(value, decimals);
    }

    /** A value that may be masked: « s » with its explanation when secret, a dash when absent. */
    static String masked(Double value, String secret, boolean percent) {
        if (secret != null) {
            return SECRET;
        }
        return percent ? percent(value) : count(value);
    }
}
