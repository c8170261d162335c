package fr.dijon.observatoire.ingest;

import java.nio.file.Path;
import java.util.List;

/** What an import did: the file, its status, its counts, the unknown columns and the rejects file. */
public record ImportReport(String fileName, String sha256, FileType type, Integer millesime, String layout,
                           String encoding, ImportStatus status, String reason, long rowsRead, long rowsLoaded,
                           long rowsRejected, List<String> unknownColumns, Path rejectsFile, List<String> notes) {

    public boolean refused() {
        return status == ImportStatus.REFUSE;
    }
}
