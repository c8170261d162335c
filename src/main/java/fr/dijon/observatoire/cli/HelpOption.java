package fr.dijon.observatoire.cli;

import picocli.CommandLine.Option;

/** The French help option, mixed into every command. */
public class HelpOption {

    @Option(names = {"-h", "--aide", "--help"}, usageHelp = true, description = "Affiche cette aide.")
    boolean help;
}
