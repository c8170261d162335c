package fr.dijon.observatoire.batch;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRegistry;
import fr.dijon.observatoire.ingest.ImportRequestException;
import fr.dijon.observatoire.ingest.MillesimeResolver;
import fr.dijon.observatoire.ingest.PreparedInput;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.run.InboxFile;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What the import job is asked to load: one prepared file, its type (from the header unless forced), its millésime
 * (RPLS: from the option, else from the file name), the attempt after the completed ones, and the refusal threshold.
 * The import command and the monthly run both build it here, so a file is imported under the same rules and
 * recorded the same way whichever way it comes in.
 */
public record ImportRequest(String file, String sha256, FileType type, Integer millesime, long attempt,
                            double maxRejectShare) implements Serializable {

    public static final String SHA256 = "sha256";
    public static final String TYPE = "type";
    public static final String MILLESIME = "millesime";
    public static final String ATTEMPT = "tentative";
    public static final String FILE = "fichier";
    public static final String MAX_REJECTS = "maxRejets";

    /**
     * The request for a prepared file, or empty when this exact file (same sha256) is already loaded.
     *
     * @throws ImportRequestException when the type cannot be recognised or an RPLS has no millésime (French message)
     */
    public static Optional<ImportRequest> of(Connection c, PreparedInput input, FileType forcedType,
                                             Integer millesimeOption, double maxRejectShare) throws SQLException {
        FileType type = forcedType != null ? forcedType : FileType.detect(input.header());
        if (type == null) {
            List<String> columns = input.header().columns();
            throw new ImportRequestException("type de fichier non reconnu pour " + input.fileName() + " d'après son "
                    + "en-tête (" + String.join(";", columns.subList(0, Math.min(6, columns.size())))
                    + "…) : ni RPLS, ni OPS, ni comptages des partenaires. S'il en est un, importez-le avec "
                    + "« import --type rpls » (ou ops, partenaires).");
        }
        Integer millesime = type == FileType.RPLS
                ? Integer.valueOf(MillesimeResolver.resolve(millesimeOption, input.fileName())) : millesimeOption;
        ImportRegistry registry = new ImportRegistry();
        if (registry.alreadyLoaded(c, input.sha256())) {
            return Optional.empty();
        }
        long attempt = registry.find(c, input.sha256()).map(ImportRegistry.Entry::completedAttempts).orElse(0);
        return Optional.of(new ImportRequest(input.source().toAbsolutePath().toString(), input.sha256(), type,
                millesime, attempt, maxRejectShare));
    }

    /** The request the monthly run's input folder planned for one of its files. */
    static ImportRequest of(InboxFile file) {
        return new ImportRequest(file.path(), file.sha256(), FileType.fromCode(file.type()), file.millesime(),
                file.attempt(), RejectThreshold.DEFAULT_SHARE);
    }

    /** The import job's parameters: the file's sha256, type, millésime and attempt identify the job instance. */
    public JobParameters jobParameters() {
        return new JobParametersBuilder()
                .addString(SHA256, sha256)
                .addString(TYPE, type.code())
                .addLong(MILLESIME, millesime == null ? 0L : millesime.longValue())
                .addLong(ATTEMPT, attempt)
                .addString(FILE, file, false)
                .addDouble(MAX_REJECTS, maxRejectShare, false)
                .toJobParameters();
    }
}
