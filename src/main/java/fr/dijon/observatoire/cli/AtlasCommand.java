package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.PublicationService;
import java.time.YearMonth;
import picocli.CommandLine.Command;

/** {@code observatoire atlas --periode AAAA-MM}: the static French site and the PDF of the period. */
@Command(name = "atlas", header = "Produit l'atlas d'une période (site statique et PDF).",
        description = "Produit l'atlas de la période dans <sortie>/atlas/AAAA-MM/ : site statique en français "
        + "(fonctionne hors ligne) et atlas-AAAA-MM.pdf, à partir de la publication des indicateurs de la période, "
        + "telle qu'elle a été publiée ; calcule d'abord les indicateurs si la période n'a jamais été publiée.")
public class AtlasCommand extends PeriodCommand {

    @Override
    int execute(AppContext app, YearMonth month) throws Exception {
        return run(app, month);
    }

    static int run(AppContext app, YearMonth month) throws Exception {
        PublicationService.Outcome outcome = app.bean(PublicationService.class).atlas(month);
        if (outcome.failure() != null) {
            return ExitCodes.failed("de l'atlas de " + month, outcome.failure(),
                    "L'atlas précédent est intact. Corrigez la cause puis relancez la même commande.");
        }
        System.out.println("Atlas de " + month + " : " + outcome.path().toAbsolutePath().normalize());
        System.out.println("  PDF : " + outcome.path().resolveSibling("atlas-" + month + ".pdf").toAbsolutePath().normalize());
        if (outcome.note() != null) {
            System.out.println("  Attention : " + outcome.note());
        }
        return ExitCodes.OK;
    }
}
