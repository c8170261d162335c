package fr.dijon.observatoire.publication;

import java.time.LocalDateTime;

/**
 * One publication: the indicators of a period as they were computed and published, with everything they rest on
 * (the input files with their sha256, the method version and its full parameters, the reference sources).
 * A deliberate recomputation of the same period is a new version; the earlier one stays in the history,
 * « remplacée ».
 */
public record Publication(String period, int version, String status, String fingerprint, String methodVersion,
                          Integer rplsMillesime, Integer opsYear, String inputsJson, String parametersJson,
                          String sourcesJson, LocalDateTime computedAt, LocalDateTime replacedAt) {

    public static final String PUBLISHED = "publiée";
    public static final String REPLACED = "remplacée";
    public static final String REMOVED = "supprimée";
}
