package fr.dijon.observatoire.format;

/**
 * Neutralises spreadsheet formula injection: a text cell starting with {@code = + - @}, a tab or a carriage
 * return is prefixed with an apostrophe so that Excel and LibreOffice show it as text. Numbers are not text
 * cells and never pass here.
 */
public final class SpreadsheetSafe {

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
