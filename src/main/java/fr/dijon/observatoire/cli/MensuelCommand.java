package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.MonthlyService;
import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.publication.PublishedOutputs;
import fr.dijon.observatoire.run.FileOutcome;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatoire mensuel --periode AAAA-MM [--entree entree/]}: the whole monthly run. */
@Command(name = "mensuel", header = "Traitement mensuel complet : imports, indicateurs, atlas, pack, rapport.",
        description = "Traitement mensuel complet : reconnaît et importe les nouveaux fichiers du dossier d'entrée, "
        + "calcule les indicateurs, produit l'atlas et le pack de la CIL, écrit le rapport "
        + "<sortie>/rapports/AAAA-MM.html et .json. Relancer la même commande reprend à l'étape en échec.")
public class MensuelCommand extends PeriodCommand {

    @Option(names = "--entree", paramLabel = "<dossier>", defaultValue = "entree",
            description = "Dossier des fichiers du mois (défaut : ${DEFAULT-VALUE}/).")
    Path input;

    @Override
    int execute(AppContext app, YearMonth month) throws Exception {
        return run(app, month, input, options().outputDir());
    }

    static int run(AppContext app, YearMonth month, Path input, Path output) throws Exception {
        MonthlyService.Outcome outcome = app.bean(MonthlyService.class).run(month, input);
        if (outcome.alreadyDone()) {
            System.out.println("Traitement mensuel de " + month + " déjà terminé pour ces fichiers : rien à refaire.");
            return ExitCodes.OK;
        }
        int exit = ExitCodes.OK;
        for (FileOutcome f : outcome.files()) {
            String line = "  " + f.file() + " (" + f.typeLabel() + ") : " + f.status() + (f.rowsRead() > 0 ? " (" + FrenchNumbers.display(f.rowsLoaded(), 0)
                    + " lignes chargées, " + FrenchNumbers.display(f.rowsRejected(), 0) + " rejetées)" : "")
                    + (f.reason() == null ? "" : " — " + f.reason());
            if (f.failed()) {
                System.err.println(line);
                exit = ExitCodes.REFUSED;
            } else {
                System.out.println(line);
            }
        }
        if (outcome.status() != BatchStatus.COMPLETED) {
            return ExitCodes.failed("du traitement mensuel de " + month, outcome.failure(),
                    "Corrigez la cause puis relancez la même commande : le traitement reprendra à l'étape en échec, "
                            + "sans refaire les précédentes.");
        }
        System.out.println("Traitement mensuel de " + month + " terminé.");
        PublishedOutputs published = new PublishedOutputs(output);
        System.out.println("  Atlas : " + published.atlasIndex(month.toString()));
        System.out.println("  Pack de la CIL : " + published.pack(month.toString()));
        System.out.println("  Rapport : " + output.resolve("rapports").resolve(month + ".html"));
        return exit;
    }
}
