package fr.dijon.observatoire.atlas;

import java.time.YearMonth;

/** French month labels: « octobre 2026 », « oct. 2026 ». */
final class Months {

    private static final String[] NAMES = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private Months() {
    }

    static String label(String period) {
        YearMonth m = YearMonth.parse(period);
        return NAMES[m.getMonthValue() - 1] + " " + m.getYear();
    }
}
