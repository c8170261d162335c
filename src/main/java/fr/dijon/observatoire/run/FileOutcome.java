package fr.dijon.observatoire.run;

import java.io.Serializable;
import java.util.List;

/** What happened to one input file of a monthly run, kept in the job's context for the report. */
public record FileOutcome(String file, String type, String status, String reason, long rowsRead, long rowsLoaded,
                          long rowsRejected, String rejectsFile, List<String> notes) implements Serializable {
}
