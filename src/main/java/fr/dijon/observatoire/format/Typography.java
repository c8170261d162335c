package fr.dijon.observatoire.format;

import java.util.regex.Pattern;

/**
 * The one typographic filter, applied to every text of the atlas (site templates and values), of its
 * graphics and of the PDF: French prose gets a narrow no-break space (U+202F) before « : ; ? ! » and before
 * « % » after a number, no-break spaces inside « », and typographic apostrophes. It never adds a space where
 * there is none, so that times (8:30), URLs (file://) and codes stay as they are, and it is idempotent.
 */
public final class Typography {

    public static final char NARROW_NBSP = '\u202F';
    public static final char NBSP = '\u00A0';

    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("(?<=\\S)[ \\u00A0\\u2009]+(?=[:;?!](?![:/]))");
    private static final Pattern SPACE_BEFORE_PERCENT = Pattern.compile("(?<=\\d)[ \\u00A0]+(?=%)");
    private static final Pattern OPENING_QUOTE = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[ \\u00A0\\u202F]*»");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=[\\p{L}\\d«])");

    private Typography() {
    }

    /** The text with French typography; null stays null. */
    public static String apply(String text) {
        if (text == null || text.isEmpty() || !needsWork(text)) {
            return text;
        }
        String s = SPACE_BEFORE_MARK.matcher(text).replaceAll(String.valueOf(NARROW_NBSP));
        s = SPACE_BEFORE_PERCENT.matcher(s).replaceAll(String.valueOf(NARROW_NBSP));
        s = OPENING_QUOTE.matcher(s).replaceAll("«" + NBSP);
        s = CLOSING_QUOTE.matcher(s).replaceAll(NBSP + "»");
        return APOSTROPHE.matcher(s).replaceAll("’");
    }

    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ':', ';', '?', '!', '%', '«', '»', '\'' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
