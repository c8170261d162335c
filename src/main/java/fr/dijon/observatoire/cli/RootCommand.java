package fr.dijon.observatoire.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observatoire}: the root command; without a subcommand it prints the help. */
@Command(name = "observatoire",
        synopsisHeading = "Utilisation : ",
        synopsisSubcommandLabel = "COMMANDE",
        descriptionHeading = "%n",
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        commandListHeading = "%nCommandes :%n",
        description = {"Observatoire du sans-abrisme et de l'occupation du parc social de Dijon Métropole : importe le "
                + "RPLS, l'OPS et les comptages des partenaires, calcule les indicateurs sous secret statistique, produit "
                + "l'atlas et le pack de la CIL. « observatoire <commande> --aide » détaille chaque commande."},
        subcommands = {ImportCommand.class, IndicateursCommand.class, VerifierSecretCommand.class, SqlCommand.class,
                AtlasCommand.class, PackCilCommand.class, MensuelCommand.class, PlanifierCommand.class, ModelesCommand.class,
                StatutCommand.class, PublicationsCommand.class, DemoCommand.class, BenchmarkCommand.class})
public class RootCommand implements Runnable {

    @Mixin
    GlobalOptions options;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    GlobalOptions options() {
        return options;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
