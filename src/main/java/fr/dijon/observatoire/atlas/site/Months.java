package fr.dijon.observatoire.atlas.site;

import java.time.YearMonth;

/** French month labels: « octobre 2026 », « janvier à novembre 2026 ». */
public final class Months {

    private static final String[] NAMES = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private Months() {
    }

    public static String label(String period) {
        YearMonth m = YearMonth.parse(period);
        return NAMES[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** « 1ᵉʳ octobre 2023 » for 2023-10-01. */
    public static String date(String iso) {
        java.time.LocalDate d = java.time.LocalDate.parse(iso);
        return (d.getDayOfMonth() == 1 ? "1ᵉʳ" : String.valueOf(d.getDayOfMonth())) + " " + NAMES[d.getMonthValue() - 1]
                + " " + d.getYear();
    }

    public static String name(int month) {
        return NAMES[month - 1];
    }

    /** The months a year-to-date figure covers: « janvier à novembre 2026 », « janvier 2026 », « année 2025 ». */
    public static String span(int year, int months) {
        if (months >= 12) {
            return "année " + year;
        }
        return months == 1 ? "janvier " + year : "janvier à " + NAMES[months - 1] + " " + year;
    }
}
