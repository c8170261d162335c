package fr.dijon.observatoire.store;

import java.util.regex.Pattern;

/**
 * Turns the technical errors a user may meet (DuckDB's English messages, a full disk) into French sentences that
 * say what to do. The technical text itself is only for {@code --debug}.
 */
public final class ErrorText {

    /** DuckDB's error classes: "IO Error: …", "TransactionContext Error: …", "Invalid Input Error: …". */
    private static final Pattern TECHNICAL = Pattern.compile(
            "(?s).*(\\b[A-Z][A-Za-z]* Error:|Exception|\\bjava\\.[a-z]+\\.|\\bat [a-z]+\\.).*");

    private ErrorText() {
    }

    /**
     * The French sentence for a failure: a known technical cause translated, else the first of our own (French)
     * messages along the causes, else a generic sentence pointing to --debug.
     */
    public static String french(Throwable failure) {
        String ours = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String known = known(t.getMessage());
            if (known != null) {
                return known;
            }
            if (ours == null && t.getMessage() != null && !t.getMessage().isBlank() && !isTechnical(t.getMessage())) {
                ours = t.getMessage();
            }
        }
        return french(ours);
    }

    public static String french(String message) {
        String known = known(message);
        if (known != null) {
            return known;
        }
        if (message == null || message.isBlank() || isTechnical(message)) {
            return "erreur technique inattendue. Relancez la même commande avec --debug pour le détail, et "
                    + "transmettez-le à l'équipe si l'erreur persiste.";
        }
        return message;
    }

    private static String known(String message) {
        if (message == null) {
            return null;
        }
        if (message.contains("No space left on device") || message.contains("cannot commit")
                || message.contains("Could not write") || message.contains("disk is full")
                || message.contains("Disk full")) {
            return "le disque est plein (ou l'écriture a échoué) : rien n'a été enregistré. Libérez de la place "
                    + "dans le dossier de la base et des sorties, puis relancez la même commande.";
        }
        if (message.contains("Permission denied")) {
            return "permission refusée en écriture ou en lecture : vérifiez les droits sur la base et le dossier "
                    + "des sorties, puis relancez.";
        }
        if (message.contains("Out of Memory") || message.contains("OutOfMemoryError")) {
            return "mémoire insuffisante : fermez d'autres programmes ou relancez avec plus de mémoire "
                    + "(OBSERVATOIRE_JAVA_OPTS=-Xmx4g).";
        }
        return null;
    }

    /** True for an English technical message rather than one of our French sentences. */
    public static boolean isTechnical(String message) {
        return TECHNICAL.matcher(message).matches();
    }

}
