package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.PreparedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Source files already read once in this process (sha256, encoding, header), so that the import step does not
 * read a large file a second time. A restarted job in a new process simply prepares the file again.
 */
@Component
public class PreparedInputs {

    private final Map<String, PreparedInput> bySha = new ConcurrentHashMap<>();
    private final ObservatoireSettings settings;

    public PreparedInputs(ObservatoireSettings settings) {
        this.settings = settings;
    }

    /**
     * Prepares the file; a file with the same content already prepared in this process is kept (and this copy's
     * temporary files removed), so that two identical files share one preparation.
     */
    public PreparedInput prepare(Path file, LoadProgress progress) throws IOException {
        PreparedInput input = new InputPreparer(settings.workDir(), progress).prepare(file);
        PreparedInput kept = bySha.merge(input.sha256(), input, (old, fresh) -> Files.exists(old.csv()) ? old : fresh);
        if (kept != input) {
            deleteCopy(input);
        }
        return kept;
    }

    public PreparedInput get(String sha256, Path file, LoadProgress progress) throws IOException {
        PreparedInput cached = bySha.get(sha256);
        if (cached != null && Files.exists(cached.csv())) {
            return cached;
        }
        PreparedInput input = prepare(file, progress);
        if (!input.sha256().equals(sha256)) {
            throw new IllegalStateException("le fichier " + file + " a changé depuis le lancement de l'import "
                    + "(empreinte différente) : relancez la commande.");
        }
        return input;
    }

    /** Removes the temporary copies (extracted zip entry, UTF-8 conversion) of a file. */
    public void release(String sha256) throws IOException {
        PreparedInput input = bySha.remove(sha256);
        if (input != null) {
            deleteCopy(input);
        }
    }

    private static void deleteCopy(PreparedInput input) throws IOException {
        if (!input.csv().equals(input.source())) {
            Files.deleteIfExists(input.csv());
        }
    }
}
