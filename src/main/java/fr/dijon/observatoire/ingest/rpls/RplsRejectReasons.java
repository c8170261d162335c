package fr.dijon.observatoire.ingest.rpls;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The French reasons given for rejected RPLS values. */
final class RplsRejectReasons {

    private static final Pattern FIELD_COUNT = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

    private RplsRejectReasons() {
    }

    static String forValue(String field, String value) {
        boolean empty = value == null || value.isBlank();
        return switch (field) {
            case "DEPCOM" -> empty ? "code commune vide"
                    : "code commune INSEE invalide : 5 caractères attendus (ex. 21231 ou 2A004)";
            case "NBPIECE" -> empty ? "nombre de pièces vide" : "nombre de pièces illisible : un nombre entier est attendu";
            case "SURFHAB" -> empty ? "surface habitable vide"
                    : "surface habitable illisible : un nombre est attendu (ex. 64,5)";
            default -> "valeur invalide";
        };
    }

    static String forCsvError(String errorType, String errorMessage) {
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
        return "ligne CSV illisible (" + (errorType == null ? "erreur inconnue" : errorType.toLowerCase()) + ")";
    }
}
