package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.PublicationService;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code observatoire atlas --periode AAAA-MM}: the static French site and the PDF of the period. */
@Command(name = "atlas", header = "Produit l'atlas d'une période (site statique et PDF).",
        description = {"Produit l'atlas de la période dans <sortie>/atlas/AAAA-MM/ : site statique en français",
                "(fonctionne hors ligne) et atlas-AAAA-MM.pdf, à partir de la publication des indicateurs de la période,",
                "telle qu'elle a été publiée ; calcule d'abord les indicateurs si la période n'a jamais été publiée."})
public class AtlasCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    PeriodOption period;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() throws Exception {
        YearMonth month = period.month();
        try (AppContext app = AppContext.start(root.options(), Map.of())) {
            return run(app, month);
        }
    }

    static int run(AppContext app, YearMonth month) throws Exception {
        PublicationService.Outcome outcome = app.bean(PublicationService.class).atlas(month);
        if (outcome.failure() != null) {
            System.err.println("Échec de l'atlas de " + month + " : " + outcome.failure());
            System.err.println("  L'atlas précédent est intact. Corrigez la cause puis relancez la même commande.");
            return ExitCodes.FAILURE;
        }
        System.out.println("Atlas de " + month + " : " + outcome.path().toAbsolutePath().normalize());
        System.out.println("  PDF : " + outcome.path().resolveSibling("atlas-" + month + ".pdf").toAbsolutePath().normalize());
        if (outcome.note() != null) {
            System.out.println("  Attention : " + outcome.note());
        }
        return ExitCodes.OK;
    }
}
