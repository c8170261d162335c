package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.ImportService;
import fr.dijon.observatoire.ingest.FileNames;
import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.ImportRequestException;
import fr.dijon.observatoire.ingest.InputRefusedException;
import fr.dijon.observatoire.ingest.RejectThreshold;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code observatoire import <fichier>...}: imports files, each wholly or not at all. */
@Command(name = "import", header = "Importe des fichiers RPLS, OPS ou comptages des partenaires.", sortOptions = false,
        description = "Importe un ou plusieurs fichiers (RPLS, OPS, comptages des partenaires) dans la base. "
        + "Le type est reconnu d'après l'en-tête ; un fichier déjà importé (même empreinte sha256) n'est pas rechargé.")
public class ImportCommand extends ObservatoireCommand {

    @Parameters(paramLabel = "<fichier>", arity = "1..*",
            description = "Fichiers CSV (séparateur ; ou ,) ou archives zip contenant un CSV.")
    List<Path> files;

    @Option(names = "--type", paramLabel = "rpls|ops|partenaires",
            description = "Type des fichiers, s'il ne peut pas être reconnu d'après l'en-tête.")
    String type;

    @Option(names = "--millesime", paramLabel = "AAAA",
            description = "Millésime des fichiers ; sinon tiré du nom du fichier (ex. rpls2024.csv).")
    Integer millesime;

    @Option(names = "--max-rejets", paramLabel = "<pourcentage>", defaultValue = RejectThreshold.DEFAULT_PERCENT,
            description = "Part maximale de lignes rejetées, en %%, au-delà de laquelle le fichier est refusé en entier "
                    + "(défaut : ${DEFAULT-VALUE} %%).")
    double maxRejectPercent;

    @Override
    public Integer call() throws Exception {
        FileType forcedType = type == null ? null : FileType.fromCode(type);
        if (millesime != null && (millesime < 1990 || millesime > 2100)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "millésime invalide : " + millesime + " (attendu : une année, ex. 2024)");
        }
        if (!(maxRejectPercent >= 0 && maxRejectPercent <= 100)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--max-rejets invalide : " + maxRejectPercent + " (attendu : un pourcentage entre 0 et 100, ex. 1)");
        }
        int exit = ExitCodes.OK;
        try (AppContext app = AppContext.start(root.options(), Map.of())) {
            ImportService service = app.bean(ImportService.class);
            for (Path file : files) {
                exit = ExitCodes.worst(exit, importOne(service, file, forcedType));
            }
        }
        return exit;
    }

    private int importOne(ImportService service, Path file, FileType forcedType) throws Exception {
        String name = FileNames.displayPath(file);
        try {
            ImportService.Outcome outcome = service.importFile(file, forcedType, millesime, maxRejectPercent / 100.0);
            return ImportSummary.print(file, outcome, System.out, System.err);
        } catch (InputRefusedException e) {
            System.err.println("Fichier refusé : " + FileNames.display(file) + " — " + e.getMessage());
            return ExitCodes.REFUSED;
        } catch (ImportRequestException e) {
            System.err.println("Erreur d'utilisation : " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (NoSuchFileException e) {
            System.err.println("Fichier introuvable : " + name + ". Vérifiez le chemin.");
            return ExitCodes.USAGE;
        } catch (AccessDeniedException e) {
            System.err.println("Fichier illisible : " + name + " (permission refusée). Vérifiez les droits du fichier "
                    + "(ls -l) ou demandez-en une copie lisible.");
            return ExitCodes.USAGE;
        }
    }
}
