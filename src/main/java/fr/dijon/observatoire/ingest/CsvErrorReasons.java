package fr.dijon.observatoire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** French reasons for the records DuckDB's CSV reader could not read. */
final class CsvErrorReasons {

    private static final Pattern FIELD_COUNT = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

    private CsvErrorReasons() {
    }

    static String of(String errorType, String errorMessage) {
        Matcher m = FIELD_COUNT.matcher(errorMessage == null ? "" : errorMessage);
        if (m.find()) {
            return "nombre de champs incorrect : " + m.group(1) + " attendus, " + m.group(2) + " trouvés";
        }
        if (errorType != null && errorType.contains("UNQUOTED")) {
            return "guillemets mal fermés dans la ligne";
        }
        if (errorType != null && errorType.contains("LINE SIZE")) {
            return "ligne trop longue (plus de 1 Mo)";
        }
        if (errorType != null && errorType.contains("UNICODE")) {
            return "caractères illisibles dans la ligne (encodage)";
        }
        return "ligne CSV illisible (" + (errorType == null ? "erreur inconnue" : errorType.toLowerCase()) + ")";
    }
}
