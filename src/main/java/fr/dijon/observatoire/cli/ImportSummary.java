package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.ImportService;
import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.ingest.FileNames;
import fr.dijon.observatoire.ingest.ImportReport;
import java.io.PrintStream;
import java.nio.file.Path;

/** Prints the French summary of one import and returns its exit code. */
final class ImportSummary {

    private ImportSummary() {
    }

    static int print(Path file, ImportService.Outcome outcome, PrintStream out, PrintStream err) {
        ImportReport r = outcome.report();
        if (outcome.failed() || r == null) {
            return ExitCodes.failed("de l'import de " + FileNames.display(file), outcome.failure(), "Rien n'a été "
                    + "chargé. Corrigez la cause puis relancez la même commande : l'import reprendra proprement.");
        }
        String millesime = r.millesime() == null ? "" : " " + r.millesime();
        switch (r.status()) {
            case DEJA_IMPORTE -> {
                out.println(FileNames.display(file) + " : déjà importé (empreinte " + r.sha256().substring(0, 12)
                        + "…), rien n'a changé.");
                return ExitCodes.OK;
            }
            case REFUSE -> {
                err.println("Fichier refusé : " + FileNames.display(file) + " (" + r.type().code().toUpperCase(java.util.Locale.ROOT)
                        + millesime + ") — " + r.reason());
                if (r.rejectsFile() != null) {
                    err.println("  Lignes rejetées : " + r.rejectsFile());
                }
                return ExitCodes.REFUSED;
            }
            default -> {
                out.println(FileNames.display(file) + " : importé — " + r.type().code().toUpperCase(java.util.Locale.ROOT) + millesime
                        + ", " + r.layout() + ", " + r.encoding() + ".");
                out.println("  " + n(r.rowsRead()) + " lignes lues, " + n(r.rowsLoaded()) + " chargées, "
                        + n(r.rowsRejected()) + " rejetées.");
                if (r.rejectsFile() != null) {
                    out.println("  Lignes rejetées : " + r.rejectsFile());
                }
                for (String note : r.notes()) {
                    out.println("  " + note);
                }
                if (!r.unknownColumns().isEmpty()) {
                    out.println("  Colonnes inconnues, ignorées : " + String.join(", ", r.unknownColumns()));
                }
                return ExitCodes.OK;
            }
        }
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
