package fr.dijon.observatoire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** What every subcommand shares: the French help option and the global options of the root command. */
abstract class ObservatoireCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    RootCommand root;

    GlobalOptions options() {
        return root.options();
    }
}
