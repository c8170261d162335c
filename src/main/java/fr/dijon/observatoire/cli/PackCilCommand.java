package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.PublicationService;
import java.time.YearMonth;
import picocli.CommandLine.Command;

/** {@code observatoire pack-cil --periode AAAA-MM}: the indicator pack of the CIL. */
@Command(name = "pack-cil", header = "Produit le pack d'indicateurs de la CIL.",
        description = "Produit le pack d'indicateurs de la conférence intercommunale du logement : "
        + "<sortie>/packs/pack-cil-AAAA-MM.zip (tables CSV pour Excel, dictionnaire, métadonnées, synthèse PDF, "
        + "LISEZMOI). Calcule d'abord les indicateurs s'ils ne sont pas à jour.")
public class PackCilCommand extends PeriodCommand {

    @Override
    int execute(AppContext app, YearMonth month) throws Exception {
        return run(app, month);
    }

    static int run(AppContext app, YearMonth month) throws Exception {
        PublicationService.Outcome outcome = app.bean(PublicationService.class).pack(month);
        if (outcome.failure() != null) {
            return ExitCodes.failed("du pack de la CIL de " + month, outcome.failure(),
                    "Le pack précédent est intact. Corrigez la cause puis relancez la même commande.");
        }
        System.out.println("Pack de la CIL de " + month + " : " + outcome.path().toAbsolutePath().normalize());
        if (outcome.note() != null) {
            System.out.println("  Attention : " + outcome.note());
        }
        return ExitCodes.OK;
    }
}
