package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.MonthlyService;
import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.publication.PublishedOutputs;
import fr.dijon.observatoire.run.FileOutcome;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code observatoire mensuel --periode AAAA-MM [--entree entree/]}: the whole monthly run. */
@Command(name = "mensuel", header = "Traitement mensuel complet : imports, indicateurs, atlas, pack, rapport.",
        description = {"Traitement mensuel complet : reconnaît et importe les nouveaux fichiers du dossier d'entrée,",
                "calcule les indicateurs, produit l'atlas et le pack de la CIL, écrit le rapport",
                "<sortie>/rapports/AAAA-MM.html et .json. Relancer la même commande reprend à l'étape en échec."})
public class MensuelCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    PeriodOption period;

    @Option(names = "--entree", paramLabel = "<dossier>", defaultValue = "entree",
            description = "Dossier des fichiers du mois (défaut : ${DEFAULT-VALUE}/).")
    Path input;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() throws Exception {
        YearMonth month = period.month();
        try (AppContext app = AppContext.start(root.options(), Map.of())) {
            return run(app, month, input, root.options().outputDir());
        }
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
            System.err.println("Échec du traitement mensuel de " + month + " : " + outcome.failure());
            System.err.println("  Corrigez la cause puis relancez la même commande : le traitement reprendra à l'étape "
                    + "en échec, sans refaire les précédentes.");
            return ExitCodes.FAILURE;
        }
        System.out.println("Traitement mensuel de " + month + " terminé.");
        PublishedOutputs published = new PublishedOutputs(output);
        System.out.println("  Atlas : " + published.atlasIndex(month.toString()));
        System.out.println("  Pack de la CIL : " + published.pack(month.toString()));
        System.out.println("  Rapport : " + output.resolve("rapports").resolve(month + ".html"));
        return exit;
    }
}
