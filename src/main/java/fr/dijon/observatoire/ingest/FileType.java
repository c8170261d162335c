package fr.dijon.observatoire.ingest;

import java.util.Locale;

/** The kinds of input the observatory imports. */
public enum FileType {
    RPLS("rpls", "Répertoire des logements locatifs des bailleurs sociaux (RPLS)"),
    OPS("ops", "Enquête sur l'occupation du parc social (OPS)"),
    PARTENAIRES("partenaires", "Comptages mensuels des partenaires");

    private final String code;
    private final String label;

    FileType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static FileType fromCode(String code) {
        for (FileType t : values()) {
            if (t.code.equals(code.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new ImportRequestException("type de fichier inconnu : « " + code + " » (attendu : rpls, ops ou partenaires)");
    }

    /** Columns only the RPLS has: three of them make a file an RPLS, even one lacking a required column. */
    private static final java.util.List<String> RPLS_ONLY = java.util.List.of("NBPIECE", "SURFHAB", "CONSTRUCT",
            "FINAN", "FINAN_CODE", "TYPECONST", "TYPECONST_CODE", "NOMVOIE", "TYPVOIE", "NUMVOIE", "DPEENERGIE");

    /**
     * Detects the type from the header, or returns null when nothing matches. An RPLS is recognised by its own
     * columns, so that one lacking DEPCOM is refused for that reason (naming it) rather than as an unknown file.
     */
    public static FileType detect(HeaderLine header) {
        if (header.indexOfIgnoreCase("DEPCOM") >= 0 && header.indexOfIgnoreCase("NBPIECE") >= 0
                || RPLS_ONLY.stream().filter(c -> header.indexOfIgnoreCase(c) >= 0).count() >= 3) {
            return RPLS;
        }
        if (header.indexOfIgnoreCase("annee_enquete") >= 0) {
            return OPS;
        }
        if (header.indexOfIgnoreCase("periode") >= 0 && header.indexOfIgnoreCase("indicateur") >= 0) {
            return PARTENAIRES;
        }
        return null;
    }
}
