package fr.dijon.observatoire.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** French reasons for the records DuckDB's CSV reader could not read. */
final class CsvErrorReasons {

    private static final Pattern FIELD_COUNT = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

    private static final Pattern ACTUAL_SIZE = Pattern.compile("Actual Size:\\s*(\\d+)");

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
            Matcher size = ACTUAL_SIZE.matcher(errorMessage == null ? "" : errorMessage);
            return "ligne trop longue : " + (size.find() ? fr.dijon.observatoire.format.FrenchNumbers.display(
                    Long.parseLong(size.group(1)), 0) + " octets, " : "") + "au-delà de la limite de 1 Mo par ligne";
        }
        if (errorType != null && errorType.contains("UNICODE")) {
            return "caractères illisibles dans la ligne (encodage)";
        }
        return "ligne CSV illisible (" + (errorType == null ? "erreur inconnue" : errorType.toLowerCase(java.util.Locale.ROOT)) + ")";
    }
}
