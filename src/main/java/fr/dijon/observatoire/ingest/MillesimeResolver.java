package fr.dijon.observatoire.ingest;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The millésime of a file: from the option, else from its name ({@code rpls2024…}, {@code …_2024…}). */
public final class MillesimeResolver {

    private static final Pattern PREFIXED = Pattern.compile("(?i)(?:rpls|ops)[ _-]?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private MillesimeResolver() {
    }

    public static OptionalInt fromFileName(String fileName) {
        Matcher m = PREFIXED.matcher(fileName);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = YEAR.matcher(fileName);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        return OptionalInt.empty();
    }

    public static int resolve(Integer option, String fileName) {
        if (option != null) {
            return option;
        }
        return fromFileName(fileName).orElseThrow(() -> new ImportRequestException(
                "millésime introuvable pour " + fileName + " : précisez-le avec --millesime AAAA "
                        + "(ou nommez le fichier comme rpls2024.csv)."));
    }
}
