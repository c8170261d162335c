package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.PublicationService;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code observatoire pack-cil --periode AAAA-MM}: the indicator pack of the CIL. */
@Command(name = "pack-cil", header = "Produit le pack d'indicateurs de la CIL.",
        description = {"Produit le pack d'indicateurs de la conférence intercommunale du logement :",
                "<sortie>/packs/pack-cil-AAAA-MM.zip (tables CSV pour Excel, dictionnaire, métadonnées, synthèse PDF,",
                "LISEZMOI). Calcule d'abord les indicateurs s'ils ne sont pas à jour."})
public class PackCilCommand implements Callable<Integer> {

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
            PublicationService.Outcome outcome = app.bean(PublicationService.class).pack(month);
            if (outcome.failure() != null) {
                System.err.println("Échec du pack de la CIL de " + month + " : " + outcome.failure());
                System.err.println("  Le pack précédent est intact. Corrigez la cause puis relancez la même commande.");
                return ExitCodes.FAILURE;
            }
            System.out.println("Pack de la CIL de " + month + " : " + outcome.path().toAbsolutePath().normalize());
            if (outcome.note() != null) {
                System.out.println("  Attention : " + outcome.note());
            }
            return ExitCodes.OK;
        }
    }
}
