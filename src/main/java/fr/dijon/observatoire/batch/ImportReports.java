package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.ImportReport;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The detailed reports of the imports run in this process, for the command that launched them. */
@Component
public class ImportReports {

    private final Map<String, ImportReport> bySha = new ConcurrentHashMap<>();

    void put(String sha256, ImportReport report) {
        bySha.put(sha256, report);
    }

    public Optional<ImportReport> take(String sha256) {
        return Optional.ofNullable(bySha.remove(sha256));
    }
}
