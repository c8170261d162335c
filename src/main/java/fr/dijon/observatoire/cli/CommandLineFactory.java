package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.ingest.ImportRequestException;
import fr.dijon.observatoire.ingest.InputRefusedException;
import fr.dijon.observatoire.store.DatabaseBusyException;
import fr.dijon.observatoire.store.DatabaseMissingException;
import fr.dijon.observatoire.store.DatabaseUnusableException;
import fr.dijon.observatoire.store.ErrorText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the picocli command line with French errors and the project's exit codes: 0 success, 2 usage error,
 * 3 input refused, 1 any other failure. Users see no stack trace unless they pass {@code --debug}.
 */
public final class CommandLineFactory {

    private CommandLineFactory() {
    }

    /** Gives the console's messages French typography, as every other text the observatoire writes. */
    public static void typesetConsole() {
        System.setOut(new TypographicPrintStream(new FileOutputStream(FileDescriptor.out)));
        System.setErr(new TypographicPrintStream(new FileOutputStream(FileDescriptor.err)));
        // A line typeset whole waits for its end: what is pending is written when the program ends, even on a signal.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.flush();
            System.err.flush();
        }, "console"));
    }

    public static CommandLine create() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(CommandLineFactory::onParameterError);
        cli.setExecutionExceptionHandler(CommandLineFactory::onExecutionError);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().synopsisHeading("Utilisation : ").descriptionHeading("%n")
                    .parameterListHeading("%nParamètres :%n").optionListHeading("%nOptions :%n");
        }
        return cli;
    }

    private static int onParameterError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("Erreur d'utilisation : " + french(e));
        err.println("Voir « observatoire " + commandPath(cli) + "--aide ».");
        if (Arrays.asList(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        return ExitCodes.USAGE;
    }

    private static String commandPath(CommandLine cli) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = cli; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }

    private static String french(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return "argument ou option inconnu : " + String.join(" ", u.getUnmatched());
        }
        if (e instanceof MissingParameterException m) {
            return "paramètre obligatoire manquant : " + m.getMissing().stream()
                    .map(a -> a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse("?");
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Invalid value for option")) {
            return "valeur invalide pour une option : " + message.substring(message.indexOf(':') + 1).strip();
        }
        if (message.startsWith("Missing required parameter")) {
            return "paramètre obligatoire manquant : " + message.substring(message.indexOf(':') + 1).strip();
        }
        return message;
    }

    private static int onExecutionError(Exception e, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        boolean debug = parseResult.expandedArgs().contains("--debug");
        Throwable cause = rootOf(e);
        int code;
        if (cause instanceof DatabaseBusyException || cause instanceof DatabaseMissingException) {
            err.println("Erreur : " + cause.getMessage());
            code = ExitCodes.FAILURE;
        } else if (cause instanceof ImportRequestException || cause instanceof DatabaseUnusableException) {
            err.println("Erreur d'utilisation : " + cause.getMessage());
            code = ExitCodes.USAGE;
        } else if (cause instanceof InputRefusedException) {
            err.println("Fichier refusé : " + cause.getMessage());
            code = ExitCodes.REFUSED;
        } else {
            err.println("Erreur : " + ErrorText.french(e));
            if (!debug) {
                err.println("Relancez avec --debug pour le détail technique.");
            }
            code = ExitCodes.FAILURE;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The most specific exception: our own French ones win over the wrappers around them. */
    private static Throwable rootOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseBusyException || t instanceof DatabaseMissingException
                    || t instanceof DatabaseUnusableException || t instanceof ImportRequestException
                    || t instanceof InputRefusedException) {
                return t;
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t;
            }
        }
        return e;
    }
}
