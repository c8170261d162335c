package fr.dijon.observatoire.run;

import java.io.Serializable;

/**
 * One file of the monthly input folder once prepared (unzipped, encoding and header read): what it is and what the
 * run does with it. Kept in the monthly job's context, in import order.
 *
 * @param type        the type's code (rpls, ops, partenaires), from the header; or guessed from the file's first
 *                    line or name when the file could not be read ({@code typeGuessed}); null when unknown
 * @param millesime   the RPLS millésime (from the file name), else null
 * @param attempt     the import attempt after the completed ones (a file refused before is tried again)
 * @param status      {@link #TO_IMPORT}, or the outcome already known: « déjà importé », « refusé »
 * @param reason      why the file is refused or not imported again, in French
 */
public record InboxFile(String name, String path, String sha256, String type, boolean typeGuessed, Integer millesime,
                        long attempt, String status, String reason) implements Serializable {

    /** The file goes through the import job. */
    public static final String TO_IMPORT = "à importer";
    public static final String ALREADY_IMPORTED = "déjà importé";
    public static final String REFUSED = "refusé";

    public boolean toImport() {
        return TO_IMPORT.equals(status);
    }

    /** The report's line for a file that does not go through the import job. */
    public FileOutcome outcome() {
        return new FileOutcome(name, type, typeGuessed, status, reason, 0, 0, 0, null, java.util.List.of());
    }
}
