package fr.dijon.observatoire.run;

import java.io.Serializable;
import java.util.List;

/**
 * What happened to one input file of a monthly run, kept in the job's context for the report.
 *
 * @param type        the type's code (rpls, ops, partenaires), null when unknown
 * @param typeGuessed the type comes from the file's first line or name, the file being unreadable
 */
public record FileOutcome(String file, String type, boolean typeGuessed, String status, String reason, long rowsRead,
                          long rowsLoaded, long rowsRejected, String rejectsFile, List<String> notes)
        implements Serializable {

    /** The type in French, as the report shows it: « OPS », « RPLS », « comptages des partenaires » or « inconnu ». */
    public String typeLabel() {
        String label = type == null ? "inconnu" : switch (type) {
            case "rpls" -> "RPLS";
            case "ops" -> "OPS";
            case "partenaires" -> "comptages des partenaires";
            default -> type;
        };
        return typeGuessed ? label + " (d'après le nom du fichier)" : label;
    }

    /** The file was refused or its import failed. */
    public boolean failed() {
        return "refusé".equals(status) || "échec".equals(status);
    }
}
